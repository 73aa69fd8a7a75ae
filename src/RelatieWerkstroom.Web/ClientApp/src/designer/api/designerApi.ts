import type { components } from '../../api/schema';
import { hostFetch } from '../../api/hostFetch';
import { ApiError, type Problem } from '../../api/problem';
import type { ActivityDescriptor } from '../model/descriptors';
import type { ElsaDefinition } from '../model/elsa';
import type { JournalRow } from '../model/instancePath';
import type { ValidationProblem } from '../model/problems';
import type { WhatIfResult } from '../model/whatIf';

/**
 * The designer's calls to the host. One adapter, so the screens do not care how the API spells its routes.
 * Problems from the server are RFC 9457 documents; they become {@link ApiError}s.
 */

export interface DefinitionSummary {
  definitionId: string;
  name: string;
  latestVersion: number;
  publishedVersion?: number | null;
  isPublished: boolean;
  changedBy?: string | null;
  changedAt?: string | null;
}

export interface VersionSummary {
  id: string;
  version: number;
  isLatest: boolean;
  isPublished: boolean;
  changedBy?: string | null;
  changedAt?: string | null;
}

export type { ValidationProblem } from '../model/problems';

async function call<T>(method: string, url: string, body?: unknown, contentType = 'application/json'): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = contentType;
  const response = await hostFetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) throw new ApiError(response.status, json as Problem | undefined);
  return json as T;
}

const enc = encodeURIComponent;

export interface StepCatalogueEntry {
  name: string;
  description?: string | null;
}

/** A named term of the municipality settings (GET /api/legal-terms), as the generated API types describe it. */
export type LegalTermEntry = components['schemas']['LegalTermEntry'];
export type LegalTermList = components['schemas']['LegalTermList'];

export interface InstanceSummary {
  id: string;
  definitionId: string;
  definitionName?: string | null;
  definitionVersion: number;
  status: string;
  createdAt?: string;
  updatedAt?: string;
  bookmarks?: { activityId: string; kind?: string; name?: string | null }[];
}

export interface InstanceListPage {
  items: InstanceSummary[];
  total: number;
}

export const designerApi = {
  instance: (id: string) => call<InstanceSummary>('GET', `/api/instances/${enc(id)}`),
  instances: (definitionId: string) =>
    call<InstanceListPage>('GET', `/api/instances?definitionId=${enc(definitionId)}&pageSize=25`),
  journal: (id: string) => call<JournalRow[]>('GET', `/api/instances/${enc(id)}/journal`),
  legalTerms: () => call<LegalTermList>('GET', '/api/legal-terms'),
  stepCatalogue: () => call<StepCatalogueEntry[]>('GET', '/api/step-catalogue'),
  descriptors: () => call<ActivityDescriptor[]>('GET', '/api/activity-descriptors'),
  list: () => call<DefinitionSummary[]>('GET', '/api/definitions'),
  latest: (definitionId: string) => call<ElsaDefinition>('GET', `/api/definitions/${enc(definitionId)}`),
  versions: (definitionId: string) => call<VersionSummary[]>('GET', `/api/definitions/${enc(definitionId)}/versions`),
  version: (definitionId: string, version: number) =>
    call<ElsaDefinition>('GET', `/api/definitions/${enc(definitionId)}/versions/${version}`),
  saveDraft: (definition: ElsaDefinition) =>
    call<ElsaDefinition>('PUT', `/api/definitions/${enc(String(definition.definitionId))}/draft`, definition),
  validate: (definition: ElsaDefinition) => call<ValidationProblem[]>('POST', '/api/definitions/validate', definition),
  publish: (definitionId: string) => call<ElsaDefinition>('POST', `/api/definitions/${enc(definitionId)}/publish`),
  whatIf: (definitionId: string, run: { cases: number; months: number; seed: number; definition?: ElsaDefinition }) =>
    call<WhatIfResult>('POST', `/api/definitions/${enc(definitionId)}/what-if`, run),
  importJson: (json: string) => call<ElsaDefinition>('POST', '/api/definitions/import', json),
  exportUrl: (definitionId: string, version?: number) =>
    `/api/definitions/${enc(definitionId)}/export${version ? `?version=${version}` : ''}`,
};

/** The problems in a failed call's problem document (`errors` keyed `ActivityId: path` or `path`); a refusal lists errors only. */
export function problemsFromError(error: unknown): ValidationProblem[] {
  if (!(error instanceof ApiError) || !error.problem) return [];
  const problem = error.problem as Problem & { problems?: ValidationProblem[] };
  if (Array.isArray(problem.problems)) return problem.problems;
  return Object.entries(problem.errors ?? {}).flatMap(([key, messages]) => {
    const [activityId, ...rest] = key.split(':');
    const path = rest.join(':').trim();
    return (messages as string[]).map((message) => ({ activityId: path ? activityId : null, path: path || key, message, severity: 'Error' as const }));
  });
}
