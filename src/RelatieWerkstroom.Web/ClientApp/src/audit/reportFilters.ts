import { todayInNetherlands } from '../worklist/deadline';

export const periods = ['3m', '6m', '12m', 'all', 'custom'] as const;
export type Period = (typeof periods)[number];

/** The dashboard's filters, kept in the address bar so a view can be shared with a colleague or a ministry. */
export interface ReportFilters {
  period: Period;
  from: string;
  to: string;
  workflow: string;
  /** A definition version of the chosen workflow; '' = every version. */
  version: string;
  team: string;
}

export interface ReportQuery {
  from?: string;
  to?: string;
  workflow?: string[];
  version?: number[];
  team?: string[];
}

const isPeriod = (value: string | null): value is Period => periods.includes(value as Period);

export function readReportFilters(params: URLSearchParams): ReportFilters {
  const period = params.get('periode');
  return {
    period: isPeriod(period) ? period : '12m',
    from: params.get('van') ?? '',
    to: params.get('tot') ?? '',
    workflow: params.get('werkstroom') ?? '',
    version: params.get('werkstroom') ? (params.get('versie') ?? '') : '',
    team: params.get('team') ?? '',
  };
}

export function writeReportFilters(filters: ReportFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.period !== '12m') params.set('periode', filters.period);
  if (filters.period === 'custom') {
    if (filters.from) params.set('van', filters.from);
    if (filters.to) params.set('tot', filters.to);
  }
  if (filters.workflow) params.set('werkstroom', filters.workflow);
  if (filters.workflow && filters.version) params.set('versie', filters.version);
  if (filters.team) params.set('team', filters.team);
  return params;
}

/** The first day of the month `months` before today's month, so "last 3 months" covers three whole months and this one. */
export function monthsBack(today: string, months: number): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** The report API's query for these filters (intake dates, Amsterdam time, as the CLI's --from/--to). */
export function toReportQuery(filters: ReportFilters, today = todayInNetherlands()): ReportQuery {
  const query: ReportQuery = {};
  const months = { '3m': 3, '6m': 6, '12m': 12 } as const;
  if (filters.period in months) {
    query.from = monthsBack(today, months[filters.period as keyof typeof months]);
    query.to = today;
  } else if (filters.period === 'custom') {
    if (filters.from) query.from = filters.from;
    if (filters.to) query.to = filters.to;
  }
  if (filters.workflow) query.workflow = [filters.workflow];
  if (filters.workflow && /^\d+$/.test(filters.version)) query.version = [Number(filters.version)];
  if (filters.team) query.team = [filters.team];
  return query;
}

/**
 * The workflow a one-workflow view (the process map) opens on: the one with the most cases, the first by name on a tie,
 * so a tiny workflow that happens to sort first does not greet the auditor with "fewer than 5 cases".
 */
export function busiestWorkflow(workflows: readonly { id: string; instances: number }[]): string | undefined {
  let best: { id: string; instances: number } | undefined;
  for (const w of workflows) if (!best || w.instances > best.instances) best = w;
  return best?.id;
}
