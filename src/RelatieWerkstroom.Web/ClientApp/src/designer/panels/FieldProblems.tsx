import { useDesignerStore } from '../state/designerStore';

/** The server's problems for one field, shown under it (this is also the syntax check of expressions). */
export function useFieldProblems(activityId: string, path: string): string[] {
  const problems = useDesignerStore((s) => s.problems);
  return problems
    .filter((p) => p.activityId === activityId && (p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`)))
    .map((p) => p.message);
}

export function FieldProblems({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="rw-field-problems">
      {messages.map((m, i) => (
        <li key={i}>
          <span aria-hidden="true">⚠ </span>
          {m}
        </li>
      ))}
    </ul>
  );
}
