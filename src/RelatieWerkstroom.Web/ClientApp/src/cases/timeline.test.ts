import { describe, expect, it } from 'vitest';
import { formatDate } from '../components/format';
import { timelineText } from './timeline';
import type { DossierEvent } from './useCases';

const event = (kind: string, details: Record<string, unknown> | null, activityName: string | null = null): DossierEvent =>
  ({ at: '2026-12-02T10:00:00Z', kind, actor: 'consulent.noord', instanceId: 'i', activityId: 'A', activityName, details }) as DossierEvent;

describe('timeline in plain words', () => {
  it('names a deviating decision apart from one that follows the default', () => {
    expect(timelineText(event('DiscretionDecided', { option: 'inwoner', defaultOption: 'register', deviation: true }), () => undefined, 'nl').key).toBe(
      'timeline.DiscretionDeviated',
    );
    expect(timelineText(event('DiscretionDecided', { option: 'register', defaultOption: 'register', deviation: false }), () => undefined, 'nl').key).toBe(
      'timeline.DiscretionDecided',
    );
  });

  it('fills in the document title of a generated document', () => {
    const text = timelineText(event('DocumentGenerated', { kind: 'beschikking', documentId: 'd1' }), (id) => (id === 'd1' ? 'Beschikking Wmo' : undefined), 'nl');
    expect(text.values.document).toBe('Beschikking Wmo');
  });

  it('says when an ingebrekestelling was received and for which term', () => {
    const text = timelineText(event('IngebrekestellingReceived', { clock: 'beslistermijn', receivedOn: '2026-11-03' }), () => undefined, 'nl');
    expect(text).toMatchObject({ key: 'timeline.IngebrekestellingReceived', values: { clock: 'beslistermijn', receivedOn: formatDate('2026-11-03', 'nl') } });
  });

  it('writes the dates in its sentences as the other screens do, never as 2026-03-04', async () => {
    const { default: i18n } = await import('../i18n');
    const sentence = (kind: string, details: Record<string, unknown>, language: string) => {
      const words = timelineText(event(kind, details), () => undefined, language);
      return i18n.getFixedT(language, 'cases')(words.key, words.values);
    };
    expect(sentence('ClockStarted', { clock: 'beslistermijn', deadline: '2026-03-04' }, 'nl')).toBe(
      `Termijn beslistermijn gestart; uiterlijk ${formatDate('2026-03-04', 'nl')}`,
    );
    expect(formatDate('2026-03-04', 'nl')).toMatch(/^4 mrt\.? 2026$/);
    expect(sentence('IngebrekestellingReceived', { clock: 'beslistermijn', receivedOn: '2026-03-04' }, 'en')).toContain('4 Mar 2026');
    for (const kind of ['ClockResumed', 'ClockExtended', 'ClockWarning', 'ClockBreached'])
      expect(sentence(kind, { clock: 'beslistermijn', deadline: '2026-03-04', term: '6 weken' }, 'nl')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('says to whom a team lead gave a task', () => {
    const text = timelineText(event('TaskAssigned', { assignee: 'consulent.noord', heldBy: 'teamleider.noord' }), () => undefined, 'nl');
    expect(text).toMatchObject({ key: 'timeline.TaskAssigned', values: { assignee: 'consulent.noord' } });
  });

  it('keeps an unknown event readable', () => {
    expect(timelineText(event('SomethingNew', null), () => undefined, 'nl')).toMatchObject({ key: 'timeline.other', values: { kind: 'SomethingNew' } });
  });
});
