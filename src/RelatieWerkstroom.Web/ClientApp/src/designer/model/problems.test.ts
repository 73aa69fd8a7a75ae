import { describe, expect, it } from 'vitest';
import type { ElsaActivity } from './elsa';
import { countProblems, errorsFirst, frictionValueProblem, isError, problemsByActivity, problemText, type Translator } from './problems';

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

describe('frictionValueProblem', () => {
  const activity = (friction: Record<string, unknown>) =>
    ({ id: 'Verslag', type: 'RelatieWerkstroom.HumanTask', customProperties: { friction } }) as unknown as ElsaActivity;

  it('names the field and shows the value the step holds, so the panel can say it in Dutch', () => {
    const problem = { activityId: 'Verslag', path: 'customProperties.friction.minutes', message: 'minutes must be a number, 0 or more, not -30' };
    expect(frictionValueProblem(problem, activity({ minutes: -30 }))).toEqual({ field: 'minutes', kind: 'amount', value: '-30' });
    expect(frictionValueProblem({ ...problem, path: 'customProperties.friction.origin' }, activity({ origin: 'landelijk' })))
      .toEqual({ field: 'origin', kind: 'origin', value: '"landelijk"' });
  });

  it("keeps the server's words for a field that is not there or is no friction field", () => {
    const problem = { activityId: 'Verslag', path: 'customProperties.friction.purpose', message: 'purpose must be a non-empty text' };
    expect(frictionValueProblem(problem, activity({}))).toBeUndefined();
    expect(frictionValueProblem({ ...problem, path: 'customProperties.friction' }, activity({}))).toBeUndefined();
    expect(frictionValueProblem({ ...problem, path: 'title' }, activity({ title: 'x' }))).toBeUndefined();
  });
});

describe('problemText', () => {
  const translator = async (language: string): Promise<Translator> => {
    const { default: i18n } = await import('../../i18n');
    return { exists: (key) => i18n.exists(key, { lng: language }), t: (key, options) => i18n.getFixedT(language)(key, options) };
  };
  const tooFew = {
    activityId: 'Dp',
    path: 'options',
    code: 'OptionsTooFew',
    parameters: { count: '1' },
    message: 'a discretion point needs at least two options; it has 1',
  };

  it('says a server problem in Dutch from its code and values, and in English when English is chosen', async () => {
    expect(problemText(await translator('nl'), tooFew)).toBe('Een beslispunt heeft minstens twee keuzes nodig; dit heeft er 1');
    expect(problemText(await translator('en'), tooFew)).toBe('a discretion point needs at least two options; it has 1');
    const dangling = { ...tooFew, code: 'ConnectionTargetMissing', parameters: { connection: 'Start:Done → Weg:In', target: 'Weg' } };
    expect(problemText(await translator('nl'), dangling)).toBe("Verbinding Start:Done → Weg:In eindigt bij stap 'Weg', maar die bestaat niet");
  });

  it("keeps the server's words for a code it has no translation of, or a problem without a code", async () => {
    const nl = await translator('nl');
    expect(problemText(nl, { ...tooFew, code: 'SomethingNewer' })).toBe(tooFew.message);
    expect(problemText(nl, { activityId: 'Dp', path: 'defaultOption', message: 'missing' })).toBe('missing');
  });
});
