import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { designerApi, type LegalTermEntry } from '../api/designerApi';
import type { InputDescriptor } from '../model/descriptors';
import type { ElsaActivity, ElsaDefinition } from '../model/elsa';
import { inputText, readInput, withInput, withText } from '../model/inputs';
import { findTerm, settingReference, termChoice } from '../model/legalTerms';
import { CommitInput } from './CommitInput';
import { GenericInput } from './GenericInput';
import { PropertyField } from './PropertyField';

const Own = '__own';
const Expression = '__expression';

interface Props {
  definition: ElsaDefinition;
  activity: ElsaActivity;
  /** `term` (start) or `extension` (extend): both take a length or `setting:name`. */
  input: 'term' | 'extension';
  descriptor: InputDescriptor | undefined;
  onChange: (activity: ElsaActivity) => void;
}

/**
 * A legal clock's term, picked from the named terms of the municipality settings the host runs with (stored as
 * `setting:name`, which the engine resolves when the clock starts), or written out as a length. The chosen term's
 * length, origin and legal basis are shown beside it; a computed term (JavaScript) is edited as any other input.
 */
export function LegalTermPicker({ definition, activity, input, descriptor, onChange }: Props) {
  const { t, i18n } = useTranslation('designer');
  const detailsId = useId();
  const terms = useQuery({ queryKey: ['legal-terms'], queryFn: designerApi.legalTerms, staleTime: Infinity });
  const [ownMode, setOwnMode] = useState(false);
  const current = readInput(activity, input);
  if (current && current.expressionType !== 'Literal' && descriptor) {
    return <GenericInput definition={definition} activity={activity} input={descriptor} onChange={onChange} />;
  }

  const text = inputText(activity, input) ?? '';
  const choice = termChoice(text);
  const list = terms.data?.terms ?? [];
  const municipality = terms.data?.municipality ?? '';
  const selected = findTerm(list, choice);
  const length = (term: LegalTermEntry) => (i18n.language === 'en' ? term.term : term.termNl);
  const write = (value: string) => onChange(value ? withText(activity, input, value) : withInput(activity, input, undefined));
  const selectValue = choice.kind === 'setting' ? settingReference(selected?.name ?? choice.name) : choice.kind === 'own' || ownMode ? Own : '';
  const pick = (value: string) => {
    if (value === Own) {
      setOwnMode(true);
      // Leaving a named term for a length of one's own starts from that term's length.
      if (choice.kind === 'setting') write(selected?.term ?? '');
      return;
    }
    setOwnMode(false);
    if (value === Expression) {
      onChange(withInput(activity, input, { typeName: current?.typeName ?? 'String', expressionType: 'JavaScript', value: text ? JSON.stringify(text) : '' }));
      return;
    }
    write(value);
  };
  const legalBasis = inputText(activity, 'legalBasis') ?? '';

  return (
    <>
      <PropertyField
        activityId={activity.id}
        path={input}
        label={t(`clock.${input}`)}
        description={municipality ? t(`clock.${input}Help`, { municipality }) : t(`clock.${input}HelpNoSettings`)}
        required={descriptor?.required}
      >
        {(props) => (
          <select
            {...props}
            aria-describedby={[props['aria-describedby'], selected || choice.kind === 'setting' ? detailsId : null].filter(Boolean).join(' ') || undefined}
            className="utrecht-select"
            value={selectValue}
            onChange={(e) => pick(e.target.value)}
          >
            <option value="">{t('panel.choose')}</option>
            {choice.kind === 'setting' && !selected ? (
              <option value={settingReference(choice.name)}>{t('clock.unknownSetting', { name: choice.name })}</option>
            ) : null}
            {list.length > 0 ? (
              <optgroup label={t('clock.fromSettings', { municipality })}>
                {list.map((term) => (
                  <option key={term.name} value={settingReference(term.name)}>
                    {t('clock.settingOption', { name: term.name, length: length(term) })}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <option value={Own}>{t('clock.own')}</option>
            {descriptor?.supportsExpressions !== false ? <option value={Expression}>{t('clock.expression')}</option> : null}
          </select>
        )}
      </PropertyField>
      {terms.isError ? <p className="rw-field-problems">{t('clock.loadFailed')}</p> : null}
      {choice.kind === 'own' || (ownMode && choice.kind === 'none') ? (
        <PropertyField activityId={activity.id} path={`${input}.length`} label={t('clock.ownLength')} description={t('clock.ownLengthHelp')}>
          {(props) => <CommitInput {...props} value={choice.kind === 'own' ? choice.text : ''} onCommit={(v) => write(v.trim())} />}
        </PropertyField>
      ) : null}
      {selected ? (
        <div id={detailsId} className="rw-term">
          <dl>
            <dt>{t('clock.name')}</dt>
            <dd>{selected.name}</dd>
            <dt>{t('clock.length')}</dt>
            <dd>{length(selected)}</dd>
            <dt>{t('clock.origin')}</dt>
            <dd>{selected.origin ? `${t(`origin.${selected.origin}`)} (${t(`originHelp.${selected.origin}`)})` : t('origin.unknown')}</dd>
            <dt>{t('clock.basis')}</dt>
            <dd>{selected.basis ?? t('clock.noBasis')}</dd>
            {selected.note ? (
              <>
                <dt>{t('clock.note')}</dt>
                <dd>{selected.note}</dd>
              </>
            ) : null}
          </dl>
          {input === 'term' && selected.basis && selected.basis !== legalBasis.trim() ? (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => onChange(withText(activity, 'legalBasis', selected.basis!))}
            >
              {t('clock.useBasis')}
            </button>
          ) : null}
        </div>
      ) : choice.kind === 'setting' && terms.isSuccess ? (
        <p id={detailsId} className="rw-field-problems rw-field-problems__warning">
          {t('clock.unknownSettingHelp', { name: choice.name, municipality })}
        </p>
      ) : null}
    </>
  );
}
