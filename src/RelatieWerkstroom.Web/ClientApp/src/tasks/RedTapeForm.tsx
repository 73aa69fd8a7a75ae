import { Alert, Button, Heading2, Paragraph, Select, SelectOption, Textarea } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { isApiError } from '../api/problem';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';

const categories = ['duplicate-request', 'unnecessary-step', 'unclear-rule', 'waiting', 'paperwork', 'other'] as const;

/**
 * Knelpunt melden: the caseworker flags needless red tape on this step, with a category and a short text without
 * personal data. The flag goes to the auditor's view with the step and its rule origin, never with the case or a name.
 */
export function RedTapeForm({ bookmarkId, step }: { bookmarkId: string; step: string }) {
  const { t } = useTranslation('tasks');
  const { t: audit } = useTranslation('audit');
  const [category, setCategory] = useState('');
  const [text, setText] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const flag = useMutation({
    mutationFn: (body: { category: string; text: string }) =>
      unwrap(api.POST('/api/tasks/{id}/red-tape', { params: { path: { id: bookmarkId } }, body })),
  });
  const errors = isApiError(flag.error) ? flag.error.fieldErrors() : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    flag.mutate(
      { category, text },
      {
        onSuccess: (result) => {
          setSent(t('redTape.sent', { step: result.activityName ?? step, category: audit(`redTape.categories.${result.category}`) }));
          setCategory('');
          setText('');
        },
      },
    );
  };
  return (
    <section className="rw-panel" aria-labelledby="red-tape-heading" data-testid="red-tape-form">
      <Heading2 id="red-tape-heading">{t('redTape.heading')}</Heading2>
      <Paragraph>{t('redTape.intro')}</Paragraph>
      <div role="status" aria-live="polite">
        {sent ? (
          <Alert type="ok" role="none">
            <Paragraph>{sent}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <form onSubmit={submit} noValidate className="rw-form">
        <Field label={t('redTape.category')} error={errors.category}>
          <Select value={category} onChange={(e) => setCategory(e.target.value)}>
            <SelectOption value="">{t('redTape.chooseCategory')}</SelectOption>
            {categories.map((c) => (
              <SelectOption key={c} value={c}>
                {audit(`redTape.categories.${c}`)}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field label={t('redTape.text')} description={t('redTape.textHint')} error={errors.text}>
          <Textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        {flag.error && !errors.text && !errors.category ? <ErrorAlert error={flag.error} /> : null}
        <Button type="submit" appearance="secondary-action-button" busy={flag.isPending} disabled={flag.isPending}>
          {t('redTape.submit')}
        </Button>
      </form>
    </section>
  );
}
