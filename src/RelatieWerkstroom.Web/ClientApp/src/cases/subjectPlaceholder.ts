/** The opening of the placeholder that stored letters carry instead of the citizen's name (Casework's SubjectPlaceholder). */
const prefix = '{{betrokkene:';

/** Markdown's own characters, escaped so that a name reads as written (and a "|" does not split a table cell). */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()<>#+!|~-]/g, (c) => `\\${c}`);

/**
 * Fills in the citizen's name where a stored letter has the placeholder of this case's subject, for the caseworker who
 * already sees the name in the dossier. Placeholders of anyone else stay as they are.
 */
export function fillSubjectName(markdown: string, subject: { subjectId: string; name: string } | null | undefined): string {
  if (!subject) return markdown;
  return markdown.split(`${prefix}${subject.subjectId}}}`).join(escapeMarkdown(subject.name));
}
