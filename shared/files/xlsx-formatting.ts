/**
 * The formatting parts of a plan on an exceljs worksheet: number formats, dropdown validations,
 * required-column marks, frozen header, filter. Ranges are capped to the rows in use plus a
 * margin: exceljs keeps one object per styled cell and expands every validation range into one
 * entry per cell when it reads a file, so a whole-column range would cost millions of objects.
 */
import type ExcelJS from 'exceljs';
import {
  absoluteRange,
  cellAddress,
  columnLetter,
  parseRange,
  quoteSheetName,
  rangeAddress,
  rangesOverlap,
  type CellRange,
} from '../sheet/a1';
import {
  GENERAL_FORMAT,
  isListValidation,
  isOwnValidation,
  isValidationRemoval,
  type FilterRange,
  type ListValidation,
  type NumberFormatChange,
  type PlanValidation,
  type RequiredColumn,
  type Validation,
} from '../plan/plan';
import { dateToSerial } from '../sheet/excel-dates';
import { filterByTables } from './exceljs-tables';
import { formatKeepingTime } from '../sheet/typed-input';
import type { OwnRule } from '../sheet/own-rules';
import { INLINE_LIST_LIMIT } from '../operations/setup';
import { REQUIRED_BLANK_FILL, REQUIRED_HEADER_FILL, requiredFormula } from '../host/required-marks';
import {
  conditionalFormattingsOf,
  dataValidationsOf,
  removeNote,
  setConditionalFormattings,
  type ListValidationRule,
} from './exceljs-gaps';

/** Rows below the last used row that formats and required marks still cover (room to add customers). */
export const ROW_MARGIN = 1000;
/** Rows below the last used row that rules at entry cover: one range each, so cheap to write. */
export const VALIDATION_MARGIN = 5000;
/** exceljs's colour for '#RRGGBB': opaque ARGB. */
const argb = (hex: string) => ({ argb: `FF${hex.slice(1).toUpperCase()}` });

/** The last row holding a value (0 for an empty sheet). */
export function lastValueRow(sheet: ExcelJS.Worksheet): number {
  for (let r = sheet.rowCount; r >= 1; r--) if (sheet.findRow(r)?.hasValues) return r;
  return 0;
}

export class FormattingTarget {
  readonly lastRow: number;
  /** `lastRow`: the last row holding a value, for a sheet that holds only some of its rows (a streaming writer's). */
  constructor(
    readonly sheet: ExcelJS.Worksheet,
    lastRow?: number,
  ) {
    this.lastRow = lastRow ?? lastValueRow(sheet);
  }

  /** The last row of a span to actually touch. */
  capped(firstRow: number, lastRow: number, margin = ROW_MARGIN): number {
    return Math.min(lastRow, Math.max(this.lastRow, firstRow) + margin);
  }
}

/**
 * exceljs gives every new cell a style object of its own and writes each distinct object's style
 * anew; cells styled alike share one object instead (an empty style counts as the same key).
 */
const NO_STYLE: Partial<ExcelJS.Style> = {};
export function styleKey(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  for (const _ in style) return style;
  return NO_STYLE;
}

export function applyNumberFormats(target: FormattingTarget, changes: readonly NumberFormatChange[]): void {
  for (const change of changes) {
    const last = target.capped(change.firstRow, change.lastRow);
    const numFmt = change.format === GENERAL_FORMAT ? undefined : change.format;
    // A fresh style object per original style: exceljs shares one between cells read with the same style.
    const formatted = new Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();
    for (let r = change.firstRow; r <= last; r++) {
      const cell = target.sheet.getRow(r).getCell(change.col);
      if (cell.numFmt === numFmt) continue;
      const key = styleKey(cell.style);
      let style = formatted.get(key);
      // A cell showing a date and its time keeps the time in view under a date column's format.
      if (!style)
        formatted.set(key, (style = { ...cell.style, numFmt: numFmt && formatKeepingTime(numFmt, cell.numFmt) }));
      if (style.numFmt !== cell.numFmt) cell.style = style;
    }
  }
}

/** The cells of `part` outside `range`: the rows above it, the columns left and right of it, the rows below. */
function outside(part: CellRange, range: CellRange): CellRange[] {
  if (!rangesOverlap(part, range)) return [part];
  const rows = { top: Math.max(part.top, range.top), bottom: Math.min(part.bottom, range.bottom) };
  const pieces = [
    part.top < range.top ? { ...part, bottom: range.top - 1 } : null,
    part.left < range.left ? { ...rows, left: part.left, right: range.left - 1 } : null,
    part.right > range.right ? { ...rows, left: range.right + 1, right: part.right } : null,
    part.bottom > range.bottom ? { ...part, top: range.bottom + 1 } : null,
  ];
  return pieces.filter((piece): piece is CellRange => piece !== null);
}

/**
 * Takes validations off `range` (Excel reports overlapping validations as a damaged file). A rule
 * over more cells keeps the rest (a team's rule over A2:H500 keeps A:D and F:H when E gets set up's),
 * unless a formula of its own would then be read from another top-left cell.
 */
function removeValidationsIn(sheet: ExcelJS.Worksheet, range: CellRange): void {
  const model = dataValidationsOf(sheet).model;
  for (const address of Object.keys(model)) {
    const rule = model[address];
    const parts = address.split(/\s+/).map(parseRange);
    if (rule !== undefined && !parts.some((part) => part !== null && rangesOverlap(part, range))) continue;
    delete model[address];
    if (!rule) continue;
    const plain = (rule.formulae ?? []).every((f) => typeof f !== 'string' || f.startsWith('"'));
    const corner = parts[0];
    for (const piece of parts.flatMap((part) => (part ? outside(part, range) : []))) {
      // A piece is a rule of its own, read from its top-left cell: a formula stays only on the original corner.
      if (!plain && (piece.top !== corner?.top || piece.left !== corner?.left)) continue;
      const one = piece.top === piece.bottom && piece.left === piece.right;
      model[one ? cellAddress(piece.top, piece.left) : rangeAddress(piece.top, piece.left, piece.bottom, piece.right)] =
        rule;
    }
  }
}

/** The list source formula: `"a,b,c"` inline, or `'Sheet'!$A$1:$A$9` for a range. */
export function listFormula(validation: ListValidation): string {
  const source = validation.source;
  if (source.kind === 'range') {
    return source.range.includes('!')
      ? absoluteRange(source.range)
      : `${quoteSheetName(source.sheet)}!${absoluteRange(source.range)}`;
  }
  const bad = source.values.find((v) => v.includes(',') || v.includes('"'));
  if (bad !== undefined)
    throw new Error(
      `Dropdown option "${bad}" for column ${columnLetter(validation.col)} cannot be written inline (it holds a comma or quote); the plan should use a range source`,
    );
  const joined = source.values.join(',');
  if (joined.length > INLINE_LIST_LIMIT) {
    throw new Error(
      `Dropdown list for column ${columnLetter(validation.col)} is ${joined.length} characters, over Excel's ${INLINE_LIST_LIMIT}-character limit for inline lists; the plan should use a range source`,
    );
  }
  return `"${joined}"`;
}

/** exceljs writes a date bound's serial by days since 1899-12-30; Excel's serial counts 1900-02-29. */
function dateBound(iso: string): Date {
  return new Date(EXCEL_EPOCH + dateToSerial(new Date(`${iso}T00:00:00Z`)) * DAY_MS);
}

/** A sheet's own rule as it was read: bounds as numbers, dates, a time's fraction of a day, or formulas. */
function ownBounds(rule: OwnRule): ListValidationRule['formulae'] {
  if (rule.values) return [`"${rule.values.join(',')}"`];
  return rule.formulas.map((f) => {
    if (f.startsWith('=')) return f.slice(1);
    if (rule.type === 'date') return dateBound(f);
    const time = rule.type === 'time' ? /^(\d+):(\d+):(\d+)$/.exec(f) : null;
    return time ? (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3])) / 86_400 : Number(f);
  });
}

/** The rule's type and bound as exceljs writes them; formulas lose their '=' (the file stores them without). */
function ruleOf(validation: Validation): Pick<ListValidationRule, 'type' | 'operator' | 'formulae'> {
  if (isOwnValidation(validation))
    return { type: validation.type, operator: validation.operator, formulae: ownBounds(validation) };
  if (isListValidation(validation)) return { type: 'list', formulae: [listFormula(validation)] };
  switch (validation.kind) {
    case 'custom':
    case 'email':
      return { type: 'custom', formulae: [validation.formula.slice(1)] };
    case 'date':
      return { type: 'date', operator: 'greaterThanOrEqual', formulae: [dateBound(validation.min)] };
    case 'decimal':
      return { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [validation.min] };
    case 'whole':
      return { type: 'whole', operator: 'greaterThanOrEqual', formulae: [validation.min] };
  }
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A sheet's own rule goes back over its own rows; Custodian's stop VALIDATION_MARGIN below the data. */
export function applyValidations(target: FormattingTarget, validations: readonly PlanValidation[]): void {
  for (const validation of validations) {
    const own = isOwnValidation(validation);
    const last = own ? validation.lastRow : target.capped(validation.firstRow, validation.lastRow, VALIDATION_MARGIN);
    const range = { top: validation.firstRow, bottom: last, left: validation.col, right: validation.col };
    if (isValidationRemoval(validation)) {
      removeValidationsIn(target.sheet, range);
      continue;
    }
    // A soft rule still alerts (as a warning); a list that is not strict (tags) only suggests.
    const style = own ? validation.alert : validation.strict ? 'stop' : 'warning';
    const alert = own ? style !== 'none' : validation.strict || !isListValidation(validation);
    const rule: ListValidationRule = {
      ...ruleOf(validation),
      allowBlank: validation.allowBlank,
      showErrorMessage: alert,
      errorStyle: style === 'none' ? 'stop' : style,
    };
    if (own ? validation.error || validation.errorTitle : alert && validation.error) {
      rule.errorTitle = validation.errorTitle ?? '';
      rule.error = validation.error ?? '';
    }
    if (validation.prompt) {
      rule.showInputMessage = true;
      if (validation.promptTitle) rule.promptTitle = validation.promptTitle;
      rule.prompt = validation.prompt;
    }
    removeValidationsIn(target.sheet, range);
    dataValidationsOf(target.sheet).add(rangeAddress(range.top, range.left, range.bottom, range.right), rule);
  }
}

/** The blank highlight of a column, as every host writes it or as earlier file hosts wrote it (`COUNTA($A2:$H2)`). */
const BLANK_RULE = /LEN\(TRIM\(\$?([A-Z]{1,3})\$?\d+\)\)=0/;

/**
 * Marks required columns as Excel and Google Sheets do (shared/host/required-marks.ts): the header
 * bold on a light fill with a note, and a conditional format painting the column's blanks on rows
 * that hold something.
 */
export function applyRequired(target: FormattingTarget, required: readonly RequiredColumn[]): void {
  const sheet = target.sheet;
  let formats = conditionalFormattingsOf(sheet);
  for (const column of required) {
    const letter = columnLetter(column.col);
    if (column.firstRow > 1 && column.remove) {
      // The mark goes: the header's own fill and bold come back where the plan knows them, else it keeps its bold.
      const header = sheet.getRow(column.firstRow - 1).getCell(column.col);
      const before = column.headerBefore;
      const fill: ExcelJS.Fill | undefined = before?.fill
        ? { type: 'pattern', pattern: 'solid', fgColor: argb(before.fill) }
        : undefined;
      const font = before ? { ...(header.style.font ?? {}), bold: before.bold } : header.style.font;
      header.style = { ...header.style, fill, ...(font ? { font } : {}) };
      removeNote(header);
    } else if (column.firstRow > 1) {
      const header = sheet.getRow(column.firstRow - 1).getCell(column.col);
      const fill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: argb(REQUIRED_HEADER_FILL) };
      header.style = { ...header.style, font: { ...(header.style.font ?? {}), bold: true }, fill };
      header.note = column.note;
    }
    formats = formats.filter(
      (cf) =>
        !cf.rules.some((rule) =>
          (rule as { formulae?: unknown[] }).formulae?.some(
            (f) => typeof f === 'string' && BLANK_RULE.exec(f)?.[1] === letter,
          ),
        ),
    );
    if (column.remove) continue;
    const priority = 1 + Math.max(0, ...formats.flatMap((cf) => cf.rules.map((rule) => rule.priority ?? 0)));
    formats.push({
      ref: rangeAddress(column.firstRow, column.col, target.capped(column.firstRow, column.lastRow), column.col),
      rules: [
        {
          type: 'expression',
          priority,
          formulae: [requiredFormula(column).slice(1)],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: argb(REQUIRED_BLANK_FILL) } },
        },
      ],
    });
  }
  setConditionalFormattings(sheet, formats);
}

/**
 * The sheet's views with `rows` rows frozen (none: 0) and `columns` columns (else its own frozen
 * columns, kept), keeping how the user looks at the sheet.
 */
export function frozenViews(
  current: Partial<ExcelJS.WorksheetView> | undefined,
  rows: number,
  columns?: number,
): Partial<ExcelJS.WorksheetView>[] {
  const view = current ?? {};
  const kept = { showGridLines: view.showGridLines, zoomScale: view.zoomScale, rightToLeft: view.rightToLeft };
  const xSplit = columns ?? (view.state === 'frozen' ? (view.xSplit ?? 0) : 0);
  if (rows <= 0 && xSplit <= 0) return [{ ...kept, state: 'normal' }];
  const topLeft = cellAddress(rows + 1, xSplit + 1);
  return [{ ...kept, state: 'frozen', xSplit, ySplit: rows, topLeftCell: topLeft, activeCell: topLeft }];
}

export function applyFreeze(sheet: ExcelJS.Worksheet, rows: number, columns?: number): void {
  sheet.views = frozenViews(sheet.views?.[0], rows, columns);
}

export function applyFilter(sheet: ExcelJS.Worksheet, filter: FilterRange | null): void {
  // Excel drops a table under a sheet filter: the table's own filter buttons serve instead.
  if (filter && filterByTables(sheet, filter).length > 0) {
    sheet.autoFilter = undefined;
    return;
  }
  sheet.autoFilter = filter
    ? rangeAddress(filter.firstRow, filter.firstCol, filter.lastRow, filter.lastCol)
    : undefined;
}
