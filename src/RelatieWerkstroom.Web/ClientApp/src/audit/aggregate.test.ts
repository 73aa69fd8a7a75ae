import { describe, expect, it } from 'vitest';
import type { components } from '../api/schema';
import { discretionByTeam, widestSpread } from './aggregate';

const row = (team: string, period: string, decisions: number | null, deviations: number | null, suppressed = false): components['schemas']['DiscretionRow'] => ({
  workflow: 'rw1',
  version: 1,
  discretionId: 'hulpmiddel',
  team,
  period,
  cases: decisions ?? 2,
  suppressed,
  decisions,
  deviations,
  deviationRate: null,
  reasonsGiven: null,
  meanReasonLength: null,
  events: 0,
});

describe('discretion by team', () => {
  it('adds periods up and computes the rate from the sums, not an average of rates', () => {
    const [noord] = discretionByTeam([row('noord', '2026-01', 10, 1), row('noord', '2026-02', 30, 9)]);
    expect(noord).toMatchObject({ team: 'noord', decisions: 40, deviations: 10, deviationRate: 0.25, suppressed: false });
  });

  it('shows no rate for a team with a suppressed period, so a small group cannot be derived by subtraction', () => {
    const [zuid] = discretionByTeam([row('zuid', '2026-01', 10, 2), row('zuid', '2026-02', null, null, true)]);
    expect(zuid).toMatchObject({ suppressed: true, deviationRate: null });
  });
});

describe('widest spread', () => {
  const group = (discretionId: string, team: string, deviationRate: number | null) => ({
    workflow: 'rw1',
    discretionId,
    team,
    decisions: 10,
    deviations: 0,
    deviationRate,
    suppressed: deviationRate == null,
  });

  it('picks the points where the shown rates of teams differ most, leaving out points with one shown team', () => {
    const points = widestSpread(
      [group('a', 'noord', 0.1), group('a', 'zuid', 0.2), group('b', 'noord', 0.5), group('b', 'zuid', null), group('c', 'noord', 0), group('c', 'zuid', 0.4)],
      5,
    );
    expect(points.map((p) => p.discretionId)).toEqual(['c', 'a']);
    expect(points[0]?.spread).toBeCloseTo(0.4);
  });
});
