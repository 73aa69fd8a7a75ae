import type { ReportChoices } from './useReport';

/** Turns the codes the report rows carry (workflow, team, discretion point, option, clock ids) into the names people use. */
export interface ReportLabels {
  workflow: (id: string) => string;
  team: (id: string) => string;
  discretionPoint: (workflow: string, id: string) => string;
  option: (workflow: string, id: string) => string;
  clock: (id: string) => string;
}

/** "beslistermijn-bezwaar" → "Beslistermijn bezwaar": a readable fallback for a code nothing names. */
export function humanize(code: string): string {
  const words = code.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : code;
}

/**
 * The labels from the report's choices (the stored definitions and the municipality's teams). Until the choices have
 * loaded, and for codes no definition names, a readable form of the code is shown instead.
 */
export function reportLabels(choices: ReportChoices | undefined): ReportLabels {
  const workflows = new Map((choices?.workflows ?? []).map((w) => [w.id, w]));
  const teams = new Map((choices?.teams ?? []).map((t) => [t.id, t.name]));
  const point = (workflow: string, id: string) => workflows.get(workflow)?.discretionPoints.find((p) => p.id === id);
  return {
    workflow: (id) => workflows.get(id)?.name ?? id,
    team: (id) => teams.get(id) ?? humanize(id),
    discretionPoint: (workflow, id) => point(workflow, id)?.question ?? id,
    // A decision option is usually the option of one of the workflow's discretion points; the first that names it wins.
    option: (workflow, id) =>
      workflows
        .get(workflow)
        ?.discretionPoints.flatMap((p) => p.options)
        .find((o) => o.id === id)?.label ?? humanize(id),
    clock: humanize,
  };
}
