import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from './fieldIds';
import { FieldProblems, hasError, useFieldProblems } from './FieldProblems';

export type ControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
};

interface Props {
  activityId: string;
  /** Property path the server's problems use, e.g. `legalBasis` or `customProperties.friction.minutes`. */
  path: string;
  label: string;
  description?: string | null;
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled property with its help text and the server's problems for exactly this field. */
export function PropertyField({ activityId, path, label, description, required, children }: Props) {
  const { t } = useTranslation('designer');
  const id = fieldId(activityId, path);
  const helpId = useId();
  const problems = useFieldProblems(activityId, path);
  const problemsId = `${id}-problems`;
  const describedBy = [description ? helpId : null, problems.length ? problemsId : null].filter(Boolean).join(' ') || undefined;
  const invalid = hasError(problems);
  return (
    <div className={`rw-prop${invalid ? ' rw-prop--invalid' : problems.length ? ' rw-prop--warning' : ''}`}>
      <label htmlFor={id} className="rw-prop__label">
        {label}
        {required ? <span className="rw-required"> {t('panel.required')}</span> : null}
      </label>
      {description ? (
        <p id={helpId} className="rw-prop__help">
          {description}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': invalid || undefined, 'aria-required': required || undefined })}
      <FieldProblems id={problemsId} problems={problems} />
    </div>
  );
}
