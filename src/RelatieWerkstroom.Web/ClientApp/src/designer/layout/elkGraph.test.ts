import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { fixtureDescriptors } from '../testing/descriptorFixture';
import { referenceWorkflow } from '../testing/referenceWorkflows';
import { indexDescriptors } from '../model/descriptors';
import { readDefinition } from '../model/elsa';
import { moveActivities } from '../model/edit';
import { positionsFromElk, toElkGraph } from './elkGraph';

describe('auto-layout graph', () => {
  it('places every activity of RW-1 top to bottom, each connection running downward except loops, no wider than a screen', async () => {
    const descriptors = indexDescriptors(fixtureDescriptors);
    const rw1 = readDefinition(JSON.parse(referenceWorkflow('rw1')));
    const positions = positionsFromElk(await new ELK().layout(toElkGraph(rw1, descriptors)));
    expect(positions.size).toBe(JSON.parse(referenceWorkflow('rw1')).root.activities.length);
    const laidOut = moveActivities(rw1, positions);
    const y = (id: string) => positions.get(id)!.y;
    expect(y('MeldingRegistreren')).toBeGreaterThan(y('Start'));
    const forward = rw1.root.connections.filter((c) => y(c.target.activity) > y(c.source.activity)).length;
    const xs = [...positions.values()].map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(1400);
    expect(forward / rw1.root.connections.length).toBeGreaterThan(0.85);
    // No two activities on top of each other.
    const spots = new Set([...positions.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(spots.size).toBe(JSON.parse(referenceWorkflow('rw1')).root.activities.length);
    expect(laidOut).not.toBe(rw1);
  }, 60_000); // ELK lays out RW-1's ~90 nodes in a few seconds on a busy machine; this is not a timing test
});
