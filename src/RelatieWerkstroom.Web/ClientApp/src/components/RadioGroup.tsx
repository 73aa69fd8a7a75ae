import { Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

export interface RadioChoice {
  value: string;
  label: ReactNode;
  description?: ReactNode;
}

/** Registered with react-hook-form, or a plain controlled value (then `id` names the group and is the first button's id). */
type Binding =
  | { registration: UseFormRegisterReturn; id?: never; value?: never; onChange?: never }
  | { registration?: never; id: string; value: string; onChange: (value: string) => void };

type Props = Binding & {
  legend: ReactNode;
  choices: readonly RadioChoice[];
  error?: string | undefined;
  required?: boolean;
  description?: ReactNode;
};

/** A group of radio buttons in a fieldset, each with an optional explanation, and an announced inline error. */
export function RadioGroup({ legend, choices, registration, id: givenId, value, onChange, error, required, description }: Props) {
  const { t } = useTranslation();
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const errorId = `${id}-error`;
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={error ? errorId : undefined} className="rw-radio-group">
      <FieldsetLegend>
        {legend}
        {required ? <span className="rw-required"> {t('form.required')}</span> : null}
      </FieldsetLegend>
      {description ? <p className="utrecht-form-field-description">{description}</p> : null}
      {choices.map((choice, index) => {
        // A controlled group's first button carries the given id, so a form can focus it on an error.
        const inputId = givenId !== undefined && index === 0 ? givenId : `${id}-${index}`;
        const binding = registration ?? { name: id, checked: value === choice.value, onChange: () => onChange?.(choice.value) };
        return (
          <FormField type="radio" key={choice.value}>
            <RadioButton id={inputId} value={choice.value} invalid={Boolean(error)} aria-describedby={choice.description ? `${inputId}-d` : undefined} {...binding} />
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
