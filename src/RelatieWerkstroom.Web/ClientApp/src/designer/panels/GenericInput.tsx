import { useTranslation } from 'react-i18next';
import type { InputDescriptor } from '../model/descriptors';
import { UIHints } from '../model/descriptors';
import type { ElsaActivity, ElsaDefinition } from '../model/elsa';
import { inputJson, inputText, readInput, withInput } from '../model/inputs';
import { isObject } from '../model/json';
import { CommitInput, CommitTextarea } from './CommitInput';
import { PropertyField } from './PropertyField';

interface Props {
  definition: ElsaDefinition;
  activity: ElsaActivity;
  input: InputDescriptor;
  onChange: (activity: ElsaActivity) => void;
}

const expressionTypes = ['Literal', 'JavaScript', 'Variable'] as const;

/** An input edited by its descriptor: the UI hint picks the control; expressions where the input allows them. */
export function GenericInput({ definition, activity, input, onChange }: Props) {
  const { t, i18n } = useTranslation('designer');
  const label = i18n.exists(`inputs.${input.name}`, { ns: 'designer' }) ? t(`inputs.${input.name}`) : input.displayName;
  const current = readInput(activity, input.name);
  const expressionType = current?.expressionType ?? (input.uiHint === UIHints.json || input.uiHint === UIHints.list ? 'Object' : 'Literal');
  const typeName = current?.typeName ?? input.typeName;
  const text = inputText(activity, input.name) ?? '';
  const write = (value: string, type: string = expressionType) =>
    onChange(value === '' && type === 'Literal' && !input.required
      ? withInput(activity, input.name, undefined)
      : withInput(activity, input.name, { typeName, expressionType: type, value }));
  const variables = Array.isArray(definition.variables)
    ? definition.variables.flatMap((v) => (isObject(v) && typeof v.name === 'string' ? [v.name] : []))
    : [];

  const control = (props: { id: string }) => {
    if (expressionType === 'JavaScript') {
      return <CommitTextarea {...props} className="utrecht-textarea rw-code" spellCheck={false} value={text} onCommit={(v) => write(v)} />;
    }
    if (expressionType === 'Variable' || input.uiHint === UIHints.variable) {
      return (
        <select {...props} className="utrecht-select" value={text} onChange={(e) => write(e.target.value, 'Variable')}>
          <option value="">{t('panel.chooseVariable')}</option>
          {variables.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      );
    }
    switch (input.uiHint) {
      case UIHints.checkbox:
        return (
          <input
            {...props}
            type="checkbox"
            className="utrecht-checkbox"
            checked={text === 'true' || (text === '' && input.defaultValue === true)}
            onChange={(e) => write(String(e.target.checked))}
          />
        );
      case UIHints.dropdown:
        return (
          <select {...props} className="utrecht-select" value={text} onChange={(e) => write(e.target.value)}>
            <option value="">{t('panel.choose')}</option>
            {(input.options ?? []).map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        );
      case UIHints.multiLine:
      case UIHints.code:
        return <CommitTextarea {...props} value={text} onCommit={(v) => write(v)} />;
      case UIHints.json:
        return <CommitTextarea {...props} className="utrecht-textarea rw-code" spellCheck={false} value={text} onCommit={(v) => write(v, 'Object')} />;
      case UIHints.list: {
        const names = inputJson(activity, input.name);
        const list = Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string').join(', ') : text;
        return (
          <CommitInput
            {...props}
            value={list}
            onCommit={(v) => {
              const items = v.split(',').map((s) => s.trim()).filter(Boolean);
              onChange(items.length === 0 ? withInput(activity, input.name, undefined)
                : withInput(activity, input.name, { typeName: input.typeName, expressionType: 'Object', value: JSON.stringify(items) }));
            }}
          />
        );
      }
      case UIHints.duration:
        return <CommitInput {...props} placeholder="d.hh:mm:ss" value={text} onCommit={(v) => write(v)} />;
      case UIHints.cron:
        return <CommitInput {...props} placeholder="0 0 9 * * ?" value={text} onCommit={(v) => write(v)} />;
      default:
        return <CommitInput {...props} inputMode={/Int|Double|Decimal/.test(input.typeName) ? 'numeric' : undefined} value={text} onCommit={(v) => write(v)} />;
    }
  };

  const help = [input.description, input.uiHint === UIHints.list ? t('panel.listHelp') : null].filter(Boolean).join(' ');
  return (
    <PropertyField activityId={activity.id} path={input.name} label={label} description={help || null} required={input.required}>
      {(props) => (
        <>
          {input.supportsExpressions && input.uiHint !== UIHints.json && input.uiHint !== UIHints.list ? (
            <select
              className="utrecht-select rw-expression-type"
              aria-label={t('panel.expressionType', { name: label })}
              value={expressionType}
              onChange={(e) => write(text, e.target.value)}
            >
              {expressionTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`expression.${type}`)}
                </option>
              ))}
            </select>
          ) : null}
          {control(props)}
        </>
      )}
    </PropertyField>
  );
}
