import type { components } from '../../api/schema';

/** How bad a problem is, as the server says it. */
export type ProblemSeverity = components['schemas']['ProblemSeverity'];

/** One problem of the server's validation: activity, property path, message, severity. */
export interface ValidationProblem {
  activityId?: string | null;
  path: string;
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
