import { describe, expect, it } from 'vitest';
import { readDefinition } from '../model/elsa';
import { referenceWorkflow } from '../testing/referenceWorkflows';
import { findStep, stepChoices } from './GoToStep';

describe('"Ga naar stap"', () => {
  const rw1 = readDefinition(JSON.parse(referenceWorkflow('rw1')));
  const choices = stepChoices(rw1);

  it('lists every step of RW-1 by name, alphabetically, with the id only where two steps share a name', () => {
    expect(choices).toHaveLength(rw1.root.activities.length);
    expect(choices.map((c) => c.label)).toEqual([...choices.map((c) => c.label)].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(choices.filter((c) => c.label.startsWith('Zaak sluiten')).map((c) => c.label)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Zaak sluiten \(.+\)$/)]),
    );
    expect(choices.find((c) => c.id === 'Einde')?.label).toBe('Einde');
  });

  it('finds a step by its exact name or id, whatever the case, else by a part of its name', () => {
    expect(findStep(choices, 'uitvoering en bezwaar afgerond')).toBe('ZaakAfronden');
    expect(findStep(choices, 'DpTriage')).toBe('DpTriage');
    expect(findStep(choices, 'bezwaar afgerond')).toBe('ZaakAfronden');
    expect(findStep(choices, 'bestaat niet')).toBeUndefined();
    expect(findStep(choices, '  ')).toBeUndefined();
  });
});
