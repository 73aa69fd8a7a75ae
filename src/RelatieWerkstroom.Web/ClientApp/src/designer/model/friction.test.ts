import { describe, expect, it } from 'vitest';
import { parseAmount, readFriction, withFrictionField } from './friction';

describe('friction amounts', () => {
  it('reads 0 or more, with a Dutch comma or a point, and empty as not given', () => {
    expect(parseAmount('1500')).toEqual({ ok: true, value: 1500 });
    expect(parseAmount(' 12,50 ')).toEqual({ ok: true, value: 12.5 });
    expect(parseAmount('0.75')).toEqual({ ok: true, value: 0.75 });
    expect(parseAmount('')).toEqual({ ok: true, value: undefined });
  });

  it('refuses a negative amount, text and a number field without a number', () => {
    expect(parseAmount('-5').ok).toBe(false);
    expect(parseAmount('vijf').ok).toBe(false);
    expect(parseAmount('1.500,00').ok).toBe(false);
    expect(parseAmount('', true).ok).toBe(false);
  });

  it('writes businessOutOfPocket into the annotation and keeps every other field', () => {
    const activity = { id: 'A', type: 'Elsa.FlowNode', customProperties: { other: 1, friction: { origin: 'contract', minutes: 480, extra: 'x' } } };
    const changed = withFrictionField(activity, 'businessOutOfPocket', 1500);
    expect(changed.customProperties).toEqual({ other: 1, friction: { origin: 'contract', minutes: 480, extra: 'x', businessOutOfPocket: 1500 } });
    expect(readFriction(changed)?.businessOutOfPocket).toBe(1500);
    expect(withFrictionField(changed, 'businessOutOfPocket', undefined).customProperties).toEqual(activity.customProperties);
  });
});
