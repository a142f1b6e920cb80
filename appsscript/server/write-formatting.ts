/**
 * The formatting steps: dropdowns, required-column marks, frozen header, filter, protected header and ID column.
 * Sheets differs from Excel in three ways the code follows: a list rule always accepts blanks
 * (there is no "ignore blank" switch), all conditional format rules of a sheet are read and set
 * as one list, and a sheet has at most one filter.
 */
import { cellAddress } from '../../shared/sheet/a1';
import {
  isRequiredFormula,
  REQUIRED_BLANK_FILL,
  REQUIRED_HEADER_FILL,
  requiredFormula,
} from '../../shared/host/required-marks';
import { type Highlight, type Protection, type RequiredColumn } from '../../shared/plan/plan';
import { sheetsCriteria } from '../../shared/host/sheets-rules';
import { highlightFormula, highlightIdOf } from '../../shared/plan/highlights';
import { isValidationRemoval } from '../../shared/plan/plan';
import { ensureSize } from './sheet-shape';
import type { WriteContext } from './write-steps';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Marks the protection Custodian adds, so a later setup replaces it instead of adding another. */
export const HEADER_PROTECTION = 'Custodian: header row';
export const ID_PROTECTION = 'Custodian: customer ID column';

/** A span this long means the whole column (Excel's height): here, down to the sheet's last row. */
const WHOLE_COLUMN_ROWS = 1_048_576;

export function applyValidations(ctx: WriteContext, sheet: Sheet): void {
  // Rules reach to the sheet's last row (a whole column); growing the sheet to Excel's height would not fit Sheets.
  const maxRows = sheet.getMaxRows();
  for (const v of ctx.plan.validations) {
    const lastRow = v.lastRow >= WHOLE_COLUMN_ROWS ? Math.max(maxRows, v.firstRow) : v.lastRow;
    if (isValidationRemoval(v)) {
      if (v.firstRow <= maxRows)
        sheet.getRange(v.firstRow, v.col, Math.min(lastRow, maxRows) - v.firstRow + 1, 1).clearDataValidations();
      continue;
    }
    const criteria = sheetsCriteria(v, {
      range: (name, a1) => {
        const from = name === undefined ? sheet : ctx.spreadsheet.getSheetByName(name);
        return from ? from.getRange(a1) : null;
      },
      date: (iso) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))),
    });
    const builder = SpreadsheetApp.newDataValidation();
    (builder[criteria.method as keyof typeof builder] as (...args: unknown[]) => unknown).apply(builder, criteria.args);
    builder.setAllowInvalid(criteria.allowInvalid);
    if (criteria.help) builder.setHelpText(criteria.help);
    ensureSize(sheet, lastRow, v.col);
    sheet.getRange(v.firstRow, v.col, lastRow - v.firstRow + 1, 1).setDataValidation(builder.build());
  }
}

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

function customFormula(rule: Rule): string | null {
  const condition = rule.getBooleanCondition();
  if (!condition || condition.getCriteriaType() !== SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA) return null;
  return String(condition.getCriteriaValues()[0]);
}

function isOwnRule(rule: Rule, required: readonly RequiredColumn[]): boolean {
  const formula = customFormula(rule);
  return formula !== null && required.some((item) => isRequiredFormula(formula, item));
}

/** Custodian's highlight rules of these ids replaced by one rule each over its ranges (or removed). */
export function applyHighlights(ctx: WriteContext, sheet: Sheet): void {
  const highlights: readonly Highlight[] = ctx.plan.highlights ?? [];
  const ids = new Set(highlights.map((h) => h.id));
  const kept = sheet
    .getConditionalFormatRules()
    .filter((rule) => !ids.has(highlightIdOf(customFormula(rule) ?? '') ?? ''));
  const added = highlights.flatMap((h) =>
    'remove' in h
      ? []
      : [
          SpreadsheetApp.newConditionalFormatRule()
            .whenFormulaSatisfied(highlightFormula(h.id))
            .setBackground(h.color)
            .setRanges(h.ranges.map((a1) => sheet.getRange(a1)))
            .build(),
        ],
  );
  sheet.setConditionalFormatRules([...kept, ...added]);
}

/** Bold, filled headers with a note, and one highlight rule per column replacing Custodian's earlier one. */
export function applyRequired(ctx: WriteContext, sheet: Sheet): void {
  const byNote = new Map<string, string[]>();
  const marks = ctx.plan.required.filter((item) => !item.remove);
  const removed = ctx.plan.required.filter((item) => item.remove).map((item) => cellAddress(1, item.col));
  // The mark goes; the header's own fill and bold come back where the plan knows them, else it keeps its bold.
  if (removed.length > 0) sheet.getRangeList(removed).setBackground(null).setNote(null);
  for (const { col, headerBefore: before } of ctx.plan.required.filter((item) => item.remove && item.headerBefore))
    sheet
      .getRange(1, col)
      .setBackground(before!.fill)
      .setFontWeight(before!.bold ? 'bold' : 'normal');
  for (const item of marks) {
    const list = byNote.get(item.note) ?? [];
    list.push(cellAddress(1, item.col));
    byNote.set(item.note, list);
    ensureSize(sheet, item.lastRow, item.col);
  }
  for (const [note, headers] of byNote)
    sheet.getRangeList(headers).setFontWeight('bold').setBackground(REQUIRED_HEADER_FILL).setNote(note);

  const kept = sheet.getConditionalFormatRules().filter((rule) => !isOwnRule(rule, ctx.plan.required));
  const added = marks.map((item) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(requiredFormula(item))
      .setBackground(REQUIRED_BLANK_FILL)
      .setRanges([sheet.getRange(item.firstRow, item.col, item.lastRow - item.firstRow + 1, 1)])
      .build(),
  );
  sheet.setConditionalFormatRules([...kept, ...added]);
}

/**
 * Custodian's protected ranges (header rows, ID columns) replaced or removed. Only the user who
 * sets up (and the owner, whom Sheets always lets edit, as it does domain admins) may edit them:
 * the others are taken off, domain-wide editing too, and the protection is a real one, not a warning.
 * Earlier versions' warning-only header protection has the same description and goes too.
 */
export function applyProtection(sheet: Sheet, protection: Protection): void {
  for (const existing of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    const description = existing.getDescription();
    if (description === HEADER_PROTECTION || description === ID_PROTECTION) existing.remove();
  }
  if ('remove' in protection) return;
  const ranges: [GoogleAppsScript.Spreadsheet.Range, string][] = [
    [sheet.getRange(1, 1, protection.headerRows, sheet.getMaxColumns()), HEADER_PROTECTION],
    ...protection.cols.map((col): [GoogleAppsScript.Spreadsheet.Range, string] => [
      sheet.getRange(1, col, sheet.getMaxRows(), 1),
      ID_PROTECTION,
    ]),
  ];
  const me = Session.getEffectiveUser();
  for (const [range, description] of ranges) {
    const guard = range.protect().setDescription(description).setWarningOnly(false);
    guard.removeEditors(guard.getEditors());
    guard.addEditor(me);
    if (guard.canDomainEdit()) guard.setDomainEdit(false);
  }
}

export function applyFilter(
  sheet: Sheet,
  filter: { firstRow: number; lastRow: number; firstCol: number; lastCol: number } | null,
): void {
  if (!filter) return void sheet.getFilter()?.remove();
  ensureSize(sheet, filter.lastRow, filter.lastCol);
  const range = sheet.getRange(
    filter.firstRow,
    filter.firstCol,
    filter.lastRow - filter.firstRow + 1,
    filter.lastCol - filter.firstCol + 1,
  );
  const existing = sheet.getFilter();
  if (existing) {
    if (existing.getRange().getA1Notation() === range.getA1Notation()) return;
    existing.remove();
  }
  range.createFilter();
}
