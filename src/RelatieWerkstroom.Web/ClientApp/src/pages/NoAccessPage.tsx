import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { AppLink } from '../components/AppLink';
import { PageTitle } from '../components/PageTitle';
import { homeFor } from '../layout/navigation';

/** Shown when the signed-in person may not see what they asked for (role, or another team's case). */
export function NoAccessPage({ reason }: { reason?: string }) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <section data-testid="no-access">
      <PageTitle>{t('noAccess.title')}</PageTitle>
      <Paragraph>{reason ?? t('noAccess.explanation')}</Paragraph>
      <Paragraph>{t('noAccess.whatToDo')}</Paragraph>
      {me.data ? (
        <Paragraph>
          <AppLink to={homeFor(me.data.roles)}>{t('noAccess.backHome')}</AppLink>
        </Paragraph>
      ) : null}
    </section>
  );
}
