import { Button, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../api/problem';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { RadioGroup } from '../components/RadioGroup';
import { useIntakeKinds, useOpenCase } from './useCases';

/** Nieuwe melding of aanvraag: what came in and about whom; the host opens the case, starts its workflow, and we go to the dossier. */
export function NewCasePage() {
  const { t } = useTranslation('cases');
  const kinds = useIntakeKinds();
  const open = useOpenCase();
  const navigate = useNavigate();
  const [kind, setKind] = useState('');
  const [bsn, setBsn] = useState('');
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  // After a refused attempt the first field in error takes focus; its message is announced by the field.
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[aria-describedby] input')?.focus();
  }, [attempt, open.error]);
  const server = isApiError(open.error) ? open.error.fieldErrors() : {};
  const errors = { ...server, ...local };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!kind) missing.kind = t('new.kindRequired');
    if (!bsn.trim()) missing.bsn = t('new.bsnRequired');
    if (!name.trim()) missing.name = t('new.nameRequired');
    setLocal(missing);
    setAttempt((n) => n + 1);
    if (Object.keys(missing).length > 0) return;
    open.mutate(
      { kind, bsn: bsn.trim(), name: name.trim(), title: title.trim() || null },
      { onSuccess: (opened) => navigate(`/dossier/${encodeURIComponent(opened.caseFileId)}`) },
    );
  };

  if (kinds.isPending) return <Loading />;
  if (kinds.isError) return <ErrorAlert error={kinds.error} />;
  return (
    <section className="rw-narrow">
      <PageTitle>{t('new.title')}</PageTitle>
      <Paragraph>{t('new.intro')}</Paragraph>
      <form ref={form} onSubmit={submit} noValidate className="rw-form" aria-label={t('new.title')}>
        <RadioGroup
          id="new-kind"
          legend={t('new.kind')}
          required
          value={kind}
          onChange={setKind}
          error={errors.kind}
          choices={kinds.data.map((k) => ({ value: k.id, label: k.title, description: t('new.kindDescription', { law: k.law, soort: k.soort }) }))}
        />
        <Field label={t('new.bsn')} description={t('new.bsnHint')} required error={errors.bsn}>
          <Textbox inputMode="numeric" autoComplete="off" value={bsn} onChange={(e) => setBsn(e.target.value)} />
        </Field>
        <Field label={t('new.name')} required error={errors.name}>
          <Textbox autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('new.caseTitle')} description={t('new.caseTitleHint')} error={errors.title}>
          <Textbox value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        {/* ErrorAlert is role="alert": it announces itself, a live region around it would say it twice. */}
        {open.error && Object.keys(server).length === 0 ? <ErrorAlert error={open.error} /> : null}
        <Button type="submit" appearance="primary-action-button" busy={open.isPending} disabled={open.isPending}>
          {t('new.submit')}
        </Button>
      </form>
    </section>
  );
}
