import { useTranslation } from 'react-i18next';
import type { ElsaActivity } from '../model/elsa';
import { isObject } from '../model/json';
import { Origins, readFriction, withFrictionField, type Friction } from '../model/friction';
import { AmountInput } from './AmountInput';
import { CommitInput, CommitTextarea } from './CommitInput';
import { PropertyField } from './PropertyField';

const base = 'customProperties.friction';

/** The friction annotation every activity carries: origin, basis, actor, minutes, costs of citizen and business, purpose. */
export function FrictionEditor({ activity, onChange }: { activity: ElsaActivity; onChange: (a: ElsaActivity) => void }) {
  const { t } = useTranslation('designer');
  const friction = readFriction(activity) ?? {};
  // An amount written elsewhere as text ("tien") is shown as it stands, beside the server's problem, to be corrected.
  const raw = isObject(activity.customProperties) && isObject(activity.customProperties.friction) ? activity.customProperties.friction : {};
  const shownAmount = (field: string) => (typeof raw[field] === 'string' ? (raw[field] as string) : friction[field as keyof Friction] as number | undefined);
  const set = (field: keyof Friction, value: string | number | undefined) => onChange(withFrictionField(activity, field, value));
  const amount = (field: 'minutes' | 'citizenMinutes' | 'outOfPocket' | 'businessOutOfPocket', description?: string) => (
    <PropertyField activityId={activity.id} path={`${base}.${field}`} label={t(`friction.${field}`)} description={description}>
      {(props) => (
        <AmountInput
          control={props}
          kind={field === 'minutes' || field === 'citizenMinutes' ? 'minutes' : 'euros'}
          value={shownAmount(field)}
          onCommit={(v) => set(field, v)}
        />
      )}
    </PropertyField>
  );
  return (
    <fieldset className="rw-fieldset">
      <legend>{t('friction.title')}</legend>
      <PropertyField activityId={activity.id} path={`${base}.origin`} label={t('friction.origin')} required>
        {(props) => (
          <select {...props} className="utrecht-select" value={friction.origin ?? ''} onChange={(e) => set('origin', e.target.value || undefined)}>
            <option value="">{t('panel.choose')}</option>
            {Origins.map((o) => (
              <option key={o} value={o}>
                {t(`origin.${o}`)} ({t(`originHelp.${o}`)})
              </option>
            ))}
          </select>
        )}
      </PropertyField>
      <PropertyField activityId={activity.id} path={`${base}.basis`} label={t('friction.basis')} description={t('friction.basisHelp')}>
        {(props) => <CommitInput {...props} value={friction.basis ?? ''} onCommit={(v) => set('basis', v)} />}
      </PropertyField>
      <PropertyField activityId={activity.id} path={`${base}.actor`} label={t('friction.actor')}>
        {(props) => <CommitInput {...props} value={friction.actor ?? ''} onCommit={(v) => set('actor', v)} />}
      </PropertyField>
      {amount('minutes')}
      {amount('citizenMinutes')}
      {amount('outOfPocket')}
      {amount('businessOutOfPocket', t('friction.businessOutOfPocketHelp'))}
      <PropertyField activityId={activity.id} path={`${base}.purpose`} label={t('friction.purpose')}>
        {(props) => <CommitTextarea {...props} value={friction.purpose ?? ''} onCommit={(v) => set('purpose', v)} />}
      </PropertyField>
    </fieldset>
  );
}
