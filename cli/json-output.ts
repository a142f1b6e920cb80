import { isoDate } from '../shared/sheet/cell-value';

/** JSON for stdout: dates as yyyy-mm-dd (what the sheet shows), not timestamps. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, function replacer(this: Record<string, unknown>, key: string, current: unknown) {
    const raw = this[key];
    return raw instanceof Date ? isoDate(raw) : current;
  });
}
