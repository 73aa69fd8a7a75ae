import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's reference workflows (workflows/*.json), read from disk at test time. */
export const workflowsFolder = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../../../workflows");

export function referenceWorkflowFiles(): { file: string; text: string }[] {
  return readdirSync(workflowsFolder)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(workflowsFolder, file), "utf8") }));
}

export function referenceWorkflow(prefix: string): string {
  const found = referenceWorkflowFiles().find((f) => f.file.startsWith(prefix));
  if (!found) throw new Error(`no reference workflow ${prefix}* in ${workflowsFolder}`);
  return found.text;
}
