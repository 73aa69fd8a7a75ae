import { describe, expect, it } from 'vitest';
import { change, originRows, type WhatIfFigures } from './whatIf';

const figures = (origins: [string, number][]): WhatIfFigures => ({
  version: 1, isPublished: true, casesOpened: 10, casesFinished: 5, tasksCompleted: 20, decisions: 8, leadTimes: [],
  burdenByOrigin: origins.map(([origin, professionalHours]) => ({ origin, executions: 1, professionalHours, professionalEuros: 0, citizenHours: 0, citizenOutOfPocket: 0 })),
  burden: { professionalHours: 0, professionalEuros: 0, citizenHours: 0, citizenOutOfPocket: 0 },
  breaches: 0, breachWarnings: 0, dwangsomOwed: 0, breachesByClock: [], discretion: [], problems: [],
});

describe('what-if comparison', () => {
  it('says whether the draft costs less, more or the same', () => {
    expect(change(10, 8.5)).toEqual({ delta: -1.5, direction: 'less' });
    expect(change(10, 12)).toEqual({ delta: 2, direction: 'more' });
    expect(change(10, 10.001)).toEqual({ delta: 0, direction: 'same' });
    expect(change(undefined, 3).direction).toBe('none');
  });

  it('lists every origin either run has, in the report order', () => {
    const rows = originRows(figures([['internal', 1], ['national', 5]]), figures([['local', 2], ['national', 6]]));
    expect(rows.map((r) => r.origin)).toEqual(['national', 'local', 'internal']);
    expect(rows[1]?.draft).toBeUndefined();
  });
});
