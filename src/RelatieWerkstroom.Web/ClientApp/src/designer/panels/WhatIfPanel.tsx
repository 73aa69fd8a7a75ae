import { useTranslation } from 'react-i18next';

/** What-if before publishing: placeholder until the simulation API is on the host. */
export function WhatIfPanel({ definitionId }: { definitionId: string }) {
  const { t } = useTranslation('designer');
  return (
    <section className="rw-panel" aria-labelledby="rw-whatif-title" data-definition={definitionId}>
      <h2 id="rw-whatif-title" className="rw-panel__title">{t('whatIf.title')}</h2>
      <p>{t('whatIf.unavailable')}</p>
    </section>
  );
}
