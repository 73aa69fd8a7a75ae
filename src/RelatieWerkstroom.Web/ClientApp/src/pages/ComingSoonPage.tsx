import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';

/** Placeholder for a screen that is routed and in the navigation but not built yet. */
export function ComingSoonPage({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <section>
      <PageTitle>{t(titleKey)}</PageTitle>
      <Paragraph>{t('comingSoon.explanation')}</Paragraph>
    </section>
  );
}
