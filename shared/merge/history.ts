/**
 * Merge history in workbook meta, so undo survives a reload. `history.<mergeId>` holds the merge's
 * inverse plan and what its undo log row needs (dates as {"$date": iso}); planUndo clears it.
 * `merge.lastId` remembers the last id issued, so ids stay unique after an undo; `merge.seq`
 * orders merges, because a merge can only be undone after the later merges of its sheet.
 */
import { z } from 'zod';
import { planSchema } from '../plan/plan';
import { parseWithDates, stringifyWithDates } from '../plan/plan-json';
import { localeSchema } from '../i18n/locale';
import { extrasCellSchema } from '../sheet/snapshot';

export const MERGE_META = {
  history: 'history.',
  lastMergeId: 'merge.lastId',
  sequence: 'merge.seq',
} as const;

const historyEntrySchema = z.object({
  version: z.literal(1),
  kind: z.literal('merge'),
  mergeId: z.string(),
  sheet: z.string(),
  seq: z.number().int(),
  at: z.string(),
  locale: localeSchema,
  logSheet: z.string(),
  survivorId: z.string().nullable(),
  /** The rows as the merge's log row names them, for the undo's (MergeOptions.shownRow); `inverse` has the sheet's. */
  survivorRow: z.number().int(),
  mergedRows: z.array(z.number().int()),
  /** The log's "fields changed" text for the undo (after → before). */
  undoChanges: z.string(),
  inverse: planSchema,
  /**
   * Links, notes and shown formats of the survivor cells the merge writes, numbered as the inverse's
   * edits (survivor-extras.ts); absent in entries saved before they were kept.
   */
  survivorExtras: z.array(extrasCellSchema).optional(),
});
/** One merge as kept in meta (`history.<id>`); the sidebar's session history is ui/history/history.ts's HistoryEntry. */
export type MergeHistoryEntry = z.infer<typeof historyEntrySchema>;

export function historyKey(mergeId: string): string {
  return MERGE_META.history + mergeId;
}

export function encodeHistory(entry: MergeHistoryEntry): string {
  return stringifyWithDates(entry);
}

export type HistoryResult = { ok: true; entry: MergeHistoryEntry } | { ok: false; error: string };

export function decodeHistory(text: string): HistoryResult {
  let data: unknown;
  try {
    data = parseWithDates(text);
  } catch (error) {
    return { ok: false, error: `not JSON (${(error as Error).message})` };
  }
  const result = historyEntrySchema.safeParse(data);
  if (result.success) return { ok: true, entry: result.data };
  const issue = result.error.issues[0];
  return { ok: false, error: `${issue?.path.map(String).join('.') || 'entry'}: ${issue?.message ?? 'invalid'}` };
}

export interface HistoryOrder {
  mergeId: string;
  sheet: string;
  seq: number;
}

// encodeHistory writes these three first; reading them needs no parse of the inverse plan.
const HEAD = /^\{"version":1,"kind":"merge","mergeId":("(?:[^"\\]|\\.)*"),"sheet":("(?:[^"\\]|\\.)*"),"seq":(-?\d+),/;

/** Merges still undoable, read from meta, oldest first (damaged entries are left out). */
export function undoableMerges(meta: Readonly<Record<string, string>>): MergeHistoryEntry[] {
  const entries: MergeHistoryEntry[] = [];
  for (const [key, text] of Object.entries(meta)) {
    if (!key.startsWith(MERGE_META.history) || text === '') continue;
    const result = decodeHistory(text);
    if (result.ok) entries.push(result.entry);
  }
  return entries.sort((a, b) => a.seq - b.seq);
}

/** The same merges, id, sheet and order only: fast on thousands of entries (planUndo's check). */
export function mergeOrder(meta: Readonly<Record<string, string>>): HistoryOrder[] {
  const entries: HistoryOrder[] = [];
  for (const [key, text] of Object.entries(meta)) {
    if (!key.startsWith(MERGE_META.history) || text === '') continue;
    const head = HEAD.exec(text);
    if (head) {
      entries.push({
        mergeId: JSON.parse(head[1]!) as string,
        sheet: JSON.parse(head[2]!) as string,
        seq: Number(head[3]),
      });
      continue;
    }
    const result = decodeHistory(text);
    if (result.ok) entries.push({ mergeId: result.entry.mergeId, sheet: result.entry.sheet, seq: result.entry.seq });
  }
  return entries.sort((a, b) => a.seq - b.seq);
}

function yyyymmdd(date: Date): string {
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}

/** `count` new ids M-<yyyymmdd>-<n> (UTC date), n continuing after every id of that day in meta. */
export function nextMergeIds(meta: Readonly<Record<string, string>>, now: Date, count: number): string[] {
  const day = yyyymmdd(now);
  const pattern = new RegExp(`^M-${day}-(\\d+)$`);
  let last = 0;
  const known = [
    meta[MERGE_META.lastMergeId] ?? '',
    ...Object.keys(meta)
      .filter((k) => k.startsWith(MERGE_META.history))
      .map((k) => k.slice(MERGE_META.history.length)),
  ];
  for (const id of known) {
    const match = pattern.exec(id);
    if (match) last = Math.max(last, Number(match[1]));
  }
  return Array.from({ length: count }, (_, i) => `M-${day}-${last + i + 1}`);
}

export function lastSequence(meta: Readonly<Record<string, string>>): number {
  const n = Number(meta[MERGE_META.sequence] ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}
