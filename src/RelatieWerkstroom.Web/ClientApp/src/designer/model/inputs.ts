import type { ElsaActivity } from "./elsa";
import { isObject, type Json, type JsonObject } from "./json";

/** Expression kinds an Elsa input can hold. */
export type ExpressionType = "Literal" | "Object" | "Variable" | "JavaScript" | string;

export interface InputValue {
  typeName?: string;
  expressionType: ExpressionType;
  /** The expression's value as stored: text for Literal, JSON text for Object, code for JavaScript. */
  value: Json;
}

/** Reads the input wrapper `{ typeName, expression: { type, value } }` of an activity. */
export function readInput(activity: ElsaActivity, name: string): InputValue | undefined {
  const wrapper = activity[name];
  if (!isObject(wrapper) || !isObject(wrapper.expression)) return undefined;
  const expression = wrapper.expression;
  return {
    typeName: typeof wrapper.typeName === "string" ? wrapper.typeName : undefined,
    expressionType: typeof expression.type === "string" ? expression.type : "Literal",
    value: expression.value ?? null,
  };
}

/** The text of a literal (or any string-valued) input. */
export function inputText(activity: ElsaActivity, name: string): string | undefined {
  const input = readInput(activity, name);
  if (!input) return undefined;
  if (typeof input.value === "string") return input.value;
  if (input.value === null) return undefined;
  return JSON.stringify(input.value);
}

/**
 * The JSON an input holds: an Object expression's JSON text parsed, a JSON value written directly, or
 * (as Elsa writes FlowSwitch cases) a bare array on the activity. Undefined when absent or not JSON.
 */
export function inputJson(activity: ElsaActivity, name: string): Json | undefined {
  const raw = activity[name];
  if (Array.isArray(raw)) return raw;
  const input = readInput(activity, name);
  if (!input) return undefined;
  if (typeof input.value !== "string") return input.value;
  if (input.expressionType !== "Object" && input.expressionType !== "Literal") return undefined;
  try {
    return JSON.parse(input.value) as Json;
  } catch {
    return undefined;
  }
}

/** A list of names: a JSON array of strings, or comma-separated text (FlowFork branches). */
export function inputNames(activity: ElsaActivity, name: string): string[] | undefined {
  const json = inputJson(activity, name);
  if (Array.isArray(json)) return json.filter((x): x is string => typeof x === "string");
  const text = inputText(activity, name);
  if (text === undefined) return undefined;
  return text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Writes an input, keeping the wrapper's other properties (memoryReference…); removes it when value is undefined. */
export function withInput(activity: ElsaActivity, name: string, value: InputValue | undefined): ElsaActivity {
  const next: ElsaActivity = { ...activity };
  if (value === undefined) {
    delete next[name];
    return next;
  }
  const old = isObject(activity[name]) ? (activity[name] as JsonObject) : {};
  const oldExpression = isObject(old.expression) ? old.expression : {};
  next[name] = {
    ...old,
    typeName: value.typeName ?? (typeof old.typeName === "string" ? old.typeName : "String"),
    expression: { ...oldExpression, type: value.expressionType, value: value.value },
  };
  return next;
}

/** Writes a literal text input. */
export function withText(activity: ElsaActivity, name: string, text: string, typeName = "String"): ElsaActivity {
  return withInput(activity, name, { typeName, expressionType: "Literal", value: text });
}

/** Writes a JSON input as Elsa does: an Object expression holding JSON text. */
export function withJson(activity: ElsaActivity, name: string, json: Json, typeName = "Object"): ElsaActivity {
  return withInput(activity, name, { typeName, expressionType: "Object", value: JSON.stringify(json) });
}
