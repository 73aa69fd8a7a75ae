import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';

/** An instance on its definition's canvas (executed path, waiting step, journal) — needs the instances API. */
export function InstancePage() {
  const { t } = useTranslation('designer');
  const { instanceId = '' } = useParams();
  return (
    <section>
      <PageTitle>{t('instance.title', { id: instanceId })}</PageTitle>
      <p>{t('instance.unavailable')}</p>
    </section>
  );
}
