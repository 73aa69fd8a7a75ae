import { describe, expect, it } from 'vitest';
import { timelineText } from './timeline';
import type { DossierEvent } from './useCases';

const event = (kind: string, details: Record<string, unknown> | null, activityName: string | null = null): DossierEvent =>
  ({ at: '2026-12-02T10:00:00Z', kind, actor: 'consulent.noord', instanceId: 'i', activityId: 'A', activityName, details }) as DossierEvent;

describe('timeline in plain words', () => {
  it('names a deviating decision apart from one that follows the default', () => {
    expect(timelineText(event('DiscretionDecided', { option: 'inwoner', defaultOption: 'register', deviation: true }), () => undefined).key).toBe(
      'timeline.DiscretionDeviated',
    );
    expect(timelineText(event('DiscretionDecided', { option: 'register', defaultOption: 'register', deviation: false }), () => undefined).key).toBe(
      'timeline.DiscretionDecided',
    );
  });

  it('fills in the document title of a generated document', () => {
    const text = timelineText(event('DocumentGenerated', { kind: 'beschikking', documentId: 'd1' }), (id) => (id === 'd1' ? 'Beschikking Wmo' : undefined));
    expect(text.values.document).toBe('Beschikking Wmo');
  });

  it('says when an ingebrekestelling was received and for which term', () => {
    const text = timelineText(event('IngebrekestellingReceived', { clock: 'beslistermijn', receivedOn: '2026-11-03' }), () => undefined);
    expect(text).toMatchObject({ key: 'timeline.IngebrekestellingReceived', values: { clock: 'beslistermijn', receivedOn: '2026-11-03' } });
  });

  it('says to whom a team lead gave a task', () => {
    const text = timelineText(event('TaskAssigned', { assignee: 'consulent.noord', heldBy: 'teamleider.noord' }), () => undefined);
    expect(text).toMatchObject({ key: 'timeline.TaskAssigned', values: { assignee: 'consulent.noord' } });
  });

  it('keeps an unknown event readable', () => {
    expect(timelineText(event('SomethingNew', null), () => undefined)).toMatchObject({ key: 'timeline.other', values: { kind: 'SomethingNew' } });
  });
});
