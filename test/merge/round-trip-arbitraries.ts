/**
 * Merge → undo round trips, shared by every host's property test (memory, file, Excel, Sheets).
 *
 * `roundTripCaseArb` generates a customer sheet as teams keep one, in either language: messy values
 * (IDs with stray spaces, phones in several spellings, dates typed as text such as '2024-03-05' and
 * '2024/3/9', counts like '3次'), plus what a value-only test misses:
 *   - hyperlinks: a 官网 / Website column linking to https://<site>/, mailto: links on some emails, links
 *     on some 备注 / Notes cells (which a merge rewrites: it combines notes);
 *   - notes on some cells, Chinese and English, one over two lines;
 *   - number formats: a format for some columns (`columnFormats`, every data cell without its own shows
 *     it) and cells with their own (¥#,##0.00, 0.00%, yyyy"年"m"月"d"日", @), always one that suits the
 *     value (a date format on dates, a number format on numbers, @ on text) as a person would set it;
 *     every date shows a date format (its own when its column's is none), as in any spreadsheet;
 *   - formulas, with a cached number as their value: same-row (=H5*2), constant (=LEN("…")) and
 *     cross-row ones (=C3*2, =SUM(H2:H4)) whose referenced rows — or, for a range, both ends — are
 *     rows that stay: rows of no cluster, or the header. A formula pointing at a row the merge deletes
 *     turns into #REF! (as in Excel) and no undo brings it back (planMerge warns: formula.refersToMergedRow),
 *     so cases hold none.
 * and clusters of 2–4 rows with the survivor sometimes chosen (`options.masters`).
 *
 * A host's test: build the sheet from `snapshot` (values; formulas with their value as the cached
 * result; each cell's link wrapping its value, note and own format; `columnFormats[i]` on every data
 * cell of column i+1 that has no format of its own), read it back with the host, planMerge(read,
 * clusters, options), apply, read, then undo every merge latest first — planUndo, or the workbook's
 * history as `custodian undo` does — apply, read, and expect `sheetDifferences(firstRead, lastRead)`
 * to be []. Also check `sheetDifferences(snapshot, firstRead)` is [] so the host really wrote the
 * links, notes and formats (a host that cannot hold some of them says which in its test).
 */
import fc from 'fast-check';
import { isBlank, type CellValue } from '../../shared/sheet/cell-value';
import { sameMeaning } from '../../shared/history/same-meaning';
import { cellAddress, columnLetter } from '../../shared/sheet/a1';
import { isDateFormat } from '../../shared/sheet/excel-dates';
import type { CellExtras, ExtrasCell, FormulaCell, SheetSnapshot } from '../../shared/sheet/snapshot';
import type { Locale } from '../../shared/i18n/locale';
import type { MergeCluster, MergeOptions } from '../../shared/merge/types';
import { optionsFor } from './fixtures';

export interface RoundTripCase {
  locale: Locale;
  /** Values, formulas, extras (links, notes, own formats) and column formats; meta is empty. */
  snapshot: SheetSnapshot;
  clusters: MergeCluster[];
  options: MergeOptions;
}

const date = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => new Date(d.toISOString().slice(0, 10)));
const text = fc.string({ maxLength: 8 });
const textDate = fc.constantFrom('2024-03-05', '2024/3/9', '2023-12-31');

type Kind = 'id' | 'email' | 'site' | 'notes' | 'date' | 'money' | 'count' | 'text';

interface Column {
  en: string;
  zh: string;
  kind: Kind;
  value: fc.Arbitrary<CellValue>;
}

/** Column header (both languages), the messy values real lists hold in it, and what it holds. */
const COLUMNS: Column[] = [
  {
    en: 'Customer ID',
    zh: '客户编号',
    kind: 'id',
    value: fc.oneof(
      fc.constantFrom('', 'C000001', 'c000001 ', 'C000002'),
      fc.nat(99).map((n) => `C0000${n}`),
    ),
  },
  {
    en: 'Name',
    zh: '姓名',
    kind: 'text',
    value: fc.constantFrom('张伟', '张 伟', 'Zhang Wei', '李娜', 'Mary Smith', ''),
  },
  {
    en: 'Phone',
    zh: '手机',
    kind: 'text',
    value: fc.constantFrom('13800138000', '+86 138 0013 8000', '139-0013-9000', '(415) 555-0100', '', null),
  },
  {
    en: 'Email',
    zh: '邮箱',
    kind: 'email',
    value: fc.constantFrom('zw@163.com', 'ZW@163.com ', 'mary@example.com', 'not an email', ''),
  },
  {
    en: 'Website',
    zh: '官网',
    kind: 'site',
    value: fc.constantFrom('yuntu.cn', 'www.yuntu.cn', 'acme.com', 'xinghe.cn', '', null),
  },
  {
    en: 'Tags',
    zh: '标签',
    kind: 'text',
    value: fc.constantFrom('高意向', 'High Intent, 决策人', 'Referral、投诉', '', 'VIP'),
  },
  {
    en: 'Last Contact',
    zh: '最近联系日期',
    kind: 'date',
    value: fc.oneof(date, textDate, fc.constantFrom('下周', '')),
  },
  {
    en: 'Purchase Count',
    zh: '购买次数',
    kind: 'count',
    value: fc.oneof(fc.nat(20), fc.constantFrom('3次', '很多', '', null)),
  },
  {
    en: 'Total Spend',
    zh: '累计消费金额',
    kind: 'money',
    value: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constantFrom('¥1,200.50', '1.2万', '', 'n/a')),
  },
  {
    en: 'Notes',
    zh: '备注',
    kind: 'notes',
    value: fc.oneof(text, fc.constantFrom('老客户; 喜欢绿茶', 'VIP', '', 'Other phone: 13800138000')),
  },
  { en: 'Created', zh: '创建日期', kind: 'date', value: fc.oneof(date, textDate, fc.constant('')) },
  { en: 'Updated', zh: '更新日期', kind: 'date', value: fc.oneof(date, fc.constant('')) },
  { en: 'Extra', zh: '自定义', kind: 'text', value: fc.oneof(text, fc.boolean(), fc.integer()) },
];

const NOTES = [
  '展会后要求回电',
  '老客户，优先跟进',
  'Asked for a call back after the trade show',
  'Prefers WeChat\n周末勿扰',
];
const DATE_FORMATS = ['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', 'm/d/yyyy'];
const NUMBER_FORMATS = ['¥#,##0.00', '0.00%', '#,##0'];
/** A column format by kind, when the column has one (dates and money are where teams set them). */
const COLUMN_FORMATS: Partial<Record<Kind, string[]>> = {
  date: ['yyyy-mm-dd', 'yyyy"年"m"月"d"日"'],
  money: ['"¥"#,##0.00', '"$"#,##0.00'],
};

/** A format a person would give this value, or none (a date format on dates, a number format on numbers). */
function formatsFor(value: CellValue): string[] {
  if (value instanceof Date) return DATE_FORMATS;
  if (typeof value === 'number') return NUMBER_FORMATS;
  if (typeof value === 'string' && value.trim() !== '') return ['@'];
  return [];
}

/** A link a person would put on this cell, or undefined. */
function linkFor(kind: Kind, value: CellValue): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (kind === 'site') return `https://${value.trim()}/`;
  if (kind === 'email' && value.includes('@')) return `mailto:${value.trim()}`;
  // A note linking to the conversation it records: a cell a merge rewrites (notes are combined).
  if (kind === 'notes') return `https://crm.example.cn/notes/${value.trim().length}`;
  return undefined;
}

interface Layout {
  locale: Locale;
  columns: Column[];
  rowCount: number;
  separate: boolean;
  order: number[];
  sizes: number[];
}

/** The clusters: consecutive slices of a shuffled row order, and the rows left in none. */
function clustersOf(order: readonly number[], sizes: readonly number[]): MergeCluster[] {
  const clusters: MergeCluster[] = [];
  let next = 0;
  for (const size of sizes) {
    if (next + size > order.length) break;
    clusters.push({ rows: order.slice(next, next + size), confidence: 0.9 });
    next += size;
  }
  return clusters;
}

/** A formula for a cell of `row`, referencing only that row, rows that stay, or nothing. */
function formulaArb(row: number, width: number, stays: readonly number[]): fc.Arbitrary<string> {
  const col = fc.integer({ min: 1, max: width }).map(columnLetter);
  const own = fc.oneof(
    col.map((c) => `=${c}${row}*2`),
    col.map((c) => `=LEN(${c}${row})`),
    fc.nat(99).map((n) => `=LEN("${n}")`),
  );
  if (stays.length === 0) return own;
  const stay = fc.constantFrom(...stays);
  const span = fc
    .tuple(stay, stay)
    .filter(([a, b]) => a < b)
    .map(([a, b]) => [a, b] as const);
  return fc.oneof(
    own,
    fc.tuple(col, stay).map(([c, r]) => `=${c}${r}*2`),
    fc.tuple(col, stay).map(([c, r]) => `=IF(${c}$${r}="","",${c}$${r})`),
    ...(stays.length > 1 ? [fc.tuple(col, span).map(([c, [a, b]]) => `=SUM(${c}${a}:${c}${b})`)] : []),
  );
}

const layoutArb: fc.Arbitrary<Layout> = fc
  .record({
    locale: fc.constantFrom<Locale>('zh-CN', 'en-US'),
    columns: fc.shuffledSubarray(COLUMNS, { minLength: 2 }),
    rowCount: fc.integer({ min: 2, max: 9 }),
    separate: fc.boolean(),
  })
  .chain((base) =>
    fc
      .record({
        order: fc.shuffledSubarray(
          Array.from({ length: base.rowCount }, (_, i) => i + 2),
          { minLength: base.rowCount, maxLength: base.rowCount },
        ),
        sizes: fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 1, maxLength: 4 }),
      })
      .map((more) => ({ ...base, ...more })),
  );

export const roundTripCaseArb: fc.Arbitrary<RoundTripCase> = layoutArb.chain((layout) => {
  const { locale, columns, rowCount, separate, order, sizes } = layout;
  const clusters = clustersOf(order, sizes);
  const inCluster = new Set(clusters.flatMap((c) => c.rows));
  // The header and rows of no cluster are never deleted by the merge.
  const stays = [1, ...order.filter((r) => !inCluster.has(r)).sort((a, b) => a - b)];
  const width = columns.length;
  const cell = fc.tuple(fc.integer({ min: 2, max: rowCount + 1 }), fc.integer({ min: 1, max: width }));
  return fc
    .record({
      rows: fc.array(fc.tuple(...columns.map((c) => c.value)), { minLength: rowCount, maxLength: rowCount }),
      columnFormats: fc.tuple(
        ...columns.map((c) => fc.option(fc.constantFrom(...(COLUMN_FORMATS[c.kind] ?? ['General'])), { nil: null })),
      ),
      linkedRows: fc.array(fc.boolean(), { minLength: rowCount, maxLength: rowCount }),
      notes: fc.array(fc.tuple(cell, fc.constantFrom(...NOTES)), { maxLength: 4 }),
      formats: fc.array(fc.tuple(cell, fc.nat()), { maxLength: 5 }),
      formulas: fc.array(
        cell.chain(([row, col]) =>
          fc.tuple(fc.constant(row), fc.constant(col), formulaArb(row, width, stays), fc.nat(500)),
        ),
        { maxLength: 4 },
      ),
      masterSeeds: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 4, maxLength: 4 }),
    })
    .map(({ rows, columnFormats, linkedRows, notes, formats, formulas, masterSeeds }): RoundTripCase => {
      const values: CellValue[][] = [
        columns.map((c) => (locale === 'zh-CN' ? c.zh : c.en)),
        ...rows.map((r) => [...r]),
      ];
      const formulaCells = new Map<string, FormulaCell>();
      for (const [row, col, formula, result] of formulas) {
        formulaCells.set(cellAddress(row, col), { row, col, formula });
        values[row - 1]![col - 1] = result;
      }
      const extras = new Map<string, CellExtras & { row: number; col: number }>();
      const extrasAt = (row: number, col: number) => {
        const key = cellAddress(row, col);
        const found = extras.get(key) ?? { row, col };
        extras.set(key, found);
        return found;
      };
      // On the rows drawn, every site and email cell a person would link.
      linkedRows.forEach((linked, i) => {
        const row = i + 2;
        columns.forEach((column, c) => {
          const link = linkFor(column.kind, values[row - 1]![c]!);
          if (linked && link && !formulaCells.has(cellAddress(row, c + 1))) extrasAt(row, c + 1).link = link;
        });
      });
      for (const [[row, col], note] of notes) extrasAt(row, col).note = note;
      for (const [[row, col], seed] of formats) {
        const choices = formatsFor(values[row - 1]![col - 1]!).filter((f) => f !== columnFormats[col - 1]);
        if (choices.length > 0) extrasAt(row, col).format = choices[seed % choices.length]!;
      }
      const cleanFormats = columnFormats.map((f) => (f === 'General' ? null : f));
      // A spreadsheet date is a number shown with a date format: every date cell shows one.
      values.forEach((cells, r) =>
        cells.forEach((value, c) => {
          const shown = extras.get(cellAddress(r + 1, c + 1))?.format ?? cleanFormats[c];
          if (r > 0 && value instanceof Date && !(shown && isDateFormat(shown)))
            extrasAt(r + 1, c + 1).format = DATE_FORMATS[(r + c) % DATE_FORMATS.length]!;
        }),
      );
      const snapshot: SheetSnapshot = {
        name: locale === 'zh-CN' ? '客户' : 'Customers',
        values,
        formulas: [...formulaCells.values()].sort((a, b) => a.row - b.row || a.col - b.col),
        extras: [...extras.values()].sort((a, b) => a.row - b.row || a.col - b.col) as ExtrasCell[],
        ...(cleanFormats.some((f) => f !== null) ? { columnFormats: cleanFormats } : {}),
        meta: {},
      };
      const masters: Record<number, number> = {};
      clusters.forEach((c, i) => {
        const seed = masterSeeds[i];
        if (seed !== undefined) masters[i] = c.rows[seed % c.rows.length]!;
      });
      const found: RoundTripCase = {
        locale,
        snapshot,
        clusters,
        options: optionsFor(snapshot, locale, { masters, countsAreSeparatePurchases: separate }),
      };
      // A failing case is shown without the template the options carry (hundreds of lines).
      Object.defineProperty(found, fc.toStringMethod, {
        value: () => fc.stringify({ locale, snapshot, clusters, masters, countsAreSeparatePurchases: separate }),
      });
      return found;
    });
});

// --- comparing two sheets as a person would ---

const GENERAL = new Set(['', 'general', 'automatic']);

/** A format, with the hosts' names for "none" (General, Automatic) made one. */
function formatName(format: string | null | undefined): string {
  return format === null || format === undefined || GENERAL.has(format.trim().toLowerCase()) ? '' : format;
}

/** The format a cell shows: its own, else (below the header) its column's. */
export function shownFormat(snapshot: SheetSnapshot, extras: CellExtras | undefined, row: number, col: number): string {
  return formatName(extras?.format ?? (row > 1 ? snapshot.columnFormats?.[col - 1] : null));
}

const formulaText = (formula: string) => formula.replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
const noteText = (note: string | undefined) => (note ?? '').replace(/\r\n?/g, '\n');

function extrasMap(snapshot: SheetSnapshot): Map<string, CellExtras> {
  return new Map((snapshot.extras ?? []).map(({ row, col, ...more }) => [cellAddress(row, col), more]));
}

/**
 * How `actual` differs from `expected` as a person would see it, one line per difference ("C5 note:
 * 'a' ≠ 'b'"), [] when they are the same:
 *   - values by meaning: a date is a date however stored (Date or its yyyy-mm-dd text), 12 is "12",
 *     '' is an empty cell; rows and columns past either sheet's end are empty;
 *   - formula cells by their formula text (case and spaces aside); their cached values are left out,
 *     since hosts recompute them;
 *   - links and notes exactly (line ends aside);
 *   - the format each non-empty cell shows: its own, else (data rows) its column's (General and Automatic are none).
 */
export function sheetDifferences(expected: SheetSnapshot, actual: SheetSnapshot): string[] {
  const out: string[] = [];
  const formulas = (s: SheetSnapshot) => new Map((s.formulas ?? []).map((f) => [cellAddress(f.row, f.col), f.formula]));
  const [fa, fb] = [formulas(expected), formulas(actual)];
  const [ea, eb] = [extrasMap(expected), extrasMap(actual)];
  const rows = Math.max(expected.values.length, actual.values.length);
  const width = Math.max(0, ...expected.values.map((r) => r.length), ...actual.values.map((r) => r.length));
  const show = (v: CellValue | string | undefined) =>
    v instanceof Date ? v.toISOString().slice(0, 10) : JSON.stringify(v ?? null);
  for (let row = 1; row <= rows; row++) {
    for (let col = 1; col <= width; col++) {
      const at = cellAddress(row, col);
      const [a, b] = [expected.values[row - 1]?.[col - 1] ?? null, actual.values[row - 1]?.[col - 1] ?? null];
      const [formulaA, formulaB] = [fa.get(at), fb.get(at)];
      if (formulaA !== undefined || formulaB !== undefined) {
        if (formulaA === undefined || formulaB === undefined || formulaText(formulaA) !== formulaText(formulaB))
          out.push(`${at} formula: ${formulaA ?? show(a)} ≠ ${formulaB ?? show(b)}`);
      } else if (!sameMeaning(a, b)) out.push(`${at} value: ${show(a)} ≠ ${show(b)}`);
      const [xa, xb] = [ea.get(at), eb.get(at)];
      if ((xa?.link ?? '') !== (xb?.link ?? '')) out.push(`${at} link: ${show(xa?.link)} ≠ ${show(xb?.link)}`);
      if (noteText(xa?.note) !== noteText(xb?.note)) out.push(`${at} note: ${show(xa?.note)} ≠ ${show(xb?.note)}`);
      const filled = !isBlank(a) || !isBlank(b) || formulaA !== undefined || formulaB !== undefined;
      const [formatA, formatB] = [shownFormat(expected, xa, row, col), shownFormat(actual, xb, row, col)];
      if (filled && formatA !== formatB) out.push(`${at} format: ${show(formatA)} ≠ ${show(formatB)}`);
    }
  }
  return out;
}
