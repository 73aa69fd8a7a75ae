import type { ElsaDefinition } from '../model/elsa';
import { isObject } from '../model/json';

/** A stable definition id from a name: lower case, words joined by dashes. */
export function definitionIdFrom(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-');
}

/** An empty Elsa 3 flowchart; the designer adds the steps. */
export function newDefinition(definitionId: string, name: string): ElsaDefinition {
  return {
    id: `${definitionId}:v1`,
    definitionId,
    name,
    description: '',
    version: 1,
    toolVersion: '3.0.0.0',
    variables: [],
    inputs: [],
    outputs: [],
    outcomes: [],
    customProperties: {},
    isLatest: true,
    isPublished: false,
    root: { type: 'Elsa.Flowchart', version: 1, id: 'Flowchart1', metadata: {}, customProperties: {}, activities: [], connections: [] },
  };
}

/**
 * A copy of `source` as a new workflow (version 1, a draft) under `definitionId` and `name`. The copy is the
 * municipality's own: it loses the `referenceWorkflow` mark, so once published caseworkers can take in cases on it.
 */
export function copyDefinition(source: ElsaDefinition, definitionId: string, name: string): ElsaDefinition {
  const custom = isObject(source.customProperties) ? { ...source.customProperties } : {};
  delete custom.referenceWorkflow;
  return { ...source, id: `${definitionId}:v1`, definitionId, name, version: 1, isLatest: true, isPublished: false, customProperties: custom };
}
