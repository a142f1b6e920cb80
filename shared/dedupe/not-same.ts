/**
 * "Not the same customer" marks: rows a user said are different people, kept in the workbook's
 * Custodian data (meta key `dedupe.notSame`) and honoured by every later search. A row is named
 * by something that survives sorting, inserted rows and merges of other rows: `id:` + its
 * customer ID when it has one, else `h:` + a hash of its cleaned identity values (name, phones,
 * emails, company, ID number, birth date). Editing those values makes a new key, so a mark made
 * on an ID-less row lapses when its identity is retyped; that is the intended reading.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { phoneKey } from '../normalise/phone';

export const NOT_SAME_META = 'dedupe.notSame';

const IDENTITY_KINDS = new Set(['personName', 'phone', 'email']);
const IDENTITY_KEYS = new Set(['company', 'idNumber', 'birthDate']);

function fnv(text: string, seed: number): string {
  let h = seed;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function folded(v: CellValue): string {
  if (isBlank(v)) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return cellText(v).normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Per sheet row (index = row number; header and blank rows ''), the key a mark names the row by. */
export function rowMarkKeys(
  snapshot: Pick<SheetSnapshot, 'values'>,
  mapping: HeaderMapping,
  template: Template,
): string[] {
  const fields = new Map(template.fields.map((f) => [f.key, f]));
  const idCols: number[] = [];
  const identity: { col: number; phone: boolean }[] = [];
  for (const column of mapping.columns) {
    const field = column.field ? fields.get(column.field) : undefined;
    if (!field) continue;
    if (field.kind === 'id') idCols.push(column.col);
    else if (IDENTITY_KINDS.has(field.kind) || IDENTITY_KEYS.has(field.key))
      identity.push({ col: column.col, phone: field.kind === 'phone' });
  }
  const keys: string[] = ['', ''];
  for (let r = 2; r <= snapshot.values.length; r++) {
    const row = snapshot.values[r - 1] ?? [];
    const id = idCols
      .map((c) =>
        cellText(row[c - 1] ?? null)
          .normalize('NFKC')
          .trim()
          .toUpperCase(),
      )
      .find((t) => t !== '');
    if (id) {
      keys.push(`id:${id}`);
      continue;
    }
    const parts = identity.map(({ col, phone }) => {
      const value = row[col - 1] ?? null;
      return phone && !isBlank(value) ? (phoneKey(value, template.defaultRegion) ?? folded(value)) : folded(value);
    });
    const text = parts.join('\u0001');
    keys.push(parts.some((p) => p !== '') ? `h:${fnv(text, 0x811c9dc5)}${fnv(text, 0x01000193)}` : '');
  }
  return keys;
}

/** The saved marks: each a list of row keys no two of which are one customer. */
export function readNotSame(meta: Readonly<Record<string, string>> | undefined): string[][] {
  const json = meta?.[NOT_SAME_META];
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed)
      ? parsed.filter((g): g is string[] => Array.isArray(g) && g.every((k) => typeof k === 'string'))
      : [];
  } catch {
    return []; // A damaged entry marks nothing rather than stopping every search.
  }
}

/** The meta value with one more mark over `rowKeys` (blank keys left out; a mark already saved is not repeated). */
export function addNotSame(meta: Readonly<Record<string, string>> | undefined, rowKeys: readonly string[]): string {
  const marks = readNotSame(meta);
  const mark = [...new Set(rowKeys.filter((k) => k !== ''))].sort();
  if (mark.length >= 2 && !marks.some((m) => m.length === mark.length && m.every((k, i) => k === mark[i])))
    marks.push(mark);
  return JSON.stringify(marks);
}

/**
 * Splits clusters so that no two rows of one mark share a cluster: each row joins the first part
 * that holds none of its marked partners (rows in cluster order, so the strongest stay together);
 * parts of one row are dropped.
 */
export function splitNotSame<C extends { rows: number[] }>(
  clusters: readonly C[],
  keys: readonly string[],
  marks: readonly string[][],
): C[] {
  if (marks.length === 0) return [...clusters];
  const apart = new Map<string, Set<string>>();
  for (const mark of marks) {
    for (const k of mark) {
      let set = apart.get(k);
      if (!set) apart.set(k, (set = new Set()));
      for (const other of mark) if (other !== k) set.add(other);
    }
  }
  const out: C[] = [];
  for (const cluster of clusters) {
    const marked = cluster.rows.some((r) => apart.has(keys[r] ?? ''));
    if (!marked) {
      out.push(cluster);
      continue;
    }
    const parts: number[][] = [];
    for (const row of cluster.rows) {
      const avoid = apart.get(keys[row] ?? '');
      const part = avoid ? parts.find((p) => p.every((r) => !avoid.has(keys[r] ?? ''))) : parts[0];
      if (part) part.push(row);
      else parts.push([row]);
    }
    for (const part of parts) if (part.length > 1) out.push({ ...cluster, rows: part.sort((a, b) => a - b) });
  }
  return out.sort((x, y) => x.rows[0]! - y.rows[0]!);
}

/** The clusters with the workbook's saved marks honoured (no work when there are none). */
export function honourNotSame<C extends { rows: number[] }>(
  snapshot: SheetSnapshot,
  mapping: HeaderMapping,
  template: Template,
  clusters: C[],
): C[] {
  const marks = readNotSame(snapshot.meta);
  return marks.length === 0 ? clusters : splitNotSame(clusters, rowMarkKeys(snapshot, mapping, template), marks);
}
