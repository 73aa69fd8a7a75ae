import { DataList, DataListItem, DataListKey, DataListValue, Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Friction } from './taskDetails';

const knownOrigins = ['national', 'local', 'contract', 'internal'];

/** The rule behind the step in plain words: where it comes from, on what basis, and why it is there. */
export function RuleOrigin({ friction }: { friction: Friction | null }) {
  const { t } = useTranslation('tasks');
  if (!friction) return null;
  const origin = friction.origin && knownOrigins.includes(friction.origin) ? friction.origin : 'unknown';
  return (
    <section className="rw-panel" aria-labelledby="rule-heading">
      <Heading2 id="rule-heading">{t('rule.heading')}</Heading2>
      <DataList>
        <DataListItem>
          <DataListKey>{t('rule.origin')}</DataListKey>
          <DataListValue>
            <span className={`rw-origin rw-origin--${origin}`}>{t(`rule.origins.${origin}`)}</span>
          </DataListValue>
        </DataListItem>
        {friction.basis ? (
          <DataListItem>
            <DataListKey>{t('rule.basis')}</DataListKey>
            <DataListValue>{friction.basis}</DataListValue>
          </DataListItem>
        ) : null}
        {friction.purpose ? (
          <DataListItem>
            <DataListKey>{t('rule.purpose')}</DataListKey>
            <DataListValue>{friction.purpose}</DataListValue>
          </DataListItem>
        ) : null}
        {friction.minutes ? (
          <DataListItem>
            <DataListKey>{t('rule.effort')}</DataListKey>
            <DataListValue>
              {t('rule.minutes', { count: friction.minutes })}
              {friction.citizenMinutes ? `; ${t('rule.citizenMinutes', { count: friction.citizenMinutes })}` : ''}
            </DataListValue>
          </DataListItem>
        ) : null}
      </DataList>
    </section>
  );
}
