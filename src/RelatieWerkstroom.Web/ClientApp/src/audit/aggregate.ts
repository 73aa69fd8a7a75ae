import type { components } from '../api/schema';

type DiscretionRow = components['schemas']['DiscretionRow'];

export interface DiscretionByTeam {
  workflow: string;
  discretionId: string;
  team: string;
  decisions: number;
  deviations: number;
  /** null when any period of the group was suppressed (too few cases to show). */
  deviationRate: number | null;
  suppressed: boolean;
}

/** Adds the per-period discretion rows up per workflow, discretion point and team (the dashboard's period is the filter). */
export function discretionByTeam(rows: readonly DiscretionRow[]): DiscretionByTeam[] {
  const groups = new Map<string, DiscretionByTeam>();
  for (const row of rows) {
    const key = `${row.workflow}\u0000${row.discretionId}\u0000${row.team}`;
    const group = groups.get(key) ?? { workflow: row.workflow, discretionId: row.discretionId, team: row.team, decisions: 0, deviations: 0, deviationRate: null, suppressed: false };
    if (row.suppressed || row.decisions == null) group.suppressed = true;
    else {
      group.decisions += Number(row.decisions);
      group.deviations += Number(row.deviations ?? 0);
    }
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, deviationRate: g.suppressed || g.decisions === 0 ? null : g.deviations / g.decisions }))
    .sort((a, b) => a.workflow.localeCompare(b.workflow) || a.discretionId.localeCompare(b.discretionId) || a.team.localeCompare(b.team));
}

/** A discretion point with the deviation rate of every team that has one shown. */
export interface PointSpread {
  workflow: string;
  discretionId: string;
  spread: number;
}

/**
 * The discretion points whose shown deviation rates differ most between teams, widest first. Only points with at least
 * two teams with a shown rate count, so the chart never compares a team with a suppressed one.
 */
export function widestSpread(groups: readonly DiscretionByTeam[], take: number): PointSpread[] {
  const points = new Map<string, { workflow: string; discretionId: string; rates: number[] }>();
  for (const g of groups) {
    if (g.deviationRate == null) continue;
    const key = `${g.workflow}\u0000${g.discretionId}`;
    const point = points.get(key) ?? { workflow: g.workflow, discretionId: g.discretionId, rates: [] };
    point.rates.push(g.deviationRate);
    points.set(key, point);
  }
  return [...points.values()]
    .filter((p) => p.rates.length > 1)
    .map((p) => ({ workflow: p.workflow, discretionId: p.discretionId, spread: Math.max(...p.rates) - Math.min(...p.rates) }))
    .sort((a, b) => b.spread - a.spread || a.workflow.localeCompare(b.workflow) || a.discretionId.localeCompare(b.discretionId))
    .slice(0, take);
}
