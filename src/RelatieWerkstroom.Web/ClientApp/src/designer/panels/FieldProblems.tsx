import { useDesignerStore } from '../state/designerStore';
import { errorsFirst, isError, type ValidationProblem } from '../model/problems';
import { ProblemMessage, SeverityLabel } from './ProblemsPanel';

/** The server's problems for one field, errors first (this is also the syntax check of expressions). */
export function useFieldProblems(activityId: string, path: string): ValidationProblem[] {
  const problems = useDesignerStore((s) => s.problems);
  return errorsFirst(
    problems.filter((p) => p.activityId === activityId && (p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))),
  );
}

/** Whether a field's problems make it invalid: a warning alone does not. */
export const hasError = (problems: readonly ValidationProblem[]): boolean => problems.some(isError);

export function FieldProblems({ id, problems }: { id: string; problems: ValidationProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="rw-field-problems">
      {problems.map((p, i) => (
        <li key={i} className={isError(p) ? undefined : 'rw-field-problems__warning'}>
          <SeverityLabel problem={p} />: <ProblemMessage problem={p} />
        </li>
      ))}
    </ul>
  );
}
