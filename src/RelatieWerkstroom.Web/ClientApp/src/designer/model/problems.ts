import type { components } from '../../api/schema';
import type { ElsaActivity } from './elsa';
import { isObject } from './json';

/** How bad a problem is, as the server says it. */
export type ProblemSeverity = components['schemas']['ProblemSeverity'];

/** One problem of the server's validation: activity, property path, code and values, message, severity. */
export interface ValidationProblem {
  activityId?: string | null;
  path: string;
  /** The stable code the designer translates (serverProblems); missing in a refusal that lists `errors` only. */
  code?: string;
  /** The values the code's text puts in place, each as text. */
  parameters?: Record<string, string>;
  /** The server's words: shown when the designer has no translation for the code. */
  message: string;
  /** Missing means error: the server's default, and what a refusal's problem document lists. */
  severity?: ProblemSeverity;
}

/** Errors stop publishing; warnings are what Elsa 3 runs as it stands. */
export const isError = (problem: ValidationProblem): boolean => problem.severity !== 'Warning';

export interface ProblemCount {
  errors: number;
  warnings: number;
}

export function countProblems(problems: readonly ValidationProblem[]): ProblemCount {
  const errors = problems.filter(isError).length;
  return { errors, warnings: problems.length - errors };
}

/** The counts per activity, for the badges on the canvas. */
export function problemsByActivity(problems: readonly ValidationProblem[]): Map<string, ProblemCount> {
  const counts = new Map<string, ProblemCount>();
  for (const p of problems) {
    if (!p.activityId) continue;
    const count = counts.get(p.activityId) ?? { errors: 0, warnings: 0 };
    if (isError(p)) count.errors++;
    else count.warnings++;
    counts.set(p.activityId, count);
  }
  return counts;
}

/** Errors first (what stops publishing), each group in the server's order. */
export function errorsFirst<T extends ValidationProblem>(problems: readonly T[]): T[] {
  return [...problems.filter(isError), ...problems.filter((p) => !isError(p))];
}

/** A path to one field of the friction annotation; the field's name is the first group. */
export const frictionField = /^customProperties\.friction\.(origin|basis|actor|purpose|minutes|citizenMinutes|outOfPocket|businessOutOfPocket)$/;

/** A problem with a value of the friction annotation: which field, what kind of value it needs and what it holds now. */
export interface FrictionValueProblem {
  field: string;
  kind: 'amount' | 'origin' | 'text';
  /** The value as written in the definition (JSON), so the designer sees what to correct. */
  value: string;
}

/**
 * The server decides what is wrong (one validator for the designer, publishing and the CLI); for the friction fields the
 * designer can say it in the user's language, because it knows the field and reads the value from the definition itself.
 * A problem about a value that is not (or no longer) there, such as a missing field, keeps the server's words.
 */
export function frictionValueProblem(problem: ValidationProblem, activity: ElsaActivity | undefined): FrictionValueProblem | undefined {
  const field = frictionField.exec(problem.path)?.[1];
  if (!field || !activity || !isObject(activity.customProperties) || !isObject(activity.customProperties.friction)) return undefined;
  const raw = activity.customProperties.friction[field];
  if (raw === undefined || raw === null) return undefined;
  const kind = field === 'origin' ? 'origin' : ['basis', 'actor', 'purpose'].includes(field) ? 'text' : 'amount';
  return { field, kind, value: JSON.stringify(raw) };
}

/** What translating needs: whether a key exists and its text with values put in (i18next's `exists` and `t`). */
export interface Translator {
  exists: (key: string) => boolean;
  t: (key: string, options: { replace: Record<string, string> }) => string;
}

/**
 * The problem in the user's language: the translation of its code with the problem's values in place, or the
 * server's message for a code the designer does not know (a newer server) or a problem without one.
 */
export function problemText(translator: Translator, problem: ValidationProblem): string {
  if (!problem.code) return problem.message;
  const key = `serverProblems:${problem.code}`;
  // `replace` keeps a parameter named like an i18next option (count, context) from changing which text is used.
  return translator.exists(key) ? translator.t(key, { replace: problem.parameters ?? {} }) : problem.message;
}
