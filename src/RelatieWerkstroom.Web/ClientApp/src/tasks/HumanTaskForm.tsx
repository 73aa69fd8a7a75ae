import { Button, ButtonGroup, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { useRef } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field';
import { RadioGroup } from '../components/RadioGroup';
import { ErrorAlert } from '../components/ErrorAlert';
import { checkField, toSubmission, type FormField, type FormValues } from './taskDetails';
import { useCompleteTask } from './useTask';

interface Props {
  bookmarkId: string;
  fields: readonly FormField[];
  actions: readonly string[];
  disabled: boolean;
  onDone: (action: string) => void;
}

/** Validates every field as the host will; the first invalid field gets focus and its message is announced. */
const resolverFor =
  (fields: readonly FormField[], message: (problem: string, field: FormField) => string): Resolver<FormValues> =>
  async (values) => {
    const errors: FieldErrors<FormValues> = {};
    for (const field of fields) {
      const problem = checkField(field, values[field.name]);
      if (problem) errors[field.name] = { type: problem, message: message(problem, field) };
    }
    return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors };
  };

/** The task's form, generated from its fields, with one button per action the step allows. */
export function HumanTaskForm({ bookmarkId, fields, actions, disabled, onDone }: Props) {
  const { t } = useTranslation('tasks');
  const complete = useCompleteTask(bookmarkId);
  const chosen = useRef<string>(actions[0] ?? 'Gereed');
  const { register, handleSubmit, formState } = useForm<FormValues>({
    resolver: resolverFor(fields, (problem, field) => t(`validation.${problem}`, { label: field.label, options: field.options.join(', ') })),
    mode: 'onTouched',
    defaultValues: Object.fromEntries(fields.map((f) => [f.name, ''])),
  });

  const submit = handleSubmit((values) => {
    const action = chosen.current;
    complete.mutate({ action, fields: toSubmission(fields, values) }, { onSuccess: () => onDone(action) });
  });
  const error = (name: string) => formState.errors[name]?.message;

  return (
    <form onSubmit={submit} noValidate className="rw-form" aria-labelledby="form-heading">
      {fields.map((field) => {
        const registration = register(field.name);
        switch (field.type) {
          case 'textarea':
            return (
              <Field key={field.name} label={field.label} error={error(field.name)} required={field.required}>
                <Textarea rows={4} {...registration} />
              </Field>
            );
          case 'boolean':
            return (
              <RadioGroup
                key={field.name}
                legend={field.label}
                required={field.required}
                error={error(field.name)}
                registration={registration}
                choices={[
                  { value: 'ja', label: t('yes') },
                  { value: 'nee', label: t('no') },
                ]}
              />
            );
          case 'choice':
            return (
              <Field key={field.name} label={field.label} error={error(field.name)} required={field.required}>
                <Select {...registration}>
                  <SelectOption value="">{t('choose')}</SelectOption>
                  {field.options.map((option) => (
                    <SelectOption key={option} value={option}>
                      {option}
                    </SelectOption>
                  ))}
                </Select>
              </Field>
            );
          case 'date':
            return (
              <Field key={field.name} label={field.label} error={error(field.name)} required={field.required} description={t('dateHint')}>
                <Textbox type="date" {...registration} />
              </Field>
            );
          case 'number':
            return (
              <Field key={field.name} label={field.label} error={error(field.name)} required={field.required}>
                <Textbox inputMode="decimal" {...registration} />
              </Field>
            );
          default:
            return (
              <Field key={field.name} label={field.label} error={error(field.name)} required={field.required}>
                <Textbox {...registration} />
              </Field>
            );
        }
      })}
      {complete.isError ? <ErrorAlert error={complete.error} /> : null}
      <ButtonGroup>
        {(actions.length > 0 ? actions : ['Gereed']).map((action, index) => (
          <Button
            key={action}
            type="submit"
            appearance={index === 0 ? 'primary-action-button' : 'secondary-action-button'}
            disabled={disabled || complete.isPending}
            busy={complete.isPending && chosen.current === action}
            onClick={() => {
              chosen.current = action;
            }}
          >
            {action}
          </Button>
        ))}
      </ButtonGroup>
    </form>
  );
}
