import {
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
} from '@utrecht/component-library-react';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../api/problem';
import { AppLink } from '../components/AppLink';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { ErrorAlert } from '../components/ErrorAlert';
import { Field } from '../components/Field';
import { formatDateTime } from '../components/format';
import { useAnnounce } from '../components/LiveAnnouncer';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { NoAccessPage } from '../pages/NoAccessPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ClockPanel } from './ClockPanel';
import { fillSubjectName } from './subjectPlaceholder';
import { timelineText } from './timeline';
import { documentUrl, useAddNote, useDocumentText, useDossier, type Dossier } from './useCases';

// The letter renderer (Markdown with tables, ~170 kB) is loaded only when a letter is opened.
const MarkdownDocument = lazy(() => import('./MarkdownDocument').then((m) => ({ default: m.MarkdownDocument })));

/** Dossier: whom the case is about, what is open, the legal clocks, documents, decisions, notes and what happened, in plain words. */
export function DossierPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('cases');
  const dossier = useDossier(id);
  const announce = useAnnounce();

  if (dossier.isPending) return <Loading />;
  if (dossier.isError) {
    if (isApiError(dossier.error) && dossier.error.status === 403) return <NoAccessPage reason={t('dossier.noAccess')} />;
    if (isApiError(dossier.error) && dossier.error.status === 404) return <NotFoundPage what={t('dossier.notFound', { id })} />;
    return <ErrorAlert error={dossier.error} />;
  }
  const data = dossier.data;
  return (
    <article className="rw-dossier">
      <p className="rw-pre-heading utrecht-paragraph">{t('dossier.preHeading', { id: data.id })}</p>
      <PageTitle>{data.title ?? data.id}</PageTitle>
      <Summary data={data} />
      <div className="rw-dossier__columns">
        <div className="rw-dossier__main">
          <OpenTasks data={data} />
          <section aria-labelledby="clocks-heading">
            <Heading2 id="clocks-heading">{t('clocks.heading')}</Heading2>
            {data.clocks.length === 0 ? <Paragraph>{t('clocks.none')}</Paragraph> : null}
            {[...data.clocks].reverse().map((clock) => (
              <ClockPanel key={clock.id} caseFileId={data.id} clock={clock} onChanged={announce} />
            ))}
          </section>
          <Documents data={data} />
          <Decisions data={data} />
        </div>
        <div className="rw-dossier__side">
          <Notes data={data} onAdded={() => announce(t('notes.added'))} />
          <Timeline data={data} />
          <Instances data={data} />
        </div>
      </div>
    </article>
  );
}

function Summary({ data }: { data: Dossier }) {
  const { t, i18n } = useTranslation('cases');
  return (
    <dl className="rw-facts rw-facts--summary" aria-label={t('dossier.summary')}>
      <dt>{t('dossier.subject')}</dt>
      <dd data-testid="dossier-subject">
        {data.subject ? `${data.subject.name} · ${t('dossier.bsn')} ${data.subject.bsn}` : t('dossier.noSubject')}
      </dd>
      <dt>{t('dossier.zaaktype')}</dt>
      <dd>
        {data.zaaktype}
        {data.bezwaar ? ` · ${t('dossier.bezwaar')}` : ''}
      </dd>
      <dt>{t('dossier.team')}</dt>
      <dd>{data.team}</dd>
      <dt>{t('dossier.assignee')}</dt>
      <dd>{data.assignee ?? t('dossier.nobody')}</dd>
      <dt>{t('dossier.status')}</dt>
      <dd>{t(`status.${data.status}`)}</dd>
      <dt>{t('dossier.opened')}</dt>
      <dd>{formatDateTime(data.openedAt, i18n.language)}</dd>
    </dl>
  );
}

function OpenTasks({ data }: { data: Dossier }) {
  const { t } = useTranslation('cases');
  return (
    <section aria-labelledby="tasks-heading">
      <Heading2 id="tasks-heading">{t('tasks.heading')}</Heading2>
      {data.openTasks.length === 0 ? (
        <Paragraph>{t('tasks.none')}</Paragraph>
      ) : (
        <ul className="rw-list" data-testid="open-tasks">
          {data.openTasks.map((task) => (
            <li key={task.bookmarkId}>
              <span className="rw-kind">{t(`tasks.kind.${task.kind}`, { defaultValue: task.kind })}</span>
              <AppLink to={`/taak/${encodeURIComponent(task.bookmarkId)}`}>{task.title}</AppLink>
              <span className="rw-muted">
                {' '}
                · {task.assignedTo ? t('tasks.heldBy', { name: task.assignedTo }) : t('tasks.free')}
                {task.dueDate ? ' · ' : ''}
              </span>
              {task.dueDate ? <DeadlineBadge deadline={task.dueDate} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Documents({ data }: { data: Dossier }) {
  const { t, i18n } = useTranslation('cases');
  const [open, setOpen] = useState<string | null>(null);
  const text = useDocumentText(data.id, open);
  const opened = data.documents.find((d) => d.id === open);
  return (
    <section aria-labelledby="documents-heading">
      <Heading2 id="documents-heading">{t('documents.heading')}</Heading2>
      {data.documents.length === 0 ? (
        <Paragraph>{t('documents.none')}</Paragraph>
      ) : (
        <ul className="rw-list" data-testid="documents">
          {[...data.documents].reverse().map((document) => (
            <li key={document.id} data-kind={document.kind}>
              <strong>{document.title}</strong>
              <span className="rw-muted">
                {' '}
                · {t(`documents.kind.${document.kind}`, { defaultValue: document.kind })} · {formatDateTime(document.createdAt, i18n.language)}
              </span>
              <ButtonGroup className="rw-inline-actions">
                <Button appearance="subtle-button" aria-expanded={open === document.id} onClick={() => setOpen(open === document.id ? null : document.id)}>
                  {open === document.id ? t('documents.close') : t('documents.open')}
                  <span className="rw-visually-hidden">: {document.title}</span>
                </Button>
                <a className="utrecht-link utrecht-link--html-a" href={documentUrl(data.id, document.id, true)} download>
                  {t('documents.download')}
                  <span className="rw-visually-hidden">: {document.title}</span>
                </a>
              </ButtonGroup>
            </li>
          ))}
        </ul>
      )}
      {opened ? (
        <section className="rw-document rw-panel" aria-label={t('documents.reading', { title: opened.title })} data-testid="document-view">
          {text.isPending ? (
            <Loading />
          ) : text.isError ? (
            <ErrorAlert error={text.error} />
          ) : opened.contentType === 'text/markdown' ? (
            <Suspense fallback={<Loading />}>
              <MarkdownDocument text={fillSubjectName(text.data, data.subject)} />
            </Suspense>
          ) : (
            <pre className="rw-document__text">{text.data}</pre>
          )}
        </section>
      ) : null}
    </section>
  );
}

function Decisions({ data }: { data: Dossier }) {
  const { t, i18n } = useTranslation('cases');
  return (
    <section aria-labelledby="decisions-heading">
      <Heading2 id="decisions-heading">{t('decisions.heading')}</Heading2>
      {data.decisions.length === 0 ? (
        <Paragraph>{t('decisions.none')}</Paragraph>
      ) : (
        <div className="rw-table-scroll">
          <Table data-testid="decisions">
            <TableCaption className="rw-visually-hidden">{t('decisions.heading')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('decisions.point')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('decisions.choice')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('decisions.reason')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('decisions.who')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.decisions.map((decision, index) => (
                <TableRow key={index}>
                  <TableCell>{decision.discretionId}</TableCell>
                  <TableCell>
                    {decision.option}
                    <span className="rw-muted">
                      {' '}
                      · {decision.deviation ? t('decisions.deviation', { option: decision.defaultOption }) : t('decisions.default')}
                    </span>
                  </TableCell>
                  <TableCell>{decision.reason ?? '–'}</TableCell>
                  <TableCell>
                    {decision.decidedBy}
                    <span className="rw-muted"> · {decision.decidedAt ? formatDateTime(decision.decidedAt, i18n.language) : ""}</span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

function Notes({ data, onAdded }: { data: Dossier; onAdded: () => void }) {
  const { t, i18n } = useTranslation('cases');
  const add = useAddNote(data.id);
  const [text, setText] = useState('');
  const errors = isApiError(add.error) ? add.error.fieldErrors() : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(text, {
      onSuccess: () => {
        setText('');
        onAdded();
      },
    });
  };
  return (
    <section aria-labelledby="notes-heading" className="rw-panel">
      <Heading2 id="notes-heading">{t('notes.heading')}</Heading2>
      {data.status === 'Open' ? (
        <form onSubmit={submit} noValidate className="rw-form">
          <Field label={t('notes.new')} description={t('notes.hint')} error={errors.text}>
            <Textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
          {add.error && !errors.text ? <ErrorAlert error={add.error} /> : null}
          <Button type="submit" appearance="secondary-action-button" busy={add.isPending} disabled={add.isPending}>
            {t('notes.add')}
          </Button>
        </form>
      ) : null}
      {data.notes.length === 0 ? (
        <Paragraph>{t('notes.none')}</Paragraph>
      ) : (
        <ul className="rw-list" data-testid="notes">
          {data.notes.map((note) => (
            <li key={note.id}>
              <Paragraph className="rw-prewrap">{note.text}</Paragraph>
              <span className="rw-muted">{t('notes.by', { author: note.author, at: formatDateTime(note.createdAt, i18n.language) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const timelineLength = 15;

function Timeline({ data }: { data: Dossier }) {
  const { t, i18n } = useTranslation('cases');
  const [all, setAll] = useState(false);
  const title = (id: string) => data.documents.find((d) => d.id === id)?.title;
  const events = [...data.timeline].reverse();
  const shown = all ? events : events.slice(0, timelineLength);
  return (
    <section aria-labelledby="timeline-heading">
      <Heading2 id="timeline-heading">{t('timeline.heading')}</Heading2>
      <ol className="rw-timeline" data-testid="timeline" reversed>
        {shown.map((event, index) => {
          const words = timelineText(event, title, i18n.language);
          return (
            <li key={index}>
              <span className="rw-timeline__at">{formatDateTime(event.at, i18n.language)}</span>
              <span>{t(words.key, words.values)}</span>
            </li>
          );
        })}
      </ol>
      {events.length > timelineLength ? (
        <Button appearance="subtle-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('timeline.showLatest', { count: timelineLength }) : t('timeline.showAll', { count: events.length })}
        </Button>
      ) : null}
    </section>
  );
}

function Instances({ data }: { data: Dossier }) {
  const { t, i18n } = useTranslation('cases');
  return (
    <section aria-labelledby="instances-heading">
      <Heading2 id="instances-heading">{t('instances.heading')}</Heading2>
      <ul className="rw-list" data-testid="instances">
        {data.instances.map((instance) => (
          <li key={instance.id}>
            <strong>{instance.workflowName ?? instance.definitionId}</strong>
            <span className="rw-muted">
              {' '}
              · {t('instances.version', { version: instance.version })} · {t(`instances.status.${instance.status}`)} ·{' '}
              {t('instances.started', { at: formatDateTime(instance.createdAt, i18n.language) })}
              {instance.parentInstanceId ? ` · ${t('instances.sub')}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
