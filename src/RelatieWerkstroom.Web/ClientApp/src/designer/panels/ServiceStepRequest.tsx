import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { designerApi } from '../api/designerApi';
import type { ElsaActivity } from '../model/elsa';
import { inputText, withText } from '../model/inputs';
import { PropertyField } from './PropertyField';

/** A service step's request, picked from the step catalogue the host knows. */
export function ServiceStepRequest({ activity, onChange }: { activity: ElsaActivity; onChange: (a: ElsaActivity) => void }) {
  const { t } = useTranslation('designer');
  const catalogue = useQuery({ queryKey: ['step-catalogue'], queryFn: designerApi.stepCatalogue, staleTime: Infinity });
  const current = inputText(activity, 'request') ?? '';
  const names = catalogue.data?.map((s) => s.name) ?? [];
  return (
    <PropertyField activityId={activity.id} path="request" label={t('step.request')} description={t('step.requestHelp')} required>
      {(props) => (
        <select {...props} className="utrecht-select" value={current} onChange={(e) => onChange(withText(activity, 'request', e.target.value))}>
          <option value="">{t('panel.choose')}</option>
          {current && !names.includes(current) ? <option value={current}>{current}</option> : null}
          {(catalogue.data ?? []).map((step) => (
            <option key={step.name} value={step.name}>
              {step.name}
            </option>
          ))}
        </select>
      )}
    </PropertyField>
  );
}
