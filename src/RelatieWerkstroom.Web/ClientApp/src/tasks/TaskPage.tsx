import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../api/problem';
import { useMe } from '../auth/useMe';
import { AppLink } from '../components/AppLink';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { ErrorAlert } from '../components/ErrorAlert';
import { useAnnounce } from '../components/LiveAnnouncer';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { NoAccessPage } from '../pages/NoAccessPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ClaimButton } from '../worklist/ClaimButton';
import { DiscretionForm } from './DiscretionForm';
import { HumanTaskForm } from './HumanTaskForm';
import { RedTapeForm } from './RedTapeForm';
import { RuleOrigin } from './RuleOrigin';
import { discretionSchema, frictionSchema, humanTaskSchema } from './taskDetails';
import { useTask } from './useTask';

/** Taak or Beslispunt: what is asked, the rule behind it, and the form to complete or decide it. */
export function TaskPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('tasks');
  const me = useMe().data!;
  const task = useTask(id);
  const [done, setDone] = useState<string | null>(null);
  const announce = useAnnounce();
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  if (task.isPending) return <Loading />;
  if (task.isError) {
    if (isApiError(task.error) && task.error.status === 403) return <NoAccessPage reason={t('noAccess')} />;
    if (isApiError(task.error) && task.error.status === 404) return <NotFoundPage what={t('notFound')} />;
    return <ErrorAlert error={task.error} />;
  }
  const data = task.data;
  const isDiscretion = data.kind === 'DiscretionPoint';
  const friction = data.friction ? frictionSchema.parse(data.friction) : null;
  const doneText = (result: string) => (isDiscretion ? t('decided', { option: result }) : t('completed', { action: result }));
  const finish = (result: string) => {
    setDone(result);
    announce(doneText(result));
  };
  const caseLink = <AppLink to={`/dossier/${encodeURIComponent(data.caseFileId)}`}>{data.caseTitle ?? data.caseFileId}</AppLink>;

  if (done) {
    return (
      <section>
        <PageTitle>{data.title}</PageTitle>
        <div ref={doneRef} tabIndex={-1}>
          {/* Said by the layout's announcer (which stays while this page changes); not a second live region. */}
          <Alert type="ok" role="none">
            <Paragraph>{doneText(done)}</Paragraph>
          </Alert>
        </div>
        <Paragraph>
          <AppLink to="/werkvoorraad">{t('backToWorklist')}</AppLink>
        </Paragraph>
        <Paragraph>
          {t('toCase')} {caseLink}
        </Paragraph>
      </section>
    );
  }

  const heldByOther = Boolean(data.assignedTo && data.assignedTo !== me.userName);
  const disabled = !data.mayAct || heldByOther;
  const human = isDiscretion ? null : humanTaskSchema.parse(data.details);
  const discretion = isDiscretion ? discretionSchema.parse(data.details) : null;

  return (
    <article className="rw-task" data-kind={data.kind}>
      <Paragraph className="rw-pre-heading">{t(isDiscretion ? 'kindDiscretion' : 'kindTask')}</Paragraph>
      <PageTitle>{data.title}</PageTitle>
      <div className="rw-task__meta">
        <Paragraph>
          {t('case')}: {caseLink} · {data.zaaktype} · {t('team', { team: data.team })}
          {data.workflowName ? ` · ${data.workflowName}` : ''}
        </Paragraph>
        <Paragraph>
          {t('deadline')}: <DeadlineBadge deadline={data.dueDate} />
        </Paragraph>
      </div>
      <section className="rw-panel" aria-labelledby="claim-heading">
        <Heading2 id="claim-heading">{t('holder.heading')}</Heading2>
        <Paragraph>
          {data.assignedTo ? (data.assignedTo === me.userName ? t('holder.you') : t('holder.other', { name: data.assignedTo })) : t('holder.free')}
        </Paragraph>
        {data.mayAct ? <ClaimButton bookmarkId={data.bookmarkId} title={data.title} assignedTo={data.assignedTo} userName={me.userName} /> : null}
      </section>
      {!data.mayAct ? (
        <Alert type="warning">
          <Paragraph>{t('mayNotAct', { roles: data.roles.join(', ') })}</Paragraph>
        </Alert>
      ) : null}
      <div className="rw-task__columns">
        <div className="rw-task__main">
          {human?.instructions ? (
            <section aria-labelledby="instructions-heading">
              <Heading2 id="instructions-heading">{t('instructions')}</Heading2>
              <Paragraph className="rw-prewrap">{human.instructions}</Paragraph>
            </section>
          ) : null}
          {discretion?.legalBasis ? (
            <section aria-labelledby="basis-heading">
              <Heading2 id="basis-heading">{t('discretion.legalBasis')}</Heading2>
              <Paragraph>{discretion.legalBasis}</Paragraph>
            </section>
          ) : null}
          <Heading2 id="form-heading">{isDiscretion ? t('discretion.heading') : t('formHeading')}</Heading2>
          {human ? <HumanTaskForm bookmarkId={data.bookmarkId} fields={human.formFields} actions={human.actions} disabled={disabled} onDone={finish} /> : null}
          {discretion ? <DiscretionForm bookmarkId={data.bookmarkId} details={discretion} disabled={disabled} onDone={finish} /> : null}
        </div>
        <aside className="rw-task__side">
          <RuleOrigin friction={friction} />
          {data.mayAct ? <RedTapeForm bookmarkId={data.bookmarkId} step={data.title} /> : null}
        </aside>
      </div>
    </article>
  );
}
