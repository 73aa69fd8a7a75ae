import { useTranslation } from 'react-i18next';
import type { ElsaActivity } from '../model/elsa';
import { inputJson, withInput, withJson } from '../model/inputs';
import { isObject, type JsonObject } from '../model/json';
import { CommitInput } from './CommitInput';
import { PropertyField } from './PropertyField';

const fieldTypes = ['text', 'textarea', 'number', 'date', 'boolean', 'choice'] as const;

/** A human task's form: one row per field (name, label, type, required, choices). */
export function FormFieldsEditor({ activity, onChange }: { activity: ElsaActivity; onChange: (a: ElsaActivity) => void }) {
  const { t } = useTranslation('designer');
  const raw = inputJson(activity, 'formFields');
  const fields: JsonObject[] = Array.isArray(raw) ? raw.filter(isObject) : [];
  const write = (next: JsonObject[]) => onChange(next.length ? withJson(activity, 'formFields', next) : withInput(activity, 'formFields', undefined));
  const update = (i: number, patch: JsonObject) => write(fields.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <PropertyField activityId={activity.id} path="formFields" label={t('task.formFields')}>
      {(props) => (
        <div id={props.id} tabIndex={-1} className="rw-options">
          {fields.map((field, i) => (
            <fieldset key={i} className="rw-option">
              <legend>{t('task.field', { n: i + 1 })}</legend>
              <label>
                {t('task.fieldName')}
                <CommitInput value={String(field.name ?? '')} onCommit={(v) => update(i, { name: v.trim() })} />
              </label>
              <label>
                {t('task.fieldLabel')}
                <CommitInput value={String(field.label ?? '')} onCommit={(v) => update(i, { label: v })} />
              </label>
              <label>
                {t('task.fieldType')}
                <select className="utrecht-select" value={String(field.type ?? 'text')} onChange={(e) => update(i, { type: e.target.value })}>
                  {fieldTypes.map((type) => (
                    <option key={type} value={type}>
                      {t(`task.fieldTypes.${type}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="rw-inline">
                <input type="checkbox" className="utrecht-checkbox" checked={field.required === true} onChange={(e) => update(i, { required: e.target.checked })} />
                {t('task.fieldRequired')}
              </label>
              {field.type === 'choice' ? (
                <label>
                  {t('task.fieldOptions')}
                  <CommitInput
                    value={Array.isArray(field.options) ? field.options.join(', ') : ''}
                    onCommit={(v) => update(i, { options: v.split(',').map((s) => s.trim()).filter(Boolean) })}
                  />
                </label>
              ) : null}
              <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => write(fields.filter((_, j) => j !== i))}>
                {t('task.removeField', { n: i + 1 })}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => write([...fields, { name: `veld${fields.length + 1}`, label: t('task.newField'), type: 'text', required: false }])}
          >
            {t('task.addField')}
          </button>
        </div>
      )}
    </PropertyField>
  );
}
