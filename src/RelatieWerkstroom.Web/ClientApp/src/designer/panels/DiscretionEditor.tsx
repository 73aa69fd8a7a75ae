import { useTranslation } from 'react-i18next';
import type { ElsaActivity } from '../model/elsa';
import { inputJson, inputNames, inputText, withInput, withJson, withText } from '../model/inputs';
import { isObject } from '../model/json';
import { CommitInput, CommitTextarea } from './CommitInput';
import { PropertyField, type ControlProps } from './PropertyField';

interface Option {
  id: string;
  label: string;
  explanation: string;
}

function readOptions(activity: ElsaActivity): Option[] {
  const raw = inputJson(activity, 'options');
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObject).map((o) => ({
    id: typeof o.id === 'string' ? o.id : '',
    label: typeof o.label === 'string' ? o.label : '',
    explanation: typeof o.explanation === 'string' ? o.explanation : '',
  }));
}

const kinds = ['discretion', 'rule'] as const;
const defaultBases = ['werkwijze', 'beleidsregel'] as const;

/**
 * A choice between known values that keeps a value it does not know (an imported file) visible, so the server's
 * problem under the field points at something the designer can see and change. Absent means the first value.
 */
function ChoiceSelect({ control, values, value, label, onChange }: {
  control: ControlProps;
  values: readonly string[];
  value: string;
  label: (v: string) => string;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation('designer');
  const known = values.includes(value.trim().toLowerCase());
  return (
    <select {...control} className="utrecht-select" value={known ? value.trim().toLowerCase() : value} onChange={(e) => onChange(e.target.value)}>
      {!known ? <option value={value}>{t('discretion.unknownValue', { value })}</option> : null}
      {values.map((v) => (
        <option key={v} value={v}>
          {label(v)}
        </option>
      ))}
    </select>
  );
}

/** A discretion point: question, kind, options (each an outcome port), default and what it rests on, legal basis, who may decide. */
export function DiscretionEditor({ activity, onChange }: { activity: ElsaActivity; onChange: (a: ElsaActivity) => void }) {
  const { t } = useTranslation('designer');
  const options = readOptions(activity);
  const writeOptions = (next: Option[]) => onChange(withJson(activity, 'options', next.map((o) => ({ ...o }))));
  const text = (name: string) => inputText(activity, name) ?? '';
  const setText = (name: string, value: string) => onChange(value ? withText(activity, name, value) : withInput(activity, name, undefined));
  const kind = inputText(activity, 'kind') ?? 'discretion';
  const defaultBasis = inputText(activity, 'defaultBasis') ?? 'werkwijze';
  const isRule = kind.trim().toLowerCase() === 'rule';
  return (
    <fieldset className="rw-fieldset">
      <legend>{t('discretion.title')}</legend>
      <PropertyField activityId={activity.id} path="discretionId" label={t('discretion.discretionId')} description={t('discretion.discretionIdHelp')}>
        {(props) => <CommitInput {...props} value={text('discretionId')} onCommit={(v) => setText('discretionId', v)} />}
      </PropertyField>
      <PropertyField activityId={activity.id} path="question" label={t('discretion.question')} required>
        {(props) => <CommitInput {...props} value={text('question')} onCommit={(v) => setText('question', v)} />}
      </PropertyField>
      <PropertyField activityId={activity.id} path="kind" label={t('discretion.kind')} description={t('discretion.kindHelp')}>
        {(props) => (
          <ChoiceSelect control={props} values={kinds} value={kind} label={(v) => t(`discretion.kinds.${v}`)} onChange={(v) => setText('kind', v)} />
        )}
      </PropertyField>
      <PropertyField activityId={activity.id} path="options" label={t('discretion.options')} description={t('discretion.optionsHelp')} required>
        {(props) => (
          <div id={props.id} tabIndex={-1} aria-describedby={props['aria-describedby']} className="rw-options">
            {options.map((option, i) => (
              <fieldset key={i} className="rw-option">
                <legend>{t('discretion.option', { n: i + 1 })}</legend>
                <label>
                  {t('discretion.optionId')}
                  <CommitInput value={option.id} onCommit={(v) => writeOptions(options.map((o, j) => (j === i ? { ...o, id: v.trim() } : o)))} />
                </label>
                <label>
                  {t('discretion.optionLabel')}
                  <CommitInput value={option.label} onCommit={(v) => writeOptions(options.map((o, j) => (j === i ? { ...o, label: v } : o)))} />
                </label>
                <label>
                  {t('discretion.optionExplanation')}
                  <CommitTextarea rows={2} value={option.explanation} onCommit={(v) => writeOptions(options.map((o, j) => (j === i ? { ...o, explanation: v } : o)))} />
                </label>
                <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => writeOptions(options.filter((_, j) => j !== i))}>
                  {t('discretion.removeOption', { n: i + 1 })}
                </button>
              </fieldset>
            ))}
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => writeOptions([...options, { id: `optie${options.length + 1}`, label: t('discretion.newOption', { n: options.length + 1 }), explanation: '' }])}
            >
              {t('discretion.addOption')}
            </button>
          </div>
        )}
      </PropertyField>
      <PropertyField activityId={activity.id} path="defaultBasis" label={t('discretion.defaultBasis')} description={t('discretion.defaultBasisHelp')}>
        {(props) => (
          <ChoiceSelect control={props} values={defaultBases} value={defaultBasis} label={(v) => t(`discretion.defaultBases.${v}`)}
            onChange={(v) => setText('defaultBasis', v)} />
        )}
      </PropertyField>
      <PropertyField activityId={activity.id} path="defaultOption" label={t('discretion.defaultOption')}
        description={t(defaultBasis.trim().toLowerCase() === 'beleidsregel' ? 'discretion.defaultHelpBeleidsregel' : 'discretion.defaultHelp')} required>
        {(props) => (
          <select {...props} className="utrecht-select" value={text('defaultOption')} onChange={(e) => setText('defaultOption', e.target.value)}>
            <option value="">{t('panel.choose')}</option>
            {options.filter((o) => o.id).map((o) => (
              <option key={o.id} value={o.id}>
                {o.label || o.id}
              </option>
            ))}
          </select>
        )}
      </PropertyField>
      <PropertyField activityId={activity.id} path="legalBasis" label={t(isRule ? 'discretion.legalBasisRule' : 'discretion.legalBasis')}
        description={t(isRule ? 'discretion.legalBasisRuleHelp' : 'discretion.legalBasisHelp')} required>
        {(props) => <CommitInput {...props} value={text('legalBasis')} onCommit={(v) => setText('legalBasis', v)} />}
      </PropertyField>
      <PropertyField activityId={activity.id} path="roles" label={t('discretion.roles')} description={t('panel.listHelp')}>
        {(props) => (
          <CommitInput
            {...props}
            value={(inputNames(activity, 'roles') ?? []).join(', ')}
            onCommit={(v) => {
              const roles = v.split(',').map((s) => s.trim()).filter(Boolean);
              onChange(roles.length ? withJson(activity, 'roles', roles, 'String[]') : withInput(activity, 'roles', undefined));
            }}
          />
        )}
      </PropertyField>
      <PropertyField activityId={activity.id} path="reasonRequired" label={t('discretion.reasonRequired')} description={t('discretion.reasonRequiredHelp')}>
        {(props) => (
          <input
            {...props}
            type="checkbox"
            className="utrecht-checkbox"
            checked={text('reasonRequired') === 'true'}
            onChange={(e) => onChange(withText(activity, 'reasonRequired', String(e.target.checked), 'Boolean'))}
          />
        )}
      </PropertyField>
    </fieldset>
  );
}
