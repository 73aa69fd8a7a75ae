/** A LegalClock's term (or extension): a length written out ("6 weeks") or a named term of the settings ("setting:name"). */

export const SettingPrefix = "setting:";

export type TermChoice =
  | { kind: "none" }
  | { kind: "setting"; name: string }
  | { kind: "own"; text: string };

/** Reads the text of a term input the way the engine does (the prefix in any case, spaces around the name ignored). */
export function termChoice(text: string | undefined): TermChoice {
  const trimmed = (text ?? "").trim();
  if (trimmed === "") return { kind: "none" };
  if (trimmed.toLowerCase().startsWith(SettingPrefix)) return { kind: "setting", name: trimmed.slice(SettingPrefix.length).trim() };
  return { kind: "own", text: trimmed };
}

/** The text a definition stores for a named term. */
export const settingReference = (name: string) => `${SettingPrefix}${name}`;

/** The named term a choice refers to, matched as the engine matches it (case-insensitive). */
export function findTerm<T extends { name: string }>(terms: readonly T[], choice: TermChoice): T | undefined {
  if (choice.kind !== "setting") return undefined;
  const name = choice.name.toLowerCase();
  return terms.find((t) => t.name.toLowerCase() === name);
}
