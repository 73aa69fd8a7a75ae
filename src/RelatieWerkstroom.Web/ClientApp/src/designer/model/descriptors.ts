/** What `/api/activity-descriptors` returns for each activity type (Engine's ActivityDescriptor, camelCase). */
export interface InputDescriptor {
  name: string;
  typeName: string;
  displayName: string;
  description?: string | null;
  uiHint: string;
  required: boolean;
  defaultValue?: unknown;
  options?: string[] | null;
  supportsExpressions: boolean;
}

export interface OutputDescriptor {
  name: string;
  typeName: string;
  description?: string | null;
}

export interface ActivityDescriptor {
  typeName: string;
  category: string;
  displayName: string;
  description?: string | null;
  inputs: InputDescriptor[];
  outputs: OutputDescriptor[];
  outcomes: string[];
  dynamicOutcomes: boolean;
  blocking: boolean;
  terminal: boolean;
}

export type DescriptorIndex = ReadonlyMap<string, ActivityDescriptor>;

export function indexDescriptors(descriptors: readonly ActivityDescriptor[]): DescriptorIndex {
  return new Map(descriptors.map((d) => [d.typeName, d]));
}

/** Editor hints the Engine declares (InputAttribute.UIHint). */
export const UIHints = {
  singleLine: "singleline",
  multiLine: "multiline",
  checkbox: "checkbox",
  dropdown: "dropdown",
  json: "json",
  code: "code",
  duration: "duration",
  cron: "cron",
  list: "list",
  variable: "variable",
} as const;
