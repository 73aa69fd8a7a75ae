import { describe, expect, it } from 'vitest';
import { humanize, reportLabels } from './reportLabels';
import type { ReportChoices } from './useReport';

const choices: ReportChoices = {
  tariffSource: 'voorbeeld',
  teams: [{ id: 'wijkteam-noord', name: 'Wijkteam Noord' }],
  workflows: [
    {
      id: 'rw1',
      name: 'RW-1 Wmo maatwerkvoorziening',
      versions: [1],
      instances: 12,
      discretionPoints: [
        { id: 'RW1-DP1', question: 'Hoe pakken we de melding op?', options: [{ id: 'advies', label: 'Informatie en advies' }] },
      ],
    },
  ],
};

describe('report labels', () => {
  it('names workflows, teams, discretion points and options from the choices', () => {
    const labels = reportLabels(choices);
    expect(labels.workflow('rw1')).toBe('RW-1 Wmo maatwerkvoorziening');
    expect(labels.team('wijkteam-noord')).toBe('Wijkteam Noord');
    expect(labels.discretionPoint('rw1', 'RW1-DP1')).toBe('Hoe pakken we de melding op?');
    expect(labels.option('rw1', 'advies')).toBe('Informatie en advies');
  });

  it('shows a readable code where nothing names it', () => {
    const labels = reportLabels(undefined);
    expect(labels.workflow('rw9')).toBe('rw9');
    expect(labels.option('rw1', 'buiten-behandeling')).toBe('Buiten behandeling');
    expect(labels.clock('beslistermijn-bezwaar')).toBe('Beslistermijn bezwaar');
    expect(humanize('')).toBe('');
  });
});
