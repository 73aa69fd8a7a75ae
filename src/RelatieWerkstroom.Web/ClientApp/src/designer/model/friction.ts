import type { ElsaActivity } from "./elsa";
import { isObject, type JsonObject } from "./json";

/** Where the rule behind a step comes from (docs/designer/frictie-annotaties.md). */
export const Origins = ["national", "local", "contract", "internal"] as const;
export type Origin = (typeof Origins)[number];

/** Letter shown in the rule-origin badge, so origin never depends on colour. */
export const OriginLetter: Record<Origin, string> = { national: "N", local: "L", contract: "C", internal: "I" };

/** `customProperties.friction` of an activity. */
export interface Friction {
  origin?: Origin;
  basis?: string;
  actor?: string;
  minutes?: number;
  citizenMinutes?: number;
  outOfPocket?: number;
  /** Euros a business (aanbieder, inschrijver) pays itself per execution, e.g. an accountantsverklaring. */
  businessOutOfPocket?: number;
  purpose?: string;
}

export function isOrigin(value: unknown): value is Origin {
  return typeof value === "string" && (Origins as readonly string[]).includes(value);
}

function number(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function readFriction(activity: ElsaActivity): Friction | undefined {
  const custom = activity.customProperties;
  if (!isObject(custom) || !isObject(custom.friction)) return undefined;
  const f = custom.friction;
  return {
    origin: isOrigin(f.origin) ? f.origin : undefined,
    basis: text(f.basis),
    actor: text(f.actor),
    minutes: number(f.minutes),
    citizenMinutes: number(f.citizenMinutes),
    outOfPocket: number(f.outOfPocket),
    businessOutOfPocket: number(f.businessOutOfPocket),
    purpose: text(f.purpose),
  };
}

/** Sets one friction field, keeping every other property of `customProperties` and of the annotation. */
export function withFrictionField(activity: ElsaActivity, field: keyof Friction, value: string | number | undefined): ElsaActivity {
  const custom: JsonObject = isObject(activity.customProperties) ? activity.customProperties : {};
  const friction: JsonObject = isObject(custom.friction) ? { ...custom.friction } : {};
  if (value === undefined || value === "") delete friction[field];
  else friction[field] = value;
  return { ...activity, customProperties: { ...custom, friction } };
}

/** The annotation a new activity starts with: internal, the system, no minutes, until the designer says otherwise. */
export function defaultFriction(): JsonObject {
  return { origin: "internal", basis: "", actor: "systeem", minutes: 0, citizenMinutes: 0, outOfPocket: 0, purpose: "" };
}

/**
 * What a designer typed as an amount (minutes or euros): empty is "not given", else a number of 0 or more, with a
 * Dutch decimal comma or a point. `badInput` is the browser's word that the number field holds no number.
 */
export function parseAmount(text: string, badInput = false): { ok: true; value: number | undefined } | { ok: false } {
  const trimmed = text.trim();
  if (badInput) return { ok: false };
  if (trimmed === '') return { ok: true, value: undefined };
  if (!/^\d+([.,]\d+)?$/.test(trimmed)) return { ok: false };
  return { ok: true, value: Number(trimmed.replace(',', '.')) };
}
