import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseAmount } from '../model/friction';
import type { ControlProps } from './PropertyField';

/**
 * A number of 0 or more (minutes or euros), written when the field is left or on Enter. Text that is no such number
 * is not written into the step: the field keeps it, says in Dutch what is wrong and is marked invalid.
 */
export function AmountInput({
  control,
  value,
  kind,
  onCommit,
}: {
  control: ControlProps;
  /** The stored amount; text when the file holds text where a number belongs. */
  value: number | string | undefined;
  kind: 'minutes' | 'euros';
  onCommit: (value: number | undefined) => void;
}) {
  const { t } = useTranslation('designer');
  const shown = value === undefined ? '' : String(value);
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(shown);
    setInvalid(false);
  }, [shown]);
  const errorId = `${control.id}-amount`;
  const commit = () => {
    const parsed = parseAmount(text);
    setInvalid(!parsed.ok);
    if (parsed.ok && parsed.value !== value) onCommit(parsed.value);
  };
  return (
    <>
      <input
        className="utrecht-textbox utrecht-textbox--html-input"
        {...control}
        // Text, not type=number: a decimal comma works in every browser and a wrong entry stays visible to correct.
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={invalid || control['aria-invalid']}
        aria-describedby={[control['aria-describedby'], invalid ? errorId : null].filter(Boolean).join(' ') || undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {invalid ? (
        <p id={errorId} className="rw-field-problems rw-amount-error">
          <span className="rw-severity rw-severity--error"><span aria-hidden="true">✖</span> {t('problems.severity.Error')}</span>: {t(`friction.invalid.${kind}`)}
        </p>
      ) : null}
    </>
  );
}
