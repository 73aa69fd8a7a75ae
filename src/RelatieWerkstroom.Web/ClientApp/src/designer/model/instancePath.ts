import type { NodeMark } from './flowGraph';

/** One journal row as the host returns it (camelCase JournalEntry, without personal data). */
export interface JournalRow {
  sequence: number;
  activityId?: string | null;
  activityName?: string | null;
  kind: string;
  actor?: string | null;
  timestamp: string;
  outcome?: string | null;
}

export interface WaitingPoint {
  activityId: string;
}

/**
 * Which activities an instance has run and where it waits: an activity is executed once the journal has its
 * ActivityCompleted; it is waiting while a bookmark points at it (waiting wins, a loop may run a step again).
 */
export function instanceMarks(journal: readonly JournalRow[], waiting: readonly WaitingPoint[]): Map<string, NodeMark> {
  const marks = new Map<string, NodeMark>();
  for (const row of journal) if (row.kind === 'ActivityCompleted' && row.activityId) marks.set(row.activityId, 'executed');
  for (const point of waiting) marks.set(point.activityId, 'waiting');
  return marks;
}
