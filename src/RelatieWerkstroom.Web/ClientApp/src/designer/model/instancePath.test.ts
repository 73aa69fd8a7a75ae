import { describe, expect, it } from 'vitest';
import { instanceMarks, type JournalRow } from './instancePath';

const row = (sequence: number, activityId: string, kind: string): JournalRow => ({ sequence, activityId, kind, timestamp: '2026-12-01T09:00:00Z' });

describe('instance path', () => {
  it('marks completed activities as executed and bookmarked ones as waiting, even when they ran before', () => {
    const marks = instanceMarks(
      [row(1, 'Start', 'ActivityStarted'), row(2, 'Start', 'ActivityCompleted'), row(3, 'Intake', 'ActivityStarted'),
        row(4, 'Intake', 'ActivityCompleted'), row(5, 'Besluit', 'ActivityStarted'), row(6, 'Intake', 'ActivityStarted')],
      [{ activityId: 'Intake' }, { activityId: 'Besluit' }],
    );
    expect(Object.fromEntries(marks)).toStrictEqual({ Start: 'executed', Intake: 'waiting', Besluit: 'waiting' });
  });
});
