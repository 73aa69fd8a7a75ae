import { formatDate, formatDateTime } from '../components/format';
import type { DossierEvent } from './useCases';

/** The translation key (namespace cases) and values that put one timeline event in plain words. */
export interface TimelineText {
  key: string;
  values: Record<string, string>;
}

const known = new Set([
  'CaseOpened', 'CaseAssigned', 'CaseClosed', 'NoteAdded', 'TaskClaimed', 'TaskReleased', 'TaskAssigned', 'MeldingRegistered', 'RegistersConsulted',
  'InstanceStarted', 'InstanceFinished', 'InstanceFaulted', 'InstanceCancelled', 'InstanceRetried', 'TaskOpened', 'TaskCompleted',
  'DiscretionDecided', 'ClockStarted', 'ClockSuspended', 'ClockResumed', 'ClockExtended', 'ClockStopped', 'ClockExpired', 'ClockWarning',
  'ClockBreached', 'IngebrekestellingReceived', 'DocumentGenerated', 'MessageQueued', 'DecisionTaken', 'BezwaarReceived', 'RedTapeFlagged',
]);

const text = (details: DossierEvent['details'], name: string): string => {
  const value = (details as Record<string, unknown> | null | undefined)?.[name];
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoMoment = /^\d{4}-\d{2}-\d{2}T/;

/** A date or moment from the journal as the rest of the screens write it ("4 mrt 2026"); other text as it is. */
const day = (value: string, language: string): string =>
  isoDate.test(value) ? formatDate(value, language) : isoMoment.test(value) ? formatDateTime(value, language) : value;

/**
 * Chooses the sentence for an event: its kind picks the sentence, its details fill it in. A discretion decision
 * that deviates from the default gets its own sentence, so the deviation is read and not only shown.
 */
export function timelineText(event: DossierEvent, documentTitle: (id: string) => string | undefined, language: string): TimelineText {
  const d = event.details;
  const values: Record<string, string> = {
    actor: event.actor ?? '',
    activity: event.activityName ?? event.activityId ?? '',
    clock: text(d, 'clock'),
    receivedOn: day(text(d, 'receivedOn'), language),
    deadline: day(text(d, 'deadline'), language),
    term: text(d, 'term'),
    action: text(d, 'action'),
    assignee: text(d, 'assignee'),
    option: text(d, 'option') || text(d, 'decisionOption'),
    defaultOption: text(d, 'defaultOption'),
    soort: text(d, 'soort'),
    kanaal: text(d, 'kanaal'),
    kind: text(d, 'kind'),
    document: documentTitle(text(d, 'documentId')) ?? text(d, 'kind'),
  };
  if (!known.has(event.kind)) return { key: 'timeline.other', values: { ...values, kind: event.kind } };
  if (event.kind === 'DiscretionDecided' && text(d, 'deviation') === 'true') return { key: 'timeline.DiscretionDeviated', values };
  if (event.kind === 'TaskCompleted' && !values.action) return { key: 'timeline.TaskCompletedPlain', values };
  return { key: `timeline.${event.kind}`, values };
}
