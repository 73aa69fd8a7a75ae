import { Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, RadioButton } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  legend: ReactNode;
  choices: readonly { value: string; label: ReactNode; description?: ReactNode }[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
}

/** Radio buttons in a fieldset for a controlled value; the first button carries the id (to focus it on an error). */
export function RadioChoices({ id, legend, choices, value, onChange, error, required }: Props) {
  const { t } = useTranslation();
  const errorId = `${id}-error`;
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={error ? errorId : undefined} className="rw-radio-group">
      <FieldsetLegend>
        {legend}
        {required ? <span className="rw-required"> {t('form.required')}</span> : null}
      </FieldsetLegend>
      {choices.map((choice, index) => {
        const inputId = index === 0 ? id : `${id}-${index}`;
        return (
          <FormField type="radio" key={choice.value}>
            <RadioButton
              id={inputId}
              name={id}
              value={choice.value}
              checked={value === choice.value}
              invalid={Boolean(error)}
              onChange={() => onChange(choice.value)}
              aria-describedby={choice.description ? `${inputId}-d` : undefined}
            />
            <FormLabel htmlFor={inputId} type="radio">
              {choice.label}
            </FormLabel>
            {choice.description ? (
              <FormFieldDescription id={`${inputId}-d`} className="rw-radio-description">
                {choice.description}
              </FormFieldDescription>
            ) : null}
          </FormField>
        );
      })}
      <div aria-live="polite">{error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : null}</div>
    </Fieldset>
  );
}
