import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/AppLink';
import { PageTitle } from '../components/PageTitle';

export function NotFoundPage({ what }: { what?: string }) {
  const { t } = useTranslation();
  return (
    <section data-testid="not-found">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Paragraph>{what ?? t('notFound.explanation')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('notFound.backHome')}</AppLink>
      </Paragraph>
    </section>
  );
}
