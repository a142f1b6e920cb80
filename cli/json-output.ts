import { isoDate } from '../shared/sheet/cell-value';

/** JSON for stdout: dates as yyyy-mm-dd (what the sheet shows), not timestamps. */
export function toJson(value: unknown): string {
  // A replacer takes JSON.stringify off its fast path (half the time for dedupe's clusters at 100k rows),
  // so it is used only when there is a date to write.
  if (!holdsDate(value)) return JSON.stringify(value);
  return JSON.stringify(value, function replacer(this: Record<string, unknown>, key: string, current: unknown) {
    const raw = this[key];
    return raw instanceof Date ? isoDate(raw) : current;
  });
}

function holdsDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(holdsDate);
  for (const key in value) if (holdsDate((value as Record<string, unknown>)[key])) return true;
  return false;
}
