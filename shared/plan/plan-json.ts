/**
 * JSON for plans and other values holding cell values: a `Date` travels as `{"$date": iso}` (the
 * transport convention in docs/architecture.md) and is revived on the way back, so a plan stored
 * in workbook meta (merge history) still has its dates after a reload.
 */
import { emptyPlan, planSchema, type Plan } from './plan';

const DATE_KEY = '$date';

/** JSON text for any value; every `Date` inside becomes `{"$date": "<iso>"}` (an invalid date: `{"$date": null}`). */
export function stringifyWithDates(value: unknown): string {
  return JSON.stringify(encodeDates(value));
}

// A walk before and after JSON rather than a replacer or reviver: those call back for every key
// and are several times slower on merge histories of thousands of rows.
function encodeDates(value: unknown): unknown {
  if (value instanceof Date) return { [DATE_KEY]: Number.isNaN(value.getTime()) ? null : value.toISOString() };
  if (Array.isArray(value)) return value.map(encodeDates);
  if (value === null || typeof value !== 'object') return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = encodeDates(item);
  return out;
}

function decodeDates(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decodeDates(value[i]);
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  const revived = reviveDate(value);
  if (revived !== value) return revived;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = decodeDates(record[key]);
  return record;
}

/** Parses JSON text written by `stringifyWithDates`, turning every `{"$date": …}` back into a `Date`. Throws on bad JSON. */
export function parseWithDates(text: string): unknown {
  return decodeDates(JSON.parse(text));
}

/** `{"$date": iso}` -> Date; anything else unchanged. For values that arrive already parsed (google.script.run). */
export function reviveDate(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== DATE_KEY) return value;
  const iso = (value as Record<string, unknown>)[DATE_KEY];
  if (iso === null) return new Date(Number.NaN);
  return typeof iso === 'string' ? new Date(iso) : value;
}

export function planToJson(plan: Plan): string {
  return stringifyWithDates(plan);
}

export type PlanJsonResult = { ok: true; plan: Plan } | { ok: false; error: string };

/** Reads a plan from JSON text; a bad one is an error value naming what is wrong, never a throw. */
export function parsePlanJson(text: string): PlanJsonResult {
  let data: unknown;
  try {
    data = parseWithDates(text);
  } catch (error) {
    return { ok: false, error: `the plan is not valid JSON: ${(error as Error).message}` };
  }
  const result = planSchema.safeParse(data);
  if (result.success) return { ok: true, plan: result.data };
  const first = result.error.issues[0];
  const where = first && first.path.length > 0 ? first.path.map(String).join('.') : 'plan';
  return { ok: false, error: `the plan does not match the plan schema: ${where}: ${first?.message ?? 'invalid'}` };
}

/**
 * A plan from JSON text a trusted sender wrote with planToJson (the Sheets sidebar to its
 * server), with every part present; null when it names no sheet. No schema check: the server
 * bundle carries no zod (appsscript/server/zod-stand-in.ts), and the sidebar checked the plan.
 */
export function planFromTrustedJson(text: string): Plan | null {
  const data = parseWithDates(text) as Partial<Plan> | null;
  if (typeof data?.sheet !== 'string') return null;
  return { ...emptyPlan(data.sheet), ...data };
}
