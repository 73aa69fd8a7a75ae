import { z } from 'zod';

/** What a human task asks (the bookmark payload the host hands out under `details`). */
export const formFieldSchema = z.object({
  name: z.string(),
  label: z.string(),
  type: z.enum(['text', 'textarea', 'number', 'date', 'boolean', 'choice']),
  required: z.boolean().default(false),
  options: z.array(z.string()).default([]),
});
export type FormField = z.infer<typeof formFieldSchema>;

export const humanTaskSchema = z.object({
  title: z.string().optional(),
  role: z.string().nullish(),
  instructions: z.string().nullish(),
  formFields: z.array(formFieldSchema).default([]),
  actions: z.array(z.string()).default([]),
  dueDate: z.string().nullish(),
});
export type HumanTaskDetails = z.infer<typeof humanTaskSchema>;

export const discretionOptionSchema = z.object({
  id: z.string(),
  label: z.string().nullish(),
  explanation: z.string().nullish(),
});

export const discretionSchema = z.object({
  question: z.string().nullish(),
  options: z.array(discretionOptionSchema).default([]),
  defaultOption: z.string().nullish(),
  defaultSource: z.string().nullish(),
  legalBasis: z.string().nullish(),
  reasonRequired: z.boolean().nullish(),
});
export type DiscretionDetails = z.infer<typeof discretionSchema>;

/** The rule behind a step (its friction annotation). */
export const frictionSchema = z.object({
  origin: z.string().nullish(),
  basis: z.string().nullish(),
  actor: z.string().nullish(),
  minutes: z.number().nullish(),
  citizenMinutes: z.number().nullish(),
  purpose: z.string().nullish(),
});
export type Friction = z.infer<typeof frictionSchema>;

/** Form values as the inputs hold them: text for text-like fields, 'ja'/'nee'/'' for booleans. */
export type FormValues = Record<string, string>;

/** Parses a number as a Dutch or English reader types it ("1.234,5", "1234.5", "12"). */
export function parseNumber(text: string): number | null {
  const value = text.trim().replace(/\s/g, '');
  if (!/^-?[\d.,]+$/.test(value)) return null;
  const lastComma = value.lastIndexOf(',');
  const lastDot = value.lastIndexOf('.');
  const decimal = lastComma > lastDot ? ',' : '.';
  const thousands = decimal === ',' ? '.' : ',';
  const normalised = value.split(thousands).join('').replace(decimal, '.');
  const number = Number(normalised);
  return Number.isFinite(number) ? number : null;
}

/** Message keys (namespace tasks) for inline validation. */
export type FieldProblem = 'required' | 'number' | 'date' | 'choice';

/** Checks one value against its field the way the host will, so the person hears about it before sending. */
export function checkField(field: FormField, raw: string | undefined): FieldProblem | null {
  const value = (raw ?? '').trim();
  if (value === '') return field.required ? 'required' : null;
  switch (field.type) {
    case 'number':
      return parseNumber(value) === null ? 'number' : null;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'date';
    case 'choice':
      return field.options.includes(value) ? null : 'choice';
    case 'boolean':
      return value === 'ja' || value === 'nee' ? null : 'choice';
    default:
      return null;
  }
}

/** The form values in the host's canonical form (numbers as numbers, booleans as booleans); empty optional fields are left out. */
export function toSubmission(fields: readonly FormField[], values: FormValues): Record<string, string | number | boolean> {
  const result: Record<string, string | number | boolean> = {};
  for (const field of fields) {
    const value = (values[field.name] ?? '').trim();
    if (value === '') continue;
    if (field.type === 'number') result[field.name] = parseNumber(value) ?? value;
    else if (field.type === 'boolean') result[field.name] = value === 'ja';
    else result[field.name] = value;
  }
  return result;
}

/** A written reason is needed when the chosen option deviates from the default (Awb 4:84), or always when the point says so. */
export function reasonNeeded(details: DiscretionDetails, option: string): boolean {
  if (details.reasonRequired === true) return true;
  return option !== '' && option !== (details.defaultOption ?? '');
}
