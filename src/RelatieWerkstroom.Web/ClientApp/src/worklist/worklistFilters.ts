import type { WorklistQuery } from './useWorklist';
import { todayInNetherlands } from './deadline';

/** The worklist's filters as they appear in the address bar, so a view can be bookmarked and shared. */
export interface WorklistFilters {
  scope: 'mine' | 'team';
  team: string;
  role: string;
  workflow: string;
  overdue: boolean;
  page: number;
}

export const pageSize = 25;

export function readFilters(params: URLSearchParams): WorklistFilters {
  const page = Number.parseInt(params.get('pagina') ?? '1', 10);
  return {
    scope: params.get('toon') === 'mijn' ? 'mine' : 'team',
    team: params.get('team') ?? '',
    role: params.get('rol') ?? '',
    workflow: params.get('werkstroom') ?? '',
    overdue: params.get('telaat') === 'ja',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function writeFilters(filters: WorklistFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.scope === 'mine') params.set('toon', 'mijn');
  if (filters.team) params.set('team', filters.team);
  if (filters.role) params.set('rol', filters.role);
  if (filters.workflow) params.set('werkstroom', filters.workflow);
  if (filters.overdue) params.set('telaat', 'ja');
  if (filters.page > 1) params.set('pagina', String(filters.page));
  return params;
}

/** Translates the screen's filters into the API's query ("overdue" = deadline before today). */
export function toQuery(filters: WorklistFilters, userName: string, today = todayInNetherlands()): WorklistQuery {
  const query: WorklistQuery = { page: filters.page, pageSize };
  if (filters.scope === 'mine') query.assignee = userName;
  if (filters.team) query.team = filters.team;
  if (filters.role) query.role = filters.role;
  if (filters.workflow) query.definitionId = filters.workflow;
  if (filters.overdue) query.dueBefore = today;
  return query;
}
