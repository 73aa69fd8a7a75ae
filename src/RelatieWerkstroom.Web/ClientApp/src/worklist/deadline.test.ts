import { describe, expect, it } from 'vitest';
import { deadlineStatus, todayInNetherlands } from './deadline';

describe('deadline status', () => {
  const today = '2026-12-02';

  it('counts calendar days to the deadline', () => {
    expect(deadlineStatus('2026-12-03', today)).toEqual({ level: 'soon', days: 1 });
    expect(deadlineStatus('2026-12-07', today)).toEqual({ level: 'soon', days: 5 });
    expect(deadlineStatus('2026-12-08', today)).toEqual({ level: 'later', days: 6 });
  });

  it('says today on the deadline itself and overdue the day after', () => {
    expect(deadlineStatus('2026-12-02', today)).toEqual({ level: 'today', days: 0 });
    expect(deadlineStatus('2026-12-01', today)).toEqual({ level: 'overdue', days: -1 });
  });

  it('crosses month, year and daylight-saving boundaries without an off-by-one', () => {
    expect(deadlineStatus('2027-01-01', '2026-12-31').days).toBe(1);
    expect(deadlineStatus('2026-03-30', '2026-03-28').days).toBe(2);
    expect(deadlineStatus('2026-10-26', '2026-10-24').days).toBe(2);
  });

  it('has no level for work without a deadline', () => {
    expect(deadlineStatus(null, today)).toEqual({ level: 'none', days: null });
  });

  it("takes today's date in Dutch time, not UTC", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Amsterdam.
    expect(todayInNetherlands(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInNetherlands(new Date('2026-06-15T10:00:00Z'))).toBe('2026-06-15');
  });
});
