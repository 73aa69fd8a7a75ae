import { Button, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field';
import { RadioGroup } from '../components/RadioGroup';
import { ErrorAlert } from '../components/ErrorAlert';
import { isApiError } from '../api/problem';
import { reasonNeeded, type DiscretionDetails } from './taskDetails';
import { useDecide } from './useTask';

interface Values {
  option: string;
  reason: string;
}

/**
 * A discretion point: each option with its explanation, the default marked and chosen beforehand, and a written
 * reason required when deviating. A refusal (here or by the host) is shown at the reason, with why.
 */
export function DiscretionForm({ bookmarkId, details, disabled, onDone }: { bookmarkId: string; details: DiscretionDetails; disabled: boolean; onDone: (option: string) => void }) {
  const { t } = useTranslation('tasks');
  const decide = useDecide(bookmarkId);
  const defaultOption = details.defaultOption ?? '';
  const { register, handleSubmit, watch, formState, setError } = useForm<Values>({
    defaultValues: { option: defaultOption, reason: '' },
  });
  const option = watch('option');
  const needsReason = reasonNeeded(details, option);
  const deviating = option !== '' && option !== defaultOption;

  const submit = handleSubmit((values) => {
    const reason = values.reason.trim();
    if (!values.option) {
      setError('option', { message: t('discretion.chooseOption') });
      return;
    }
    if (reasonNeeded(details, values.option) && reason === '') {
      setError('reason', {
        message: deviating ? t('discretion.reasonRequiredDeviation', { option: label(values.option), standard: label(defaultOption) }) : t('discretion.reasonRequired'),
      });
      return;
    }
    decide.mutate(
      { option: values.option, reason: reason === '' ? null : reason },
      {
        onSuccess: () => onDone(values.option),
        onError: (error) => {
          // The host is the authority: its refusal is shown inline, at the reason, in its words.
          if (isApiError(error) && error.status === 400) setError('reason', { message: error.problem?.detail ?? error.message });
        },
      },
    );
  });
  const label = (id: string) => details.options.find((o) => o.id === id)?.label ?? id;

  return (
    <form onSubmit={submit} noValidate className="rw-form">
      <RadioGroup
        legend={details.question ?? t('discretion.question')}
        required
        registration={register('option')}
        error={formState.errors.option?.message}
        choices={details.options.map((o) => ({
          value: o.id,
          label: (
            <>
              {o.label ?? o.id}
              {o.id === defaultOption ? <strong className="rw-default-mark"> {t('discretion.defaultMark')}</strong> : null}
            </>
          ),
          description: o.explanation ?? undefined,
        }))}
      />
      {deviating ? (
        <Paragraph className="rw-hint" role="note">
          {t('discretion.deviationNote', { standard: label(defaultOption) })}
        </Paragraph>
      ) : null}
      <Field
        label={t('discretion.reason')}
        required={needsReason}
        error={formState.errors.reason?.message}
        description={needsReason ? t('discretion.reasonHelpRequired') : t('discretion.reasonHelpOptional')}
      >
        <Textarea rows={4} {...register('reason')} />
      </Field>
      {decide.isError && !(isApiError(decide.error) && decide.error.status === 400) ? <ErrorAlert error={decide.error} /> : null}
      <Button type="submit" appearance="primary-action-button" disabled={disabled || decide.isPending} busy={decide.isPending}>
        {t('discretion.decide')}
      </Button>
    </form>
  );
}
