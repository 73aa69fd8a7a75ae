import type { ElsaDefinition } from '../model/elsa';

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
