/**
 * The live analysis sheet (客户分析 / Customer Insights): a helper-sheet write of formulas over the
 * customer sheet's whole columns — COUNTA, COUNTIFS, SUMIFS — so it stays true as people edit and
 * add rows, in Excel, Google Sheets and LibreOffice alike. Where a formula can only approximate the
 * check (validity of phones, dates typed as text), the row says so. `cells` tells where each figure is.
 */
import { cellAddress } from '../sheet/a1';
import type { CellValue } from '../sheet/cell-value';
import type { SheetWrite } from '../plan/plan';
import { HELPER_HEADER_KEY } from '../merge/helper-sheet';
import type { Locale } from '../i18n/locale';
import type { HeaderMapping } from '../template/header-mapping';
import type { Field, Template } from '../template/schema';
import { ACTIVITY_FIELDS, FOLLOW_UP_FIELD, SPEND_FIELD } from './insight-fields';
import { exactCriterion, wholeColumn } from './criteria';
import { INSIGHTS_LABELS, type InsightsLabels } from './labels';
import { segmentColumns } from './segment-fields';
import { segmentValueLists } from './segment-values';
import { excludedRows, exclusionCriteria } from './excluded-rows';
import { labelWithUnit, spendColumn } from './spend-column';
import { itemRowsCriterion } from './item-rows-criterion';
import { NO_DATE_SPELLINGS, unrecordedSpellings } from './unrecorded';

export interface AnalysisSheetInput {
  /** The customer sheet the formulas read. */
  sheet: string;
  /** Its values (row 1 = headers as they will be), read for the segment values to list. */
  values: readonly (readonly CellValue[] | undefined)[];
  mapping: HeaderMapping;
  template: Template;
  locale: Locale;
  staleDays?: number;
  /** Columns whose own values are kept as typed (own-values.ts): listed as typed, as the report counts them. */
  ownValues?: ReadonlySet<number>;
}

export interface SegmentCells {
  count: string;
  share: string;
  spend?: string;
}

export interface AnalysisCells {
  rows: string;
  /** Filled cells of the spend column its sums leave out (text: 1.5万, £75.00), when there is one. */
  spendLeftOut?: string;
  stale?: string;
  overdue?: string;
  dueIn7Days?: string;
  /**
   * By field key (`name.given` for a part, `phone@座机` for a second column of a field): where filled and,
   * when a formula can tell, valid are.
   */
  quality: Record<string, { filled: string; valid?: string }>;
  /** By field key, then by value ("" for blanks); `other` counts values not listed. */
  segments: Record<string, { values: Record<string, SegmentCells>; other: SegmentCells }>;
}

export interface AnalysisSheet {
  write: SheetWrite;
  /** Names the sheet as Custodian's own (helper-sheet convention), so no host offers it as a customer list. */
  meta: Record<string, string>;
  cells: AnalysisCells;
}

const WIDTH = 5;
const TODAY = '$B$3';
const DAYS = '$B$4';
const ROWS = '$B$5';

class SheetBuilder {
  readonly rows: CellValue[][] = [];
  readonly formulas: (string | null)[][] = [];

  /** Adds a row of values and formulas (a string starting with = is a formula); returns its row number. */
  add(cells: (CellValue | undefined)[]): number {
    const values: CellValue[] = [];
    const formulas: (string | null)[] = [];
    for (let i = 0; i < WIDTH; i++) {
      const cell = cells[i] ?? null;
      const isFormula = typeof cell === 'string' && cell.startsWith('=');
      values.push(isFormula ? null : cell);
      formulas.push(isFormula ? cell : null);
    }
    this.rows.push(values);
    this.formulas.push(formulas);
    return this.rows.length;
  }
}

export function analysisSheetName(locale: Locale): string {
  return INSIGHTS_LABELS[locale].sheetName;
}

/** False when the customer sheet itself bears the analysis sheet's name: writing it would replace the customers. */
export function analysisSheetFits(customerSheet: string, locale: Locale): boolean {
  return customerSheet.trim().toLowerCase() !== analysisSheetName(locale).toLowerCase();
}

export function planAnalysisSheet(input: AnalysisSheetInput): AnalysisSheet {
  const { sheet, mapping, template, locale } = input;
  const words = INSIGHTS_LABELS[locale];
  const out = new SheetBuilder();
  const col = (key: string): string | undefined =>
    mapping.byField[key] === undefined ? undefined : wholeColumn(sheet, mapping.byField[key]!);
  // A 合计 row, notes or a report's footer under the customers is no customer, nor is an order's further
  // item row: every count leaves them out.
  const excl = exclusionCriteria(sheet, input.values) + itemRowsCriterion(sheet, input.values, mapping, template);
  const nonBlank = (range: string) => (excl ? `COUNTIFS(${range},"<>"${excl})` : `COUNTA(${range})`);
  const headed = mapping.columns.filter((c) => c.header !== '').map((c) => nonBlank(wholeColumn(sheet, c.col)));

  out.add([words.title]);
  out.add([words.liveNote]);
  out.add([words.today, '=TODAY()']);
  out.add([words.staleDays, input.staleDays ?? template.staleDays]);
  // Rows: the fullest column's values below its header (setup gives every row an ID).
  const rowsRow = out.add([words.customers, headed.length > 0 ? `=MAX(0,MAX(${headed.join(',')})-1)` : 0]);
  const cells: AnalysisCells = { rows: cellAddress(rowsRow, 2), quality: {}, segments: {} };
  const spendCol = spendColumn(mapping);
  const spend = col(SPEND_FIELD);
  if (spend) {
    // SUMIFS adds number cells alone: what it leaves out is counted, so no total hides it.
    const numbers = excl ? `COUNTIFS(${spend},">=0"${excl})+COUNTIFS(${spend},"<0"${excl})` : `COUNT(${spend})`;
    const row = out.add([words.spendLeftOut, `=${nonBlank(spend)}-1-${numbers}`, words.spendLeftOutNote]);
    cells.spendLeftOut = cellAddress(row, 2);
  }

  out.add([]);
  out.add([words.followUp]);
  const stale = staleFormula(col, excl);
  if (stale) cells.stale = cellAddress(out.add([words.stale, stale]), 2);
  const next = col(FOLLOW_UP_FIELD);
  if (next) {
    cells.overdue = cellAddress(out.add([words.overdue, `=COUNTIFS(${next},"<"&${TODAY}${excl})`]), 2);
    cells.dueIn7Days = cellAddress(
      out.add([words.dueIn7Days, `=COUNTIFS(${next},">="&${TODAY},${next},"<="&(${TODAY}+7)${excl})`]),
      2,
    );
  }

  out.add([]);
  out.add([words.quality]);
  out.add([words.field, words.column, words.filled, words.valid, words.note]);
  const fields = new Map(template.fields.map((f) => [f.key, f]));
  const excluded = excludedRows(input.values);
  // Text the report counts with the blanks: Outlook's 0/0/00 in a date column (any row may get one),
  // a choice's Unspecified or 未知 as the list spells it. A column kept as typed counts as typed.
  const unfilled = (field: Field, col: number, range: string): string => {
    const spellings =
      field.kind === 'date'
        ? NO_DATE_SPELLINGS
        : input.ownValues?.has(col)
          ? []
          : unrecordedSpellings(input.values, col, field, excluded);
    return spellings.length > 0 ? `-${segmentFormulas(range, spellings, undefined, excl).count.slice(1)}` : '';
  };
  for (const column of mapping.columns) {
    // A second column of a field (座机 beside 手机) is checked as it: the report counts it too.
    const field = fields.get(column.field ?? column.secondOf ?? '');
    if (!field) continue;
    const range = wholeColumn(sheet, column.col);
    const filled = `${nonBlank(range)}-1${unfilled(field, column.col, range)}`;
    const valid = validFormula(field, range, filled, locale, words, excl);
    const own = column.field !== null;
    const row = out.add([
      column.part || !own ? column.header : field.labels[locale],
      column.header,
      `=${filled}`,
      valid.formula,
      valid.note,
    ]);
    const key = !own ? `${field.key}@${column.header}` : column.part ? `${field.key}.${column.part}` : field.key;
    cells.quality[key] = { filled: cellAddress(row, 3), ...(valid.formula ? { valid: cellAddress(row, 4) } : {}) };
  }

  // Totals count in the column's unit (万元, USD), as its cells do: the heading says which.
  const spendHeader = labelWithUnit(words.totalSpend, spendCol?.unit, locale);
  const segments = segmentColumns({ template, mapping });
  const listed = input.values.filter((_, index) => !excluded(index));
  const lists = segmentValueLists(listed, segments, template, locale, input.ownValues);
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s]!;
    const range = wholeColumn(sheet, segment.col);
    out.add([]);
    out.add([segment.field.labels[locale], words.value, words.count, words.share, spend ? spendHeader : null]);
    const first = out.rows.length + 1;
    const values: Record<string, SegmentCells> = {};
    const share = (row: number) => `=IF(${ROWS}>0,C${row}/${ROWS},0)`;
    const { listed: valuesListed, placeholders } = lists[s]!;
    for (const { value, spellings } of valuesListed) {
      const row = out.rows.length + 1;
      const { count, sum } = segmentFormulas(range, spellings, spend, excl);
      out.add([null, value, count, share(row), sum]);
      values[value] = segmentCells(row, Boolean(spend));
    }
    const last = out.rows.length;
    const listedSum = (c: string) => (last >= first ? `-SUM(${c}${first}:${c}${last})` : '');
    const filledCount = excl ? `COUNTIFS(${range},"<>"${excl})` : `COUNTIF(${range},"<>")`;
    // Placeholders (-, 无) fill their cells but name no segment: they move from the filled cells to the blanks.
    const none = placeholders.length > 0 ? segmentFormulas(range, placeholders, spend, excl) : undefined;
    const [noneCount, noneSum] = [none?.count.slice(1), none?.sum?.slice(1)];
    // Header cells count in COUNTIF(…,"<>") and never in SUMIFS (a header is text): hence the -1.
    const otherRow = out.rows.length + 1;
    out.add([
      null,
      words.otherValues,
      `=${filledCount}-1${listedSum('C')}${noneCount ? `-${noneCount}` : ''}`,
      share(otherRow),
      spend ? `=SUMIFS(${spend},${range},"<>"${excl})${listedSum('E')}${noneSum ? `-${noneSum}` : ''}` : null,
    ]);
    const blankRow = out.rows.length + 1;
    out.add([
      null,
      words.blank,
      `=${ROWS}-(${filledCount}-1)${noneCount ? `+${noneCount}` : ''}`,
      share(blankRow),
      spend
        ? `=${excl ? `SUMIFS(${spend}${excl})` : `SUM(${spend})`}-SUMIFS(${spend},${range},"<>"${excl})${noneSum ? `+${noneSum}` : ''}`
        : null,
    ]);
    values[''] = segmentCells(blankRow, Boolean(spend));
    cells.segments[segment.field.key] = { values, other: segmentCells(otherRow, Boolean(spend)) };
  }

  const write: SheetWrite = {
    name: words.sheetName,
    hidden: false,
    // Its formulas stay true as people edit, so set up never needs to rewrite it; and a sheet the
    // user already keeps under this name is theirs. Undo leaves it: whichever set up finds it missing
    // writes it, so no one set up owns it, and it holds only formulas over the list.
    mode: 'create',
    kept: true,
    rows: out.rows,
    formulas: out.formulas,
  };
  return { write, meta: { [HELPER_HEADER_KEY + words.sheetName]: JSON.stringify([words.title]) }, cells };
}

/** A listed value's count and spend: over each of its spellings (杭州市, 杭州) when it has several. */
function segmentFormulas(range: string, spellings: readonly string[], spend: string | undefined, excl: string) {
  if (spellings.length === 1) {
    const criterion = exactCriterion(spellings[0]!);
    return {
      count: `=COUNTIFS(${range},${criterion}${excl})`,
      sum: spend ? `=SUMIFS(${spend},${range},${criterion}${excl})` : null,
    };
  }
  const criteria = `{${spellings.map(exactCriterion).join(',')}}`;
  return {
    count: `=SUMPRODUCT(COUNTIFS(${range},${criteria}${excl}))`,
    sum: spend ? `=SUMPRODUCT(SUMIFS(${spend},${range},${criteria}${excl}))` : null,
  };
}

function segmentCells(row: number, spend: boolean): SegmentCells {
  return { count: cellAddress(row, 3), share: cellAddress(row, 4), ...(spend ? { spend: cellAddress(row, 5) } : {}) };
}

/** Stale: the latest of last contact and last purchase before today minus the days (rows with neither not counted). */
function staleFormula(col: (key: string) => string | undefined, excl: string): string | undefined {
  const [contact, purchase] = ACTIVITY_FIELDS.map(col);
  const before = `"<"&(${TODAY}-${DAYS})`;
  if (contact && purchase) {
    return `=COUNTIFS(${contact},${before},${purchase},${before}${excl})+COUNTIFS(${contact},${before},${purchase},""${excl})+COUNTIFS(${purchase},${before},${contact},""${excl})`;
  }
  const only = contact ?? purchase;
  return only ? `=COUNTIFS(${only},${before}${excl})` : undefined;
}

/** Validity by formula where one can judge it, with what it counts; else no formula and a note. */
function validFormula(
  field: Field,
  range: string,
  filled: string,
  locale: Locale,
  words: InsightsLabels,
  excl: string,
): { formula: string | null; note: string | null } {
  // Numbers of either sign, as COUNT counts them, where rows are left out.
  const numbers = excl ? `COUNTIFS(${range},">=0"${excl})+COUNTIFS(${range},"<0"${excl})` : `COUNT(${range})`;
  switch (field.kind) {
    case 'id':
    case 'text':
    case 'personName':
      return { formula: `=${filled}`, note: null };
    case 'date':
      // Only real dates: a wildcard criterion would also match date cells in LibreOffice (it compares their display text).
      return { formula: `=${numbers}`, note: words.validNotes.date };
    case 'money':
      return { formula: `=COUNTIFS(${range},">=0"${excl})`, note: words.validNotes.money };
    case 'integer':
      return { formula: `=${numbers}`, note: words.validNotes.integer };
    case 'email':
      return { formula: `=COUNTIFS(${range},"?*@?*.?*"${excl})`, note: words.validNotes.email };
    case 'choice':
    case 'yesNo': {
      const options =
        field.kind === 'yesNo'
          ? locale === 'zh-CN'
            ? ['是', '否']
            : ['Yes', 'No']
          : (field.options ?? []).map((o) => o.labels[locale]);
      if (options.length === 0) return { formula: null, note: words.validNotes.unchecked };
      return {
        formula: `=SUMPRODUCT(COUNTIFS(${range},{${options.map(exactCriterion).join(',')}}${excl}))`,
        note: words.validNotes.choice,
      };
    }
    default:
      return { formula: null, note: words.validNotes.unchecked };
  }
}
