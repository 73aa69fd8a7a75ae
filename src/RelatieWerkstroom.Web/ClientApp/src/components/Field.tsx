import { useId, type ReactElement, type ReactNode, cloneElement } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';

interface FieldProps {
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  type?: 'text' | 'checkbox' | 'radio';
  /** The control; it receives id, aria-describedby, aria-invalid and aria-required. */
  children: ReactElement<Record<string, unknown>>;
}

/**
 * A labelled form control with its description and inline error message. The error lives in an
 * aria-live region so it is announced as soon as validation finds it.
 */
export function Field({ label, description, error, required, type, children }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <FormField invalid={Boolean(error)} type={type}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {required ? <span className="rw-required"> {t('form.required')}</span> : null}
        </FormLabel>
      </div>
      {description ? (
        <FormFieldDescription id={descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      <div className="utrecht-form-field__input">
        {cloneElement(children, {
          id,
          'aria-describedby': describedBy,
          'aria-invalid': error ? true : undefined,
          'aria-required': required ? true : undefined,
          invalid: Boolean(error),
        })}
      </div>
      <div aria-live="polite">
        {error ? (
          <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
            {error}
          </FormFieldErrorMessage>
        ) : null}
      </div>
    </FormField>
  );
}
