import { describe, expect, it } from 'vitest';
import { countProblems, errorsFirst, isError, problemsByActivity } from './problems';

const warning = { activityId: 'Los', path: 'activities[3]', message: 'never runs', severity: 'Warning' as const };
const error = { activityId: 'Dp', path: 'legalBasis', message: 'missing', severity: 'Error' as const };
const refusal = { activityId: 'Dp', path: 'defaultOption', message: 'missing' };

describe('problem severity', () => {
  it('treats a problem without a severity (a refusal from publishing) as an error', () => {
    expect(isError(refusal)).toBe(true);
    expect(isError(warning)).toBe(false);
  });

  it('counts errors and warnings apart, in total and per step', () => {
    expect(countProblems([warning, error, refusal])).toEqual({ errors: 2, warnings: 1 });
    const byActivity = problemsByActivity([warning, error, refusal, { ...warning, activityId: null }]);
    expect(byActivity.get('Dp')).toEqual({ errors: 2, warnings: 0 });
    expect(byActivity.get('Los')).toEqual({ errors: 0, warnings: 1 });
    expect(byActivity.size).toBe(2);
  });

  it('lists errors before warnings and keeps the order within each', () => {
    expect(errorsFirst([warning, error, refusal])).toEqual([error, refusal, warning]);
  });
});
