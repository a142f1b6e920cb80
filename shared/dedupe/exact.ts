/**
 * Exact matching on key columns (Excel's Remove Duplicates, but on cleaned values): rows whose
 * matching keys agree in every key column, none of them blank, form one group. One string key
 * per row in one hash map: O(n) time, one small string per row.
 */
import { columnNames, columnOverrideKey } from '../sheet/column-names';
import type { Locale } from '../i18n/locale';
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import { DEFAULT_TEMPLATE } from '../template/default-template';
import { foldHeader, mapHeaders, sampleRows, type HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { honourNotSame } from './not-same';
import { quoteValue } from './quote-value';
import { buildRecords } from './records';
import type { Cluster, DedupeResult, Reason } from './types';

export interface ExactOptions {
  template?: Template;
  mapping?: HeaderMapping;
  /** Headers of the key columns (at least one). */
  columns: string[];
  /** The language a column is named in where another column has its header: 电话 (C列), Phone (column C). */
  locale?: Locale;
}

const SEPARATOR = '\u0000';

/** A cell as typed, for columns the matcher has no cleaned key for (amounts, one repeated value, unreadable phones). */
function rawKey(v: CellValue | undefined): string {
  if (v === undefined || isBlank(v)) return '';
  return v instanceof Date ? `@${v.getTime()}` : String(v).trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Groups of rows equal on every key column once cleaned; every group is a certain ('merge') cluster. */
export function findExactDuplicates(snapshot: SheetSnapshot, options: ExactOptions): DedupeResult {
  const template = options.template ?? DEFAULT_TEMPLATE;
  const values = snapshot.values;
  const mapping = options.mapping ?? mapHeaders(values[0] ?? [], template, {}, sampleRows(values));
  const headers = (values[0] ?? []).map((h) => cellText(h).trim());
  const cols = options.columns.map((name) => {
    const folded = foldHeader(name);
    // #C names one of two columns with one header (电话 over a mobile and a landline).
    const index = headers.findIndex(
      (h, i) => name === columnOverrideKey(i + 1) || h === name.trim() || foldHeader(h) === folded,
    );
    if (index < 0) throw new Error(`No column "${name}"`);
    return index + 1;
  });
  // The records' keys are the cleaned values (phones by number, emails folded, names by spelling).
  const built = buildRecords(snapshot, { template, mapping, columns: options.columns, keepUniform: true });
  const rows = built.rows;
  const keyed = cols.map((col) => built.fields.find((f) => f.col === col));
  const columnKey = (k: number, c: number): string => {
    const field = keyed[c];
    const id = field ? field.ids[k]! : -1;
    if (id >= 0) return `#${id}`;
    const raw = rawKey(values[rows[k]! - 1]?.[cols[c]! - 1]);
    return raw === '' ? '' : `=${raw}`;
  };
  const groups = new Map<string, number[]>();
  for (let k = 0; k < rows.length; k++) {
    const parts: string[] = [];
    for (let c = 0; c < cols.length; c++) {
      const part = columnKey(k, c);
      if (part === '') break;
      parts.push(part);
    }
    if (parts.length < cols.length) continue;
    const key = parts.join(SEPARATOR);
    const group = groups.get(key);
    if (group) group.push(rows[k]!);
    else groups.set(key, [rows[k]!]);
  }
  const fieldOf = (col: number): string | undefined => {
    const column = mapping.columns.find((c) => c.col === col);
    return column?.field ? (column.part ? `${column.field}.${column.part}` : column.field) : undefined;
  };
  const names = columnNames(headers, options.locale ?? 'en-US');
  const clusters: Cluster[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const reasons: Reason[] = cols.map((col) => {
      const column = names[col - 1] || `#${col}`;
      // Each way the rows write it (宁波海天塑机集团 = 宁波海天塑机集团有限公司): one row's cell alone
      // would say the other rows hold it as typed.
      const written = [...new Set(members.map((row) => quoteValue(cellText(values[row - 1]?.[col - 1]))))];
      return {
        field: fieldOf(col) ?? column,
        column,
        level: 'exact',
        similarity: 1,
        message: `${column}: same value (${written.join(' = ')})`,
      };
    });
    clusters.push({ rows: members, confidence: 1, band: 'merge', reasons });
  }
  clusters.sort((x, y) => x.rows[0]! - y.rows[0]!);
  return { clusters: honourNotSame(snapshot, mapping, template, clusters), rows: rows.length };
}

/** "same 手机 and 邮箱" / "手机和邮箱相同": what the rows of an exact group share. */
export function describeSameColumns(columns: readonly string[], locale: Locale): string {
  if (locale === 'zh-CN') {
    const list =
      columns.length <= 1 ? columns.join('') : `${columns.slice(0, -1).join('、')}和${columns[columns.length - 1]}`;
    return `${list}相同`;
  }
  const list =
    columns.length <= 2
      ? columns.join(' and ')
      : `${columns.slice(0, -1).join(', ')} and ${columns[columns.length - 1]}`;
  return `same ${list}`;
}
