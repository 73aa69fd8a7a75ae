import { describe, expect, it } from 'vitest';
import { readDefinition } from '../model/elsa';
import { referenceWorkflow } from '../testing/referenceWorkflows';
import { copyDefinition } from './newDefinition';

describe('copyDefinition', () => {
  const rw1 = readDefinition(JSON.parse(referenceWorkflow('rw1')));

  it('makes a draft of version 1 under the new id and name, keeping the steps and the zaaktype', () => {
    const copy = copyDefinition(rw1, 'rw1-kopie', 'Kopie van RW-1');
    expect([copy.id, copy.definitionId, copy.name, copy.version, copy.isPublished]).toEqual(['rw1-kopie:v1', 'rw1-kopie', 'Kopie van RW-1', 1, false]);
    expect(copy.root).toEqual(rw1.root);
    expect(copy.customProperties).toMatchObject({ zaaktype: 'wmo-maatwerkvoorziening' });
  });

  it('drops the reference mark, so the published copy can be taken in at the desk', () => {
    expect(rw1.customProperties).toMatchObject({ referenceWorkflow: true });
    expect(copyDefinition(rw1, 'x', 'X').customProperties).not.toHaveProperty('referenceWorkflow');
    expect(rw1.customProperties).toMatchObject({ referenceWorkflow: true });
  });
});
