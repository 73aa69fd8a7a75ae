import { Button, ButtonGroup, Heading3, Paragraph, Textarea, Textbox } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { formatDate, formatDateTime } from '../components/format';
import { useClockAction, type ClockAction, type ClockView } from './useCases';

/** One legal clock: its deadline, what happened to it (who, why, on which basis) and the actions the law still allows. */
export function ClockPanel({ caseFileId, clock, onChanged }: { caseFileId: string; clock: ClockView; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation('cases');
  const [action, setAction] = useState<ClockAction | null>(null);
  const headingId = useId();
  const running = clock.stoppedOn === null;
  const state = clock.expired ? 'expired' : !running ? 'stopped' : clock.isSuspended ? 'suspended' : 'running';
  return (
    <section className="rw-clock rw-panel" aria-labelledby={headingId} data-testid="clock" data-clock={clock.name}>
      <Heading3 id={headingId}>
        {t('clocks.name', { name: clock.name })} <span className={`rw-clock__state rw-clock__state--${state}`}>{t(`clocks.state.${state}`)}</span>
      </Heading3>
      <dl className="rw-facts">
        <dt>{t('clocks.deadline')}</dt>
        <dd>
          {running && !clock.isSuspended ? <DeadlineBadge deadline={clock.deadline} /> : clock.deadline ? formatDate(clock.deadline, i18n.language) : t('clocks.unknown')}
          {clock.isSuspended ? <span className="rw-muted"> {t('clocks.suspendedNote')}</span> : null}
        </dd>
        <dt>{t('clocks.term')}</dt>
        <dd>
          {t('clocks.termText', { term: clock.term, start: formatDate(clock.start, i18n.language) })}
        </dd>
        <dt>{t('clocks.legalBasis')}</dt>
        <dd>{clock.legalBasis || '–'}</dd>
        <dt>{t('clocks.owedBy')}</dt>
        <dd>{t(`clocks.owed.${clock.owedBy}`, { defaultValue: clock.owedBy })}</dd>
        {clock.dwangsom ? <DwangsomFacts dwangsom={clock.dwangsom} /> : null}
        {Number(clock.suspendedDays) > 0 ? (
          <>
            <dt>{t('clocks.suspendedDays')}</dt>
            <dd>{t('clocks.days', { count: Number(clock.suspendedDays) })}</dd>
          </>
        ) : null}
      </dl>
      <ol className="rw-clock__history" aria-label={t('clocks.history', { name: clock.name })}>
        {clock.transitions.map((transition, index) => (
          <li key={index}>
            <strong>{t(`clocks.transition.${transition.action}`)}</strong> {t('clocks.on', { date: formatDate(transition.on, i18n.language) })}
            {transition.term && transition.action === 'Extend' ? ` · ${t('clocks.by', { term: transition.term })}` : null}
            {transition.reason ? ` · ${t('clocks.reason')}: ${transition.reason}` : null}
            {transition.legalBasis ? ` · ${t('clocks.basis')}: ${transition.legalBasis}` : null}
            {transition.furtherDelayGround ? ` · ${t('clocks.ground')}: ${transition.furtherDelayGround}` : null}
            <span className="rw-muted">
              {' '}
              · {t('clocks.recorded', { actor: transition.actor ?? t('clocks.system'), at: formatDateTime(transition.at, i18n.language) })}
            </span>
          </li>
        ))}
      </ol>
      {clock.actions.length > 0 ? (
        <ButtonGroup>
          {clock.actions.map((a) => (
            <Button
              key={a}
              appearance="secondary-action-button"
              aria-expanded={action === a}
              onClick={() => setAction(action === a ? null : (a as ClockAction))}
            >
              {t(`clocks.actions.${a}`)}
              <span className="rw-visually-hidden"> {t('clocks.name', { name: clock.name })}</span>
            </Button>
          ))}
        </ButtonGroup>
      ) : running ? (
        <Paragraph className="rw-muted">{t('clocks.noActions')}</Paragraph>
      ) : null}
      {action ? (
        <ClockActionForm
          key={action}
          caseFileId={caseFileId}
          clock={clock}
          action={action}
          onCancel={() => setAction(null)}
          onDone={() => {
            setAction(null);
            onChanged(t(`clocks.done.${action}`, { name: clock.name }));
          }}
        />
      ) : null}
    </section>
  );
}

function ClockActionForm({
  caseFileId,
  clock,
  action,
  onCancel,
  onDone,
}: {
  caseFileId: string;
  clock: ClockView;
  action: ClockAction;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('cases');
  const change = useClockAction(caseFileId, clock.name);
  const [reason, setReason] = useState('');
  const [legalBasis, setLegalBasis] = useState(action === 'suspend' ? 'Awb 4:15 lid 1 sub a' : action === 'extend' && clock.verdaging === 'awb-7:10' ? 'Awb 7:10 lid 3' : '');
  const [extension, setExtension] = useState('');
  const [ground, setGround] = useState('');
  const [on, setOn] = useState('');
  const errors = isApiError(change.error) ? change.error.fieldErrors() : {};
  const refused = change.error && Object.keys(errors).length === 0 ? change.error : null;
  const needsReason = action === 'suspend' || action === 'extend';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate(
      {
        action,
        change: {
          reason: reason.trim() || null,
          legalBasis: legalBasis.trim() || null,
          extension: action === 'extend' ? extension.trim() || null : null,
          furtherDelayGround: ground.trim() || null,
          on: on || null,
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="rw-form rw-clock__form" onSubmit={submit} noValidate aria-label={t(`clocks.formLabel.${action}`, { name: clock.name })}>
      <Paragraph>{t(`clocks.explain.${action}`)}</Paragraph>
      {needsReason || action === 'resume' ? (
        <Field label={t('clocks.reason')} required={needsReason} error={errors.reason}>
          <Textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
      ) : null}
      {needsReason ? (
        <Field label={t('clocks.legalBasisField')} description={t('clocks.legalBasisHint')} required error={errors.legalBasis}>
          <Textbox value={legalBasis} onChange={(e) => setLegalBasis(e.target.value)} />
        </Field>
      ) : null}
      {action === 'extend' ? (
        <Field label={t('clocks.extension')} description={t('clocks.extensionHint')} required error={errors.extension}>
          <Textbox value={extension} onChange={(e) => setExtension(e.target.value)} />
        </Field>
      ) : null}
      {action === 'extend' && clock.extensionNeedsGround ? (
        <Field label={t('clocks.ground')} description={t('clocks.groundHint')} required error={errors.furtherDelayGround}>
          <Textbox value={ground} onChange={(e) => setGround(e.target.value)} />
        </Field>
      ) : null}
      <Field
        label={t(action === 'ingebrekestelling' ? 'clocks.receivedOnField' : 'clocks.onField')}
        description={t(action === 'ingebrekestelling' ? 'clocks.receivedOnHint' : 'clocks.onHint')}
        error={errors.on ?? errors.receivedOn}
      >
        <Textbox type="date" value={on} onChange={(e) => setOn(e.target.value)} />
      </Field>
      {/* ErrorAlert is role="alert": it announces itself, a live region around it would say it twice. */}
      {refused ? <ErrorAlert error={refused} /> : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={change.isPending} disabled={change.isPending}>
          {t(`clocks.submit.${action}`)}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('clocks.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

type Dwangsom = NonNullable<ClockView['dwangsom']>;

/** The dwangsom of Awb 4:17 after an ingebrekestelling, and the day the 4:18 vaststellingsbeschikking is due. */
function DwangsomFacts({ dwangsom }: { dwangsom: Dwangsom }) {
  const { t, i18n } = useTranslation('cases');
  const date = (d: string | null | undefined) => (d ? formatDate(d, i18n.language) : '–');
  const amount = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(Number(dwangsom.amount));
  return (
    <>
      <dt>{t('clocks.dwangsom.received')}</dt>
      <dd data-testid="ingebrekestelling">
        {date(dwangsom.receivedOn)}
        {dwangsom.premature ? <span className="rw-muted"> {t('clocks.dwangsom.premature')}</span> : null}
      </dd>
      {dwangsom.premature ? null : (
        <>
          <dt>{t('clocks.dwangsom.title')}</dt>
          <dd data-testid="dwangsom">
            {Number(dwangsom.days) > 0
              ? t('clocks.dwangsom.owed', { amount, days: Number(dwangsom.days), from: date(dwangsom.firstDay) })
              : t('clocks.dwangsom.notYet', { from: date(dwangsom.firstDay) })}
            {dwangsom.final ? null : <span className="rw-muted"> {t('clocks.dwangsom.running', { last: date(dwangsom.lastPossibleDay) })}</span>}
          </dd>
          {dwangsom.vaststellingDueOn ? (
            <>
              <dt>{t('clocks.dwangsom.vaststelling')}</dt>
              <dd data-testid="vaststelling">{t('clocks.dwangsom.vaststellingDue', { date: date(dwangsom.vaststellingDueOn) })}</dd>
            </>
          ) : null}
        </>
      )}
    </>
  );
}
