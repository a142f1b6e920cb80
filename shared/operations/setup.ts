/**
 * setup: the plan that turns a sheet into the governed template. Existing columns stay where
 * they are (mapped headers take the template's labels: setup-headers.ts), missing template fields
 * are appended, choice fields get dropdowns (lists too long for Excel's 255-character inline limit
 * go to a hidden lists sheet), required columns are marked, formats set per kind, the header row
 * frozen and filtered, and every row given a customer ID.
 */
import { columnOverrideKey, sharedHeaderColumns } from '../sheet/column-names';
import { isDateFormat } from '../sheet/excel-dates';
import { isCodeField, isZeroPaddedFormat } from '../normalise/text-marker';
import { MAX_SHEET_ROWS, quoteSheetName, rangeAddress } from '../sheet/a1';
import { columnCount, type SheetSnapshot } from '../sheet/snapshot';
import {
  emptyPlan,
  GENERAL_FORMAT,
  isOwnValidation,
  isValidationRemoval,
  type ListValidation,
  type Plan,
  type Protection,
} from '../plan/plan';
import { currentProtection, protectionMeta } from '../plan/protection';
import type { Locale } from '../i18n/locale';
import { mapHeaders, sampleRows, type HeaderMapping } from '../template/header-mapping';
import type { Field, FieldKind } from '../template/schema';
import { customerIdPlan, idMetaBefore, ownIdExample, withUndoMeta } from './customer-ids';
import { META_KEYS } from './meta-keys';
import { resolveContext, type OperationOptions } from './options';
import type { OwnValues } from './own-values';
import { isEmptyRow } from '../sheet/cell-value';
import { analysisSheetFits, planAnalysisSheet } from '../insights/analysis-sheet';
import { recordOperation } from '../history/record-operation';
import { choiceTexts, entryRule, secondPhoneRule } from './validation-rules';
import { phoneEntryShape } from './phone-entry-rule';
import { planSetupHeaders } from './setup-headers';
import { formatSpans } from './format-spans';
import { crmLeadSourcesIn } from '../template/crm-lead-sources';
import { keptOwnList } from './setup-own-list';
import { chineseScript } from '../normalise/chinese-script';

export const LISTS_SHEET = '_custodian_lists';
/** Excel rejects inline list sources longer than this. */
export const INLINE_LIST_LIMIT = 255;
/** Formats and required marks reach this far below the data, so new rows are governed too. */
const GOVERNED_MARGIN = 1000;

const FORMATS: Partial<Record<FieldKind, string>> = {
  id: '@',
  phone: '@',
  date: 'yyyy-mm-dd',
  integer: '0',
  money: '#,##0.00',
};

export interface SetupResult {
  plan: Plan;
  /** The mapping after setup: every template field that setup gives a column. */
  mapping: HeaderMapping;
  locale: Locale;
}

export function planSetup(snapshot: SheetSnapshot, options: OperationOptions = {}): SetupResult {
  const ctx = resolveContext(snapshot, options);
  const { template, locale, mapping } = ctx;
  const plan = emptyPlan(snapshot.name);
  const header = snapshot.values[0] ?? [];
  const width = Math.max(columnCount(snapshot.values), header.length);

  const headers = planSetupHeaders(header, width, mapping, template, locale, isTraditionalList(snapshot));
  plan.edits.push(...headers.edits);
  const { finalHeaders } = headers;
  const finalMapping = mapHeaders(finalHeaders, template, splitNameOverrides(mapping), sampleRows(snapshot.values));

  const lastDataRow = lastNonEmptyRow(snapshot);
  const lastRow = Math.min(MAX_SHEET_ROWS, Math.max(lastDataRow, 1) + GOVERNED_MARGIN);
  const listColumns: string[][] = [];
  // A list keeping IDs of its own style (00123) gets a rule its IDs meet: check accepts them.
  const ownId = ownIdExample(snapshot, ctx);
  // Phone rules take the list's phone reading, as Check does (phone-entry-rule.ts).
  const phoneShape = phoneEntryShape(snapshot.values, mapping, template, locale);
  for (const column of finalMapping.columns) {
    const field = template.fields.find((f) => f.key === column.field);
    if (!field) {
      // A second phone column (座机 beside 手机) is checked like the first: it gets the phone rule too.
      const of = column.secondOf ? template.fields.find((f) => f.key === column.secondOf) : undefined;
      const headerText = finalHeaders[column.col - 1] || column.header;
      const rule =
        of &&
        secondPhoneRule(of, { col: column.col, firstRow: 2, lastRow: MAX_SHEET_ROWS }, headerText, locale, phoneShape);
      if (rule) {
        plan.validations.push(rule);
        keepReplacedRules(snapshot, plan.validations, column.col);
      }
      continue;
    }
    const span = { col: column.col, firstRow: 2, lastRow };
    const shown = snapshot.columnFormats?.[column.col - 1] ?? null;
    // A column of dates keeps the day format the team shows them in (yyyy"年"m"月"d"日"): the values are
    // real dates either way. A format with a time of day is not kept: each cell shows its own time.
    // A code column padded with zeros (会员卡号 000123 stored as 123) keeps its format: as text it would show 123.
    const format =
      (field.kind === 'date' && isDayFormat(shown)) || (isCodeField(field) && isZeroPaddedFormat(shown))
        ? shown
        : FORMATS[field.kind];
    if (format) {
      const before = formatBefore(snapshot, column.col);
      for (const part of formatSpans(snapshot, column.col, field, span)) {
        const cells = before.previous !== undefined ? cellsBefore(snapshot, column.col, part, before.previous) : [];
        plan.numberFormats.push({
          ...span,
          ...part,
          format,
          ...before,
          ...(cells.length ? { cellsBefore: cells } : {}),
        });
      }
    }
    if (field.required) {
      // The team's own header look, so taking the mark away (undo) gives it back.
      const before = snapshot.view?.header?.[column.col - 1];
      plan.required.push({
        ...span,
        note: locale === 'zh-CN' ? '必填' : 'Required',
        ...(before ? { headerBefore: before } : {}),
      });
    }
    // Rules at entry cover the whole column (hosts that cannot, like files, cap them below the data).
    const ruleSpan = { ...span, lastRow: MAX_SHEET_ROWS };
    const headerText = finalHeaders[column.col - 1] || field.labels[locale];
    // A column with a list of its own gets that list: the template's options would reject its values.
    const own = ctx.ownValues.get(column.col);
    // A CRM's own lead sources in the column (Zoho's Web Download) stay valid choices beside the options.
    // The team's own dropdown, where the template understands each option, stays as narrow as they made it.
    const options = own
      ? ownListOptions(snapshot, column.col, own)
      : (keptOwnList(snapshot.rules, column.col, field, locale) ??
        withValues(dropdownOptions(field, locale), crmLeadSourcesIn(field, snapshot.values, column.col)));
    if (options)
      plan.validations.push({
        ...listValidation(ruleSpan, options, listColumns),
        ...choiceTexts(headerText, locale),
        // The sheet shows the values in use, not every one the team allows: another one is not refused.
        strict: !own && field.entry !== 'soft',
      });
    const rule = entryRule(field, ruleSpan, headerText, template, locale, phoneShape, ownId);
    if (rule) plan.validations.push(rule);
    keepReplacedRules(snapshot, plan.validations, column.col);
  }
  if (listColumns.length > 0) {
    const height = Math.max(...listColumns.map((c) => c.length));
    const rows = Array.from({ length: height }, (_, r) => listColumns.map((c) => c[r] ?? null));
    plan.sheets.push({ name: LISTS_SHEET, hidden: true, mode: 'replace', rows });
  }
  // The live analysis sheet reads the columns as setup leaves them.
  if (analysisSheetFits(snapshot.name, locale)) {
    const analysis = planAnalysisSheet({
      sheet: snapshot.name,
      values: snapshot.values,
      mapping: finalMapping,
      template,
      locale,
      ownValues: new Set(ctx.ownValues.keys()),
    });
    plan.sheets.push(analysis.write);
    Object.assign(plan.meta, analysis.meta);
  }
  plan.freezeRows = 1;
  // What the team had, so undo puts it back instead of leaving the sheet unfrozen and unfiltered.
  if (snapshot.view) {
    plan.freezeRowsBefore = snapshot.view.freezeRows;
    plan.filterBefore = snapshot.view.filter;
    // Their frozen columns stay frozen (客户名称, say): Excel's freeze of rows alone would unfreeze them.
    if (snapshot.view.freezeColumns) plan.freezeColumns = snapshot.view.freezeColumns;
  }
  const idKeys = new Set(template.fields.filter((f) => f.kind === 'id').map((f) => f.key));
  const idCols = finalMapping.columns.filter((c) => c.field !== null && idKeys.has(c.field)).map((c) => c.col);
  const protection = setupProtection(snapshot, idCols, options.protect ?? template.protect ?? true);
  if (protection) {
    plan.protection = protection;
    Object.assign(plan.meta, protectionMeta(snapshot.name, protection));
  }
  plan.filter = { firstRow: 1, firstCol: 1, lastRow: Math.max(lastDataRow, 1), lastCol: finalHeaders.length };
  plan.meta[META_KEYS.locale] = locale;
  if (options.template) plan.meta[META_KEYS.template] = JSON.stringify(template);
  // Saved under the headers as setup leaves them, so every later operation reads the same corrections.
  if (options.overrides) plan.meta[META_KEYS.overrides] = JSON.stringify(savedOverrides(mapping, finalHeaders));

  // IDs go into the ID column, which may be one setup appends: compute them on the sheet as it will be.
  const withHeaders: SheetSnapshot = { ...snapshot, values: [finalHeaders, ...snapshot.values.slice(1)] };
  const ids = customerIdPlan(withHeaders, { ...ctx, mapping: finalMapping });
  plan.edits.push(...ids.edits.map((e) => ({ ...e, before: snapshot.values[e.row - 1]?.[e.col - 1] ?? null })));
  Object.assign(plan.meta, ids.meta);
  // Kept in the workbook's history (and log), so setup can be undone after a reload.
  return {
    plan: recordOperation(plan, snapshot.meta ?? {}, {
      kind: 'setup',
      at: ctx.now,
      locale,
      // Undone, the IDs it gave leave the sheet and their numbers come back, as after an undone clean.
      ...withUndoMeta(idMetaBefore(ids.meta, snapshot.meta)),
      ...(ctx.by ? { by: ctx.by } : {}),
    }),
    mapping: finalMapping,
    locale,
  };
}

/**
 * The header row and the customer-ID column locked (replacing Custodian's earlier protection), or
 * Custodian's protection removed when the setting is off; nothing when off and there is none.
 */
function setupProtection(snapshot: SheetSnapshot, cols: number[], on: boolean): Protection | undefined {
  const previous = currentProtection(snapshot.meta ?? {}, snapshot.name);
  const before = previous ? { previous } : {};
  if (!on) return previous ? { remove: true, ...before } : undefined;
  return { headerRows: 1, cols, ...before };
}

function savedOverrides(mapping: HeaderMapping, finalHeaders: readonly string[]): Record<string, string | null> {
  const saved: Record<string, string | null> = {};
  const shared = sharedHeaderColumns(finalHeaders);
  for (const column of mapping.columns) {
    const header = finalHeaders[column.col - 1];
    const key = shared.has(column.col) ? columnOverrideKey(column.col) : header;
    if (column.match === 'manual' && header && key)
      saved[key] = column.field ? (column.part ? `${column.field}.${column.part}` : column.field) : null;
  }
  return saved;
}

/** Manual name-part choices must survive the header renames. */
function splitNameOverrides(mapping: HeaderMapping): Record<string, string | null> {
  const overrides: Record<string, string | null> = {};
  const shared = sharedHeaderColumns(mapping.columns.map((c) => c.header));
  for (const column of mapping.columns) {
    const key = shared.has(column.col) ? columnOverrideKey(column.col) : column.header;
    if (column.part && column.field) overrides[key] = `${column.field}.${column.part}`;
    else if (column.match === 'manual' && !column.field && column.header) overrides[key] = null;
  }
  return overrides;
}

function dropdownOptions(field: Field, locale: Locale): string[] | undefined {
  if (field.kind === 'yesNo') return locale === 'zh-CN' ? ['是', '否'] : ['Yes', 'No'];
  // Tags hold several values per cell, which a list validation would reject.
  if (field.kind === 'choice' && field.options) return field.options.map((o) => o.labels[locale]);
  return undefined;
}

function withValues(options: string[] | undefined, more: readonly string[]): string[] | undefined {
  return options && more.length > 0 ? [...options, ...more.filter((v) => !options.includes(v))] : options;
}

/** A column's own values as its dropdown: none over the sheet's own rule there, nor over values too many or too rare to be a list. */
function ownListOptions(snapshot: SheetSnapshot, col: number, own: OwnValues): string[] | undefined {
  if (!own.list || (snapshot.rules ?? []).some((r) => r.col === col && r.lastRow >= 2)) return undefined;
  return [...own.values];
}

function listValidation(
  span: { col: number; firstRow: number; lastRow: number },
  values: string[],
  listColumns: string[][],
): ListValidation {
  const inline = values.join(',');
  if (inline.length <= INLINE_LIST_LIMIT && !values.some((v) => v.includes(',') || v.includes('"'))) {
    return { kind: 'list', ...span, source: { kind: 'inline', values }, allowBlank: true, strict: true };
  }
  listColumns.push(values);
  const col = listColumns.length;
  const range = rangeAddress(1, col, values.length, col).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return {
    kind: 'list',
    ...span,
    source: { kind: 'range', sheet: LISTS_SHEET, range: `${quoteSheetName(LISTS_SHEET)}!${range}`, values },
    allowBlank: true,
    strict: true,
  };
}

/**
 * The sheet's own rules below the header of a column set up gives a rule, kept on that rule (the
 * first, when a column gets two) so undo writes them back. The header row keeps its own rule.
 */
function keepReplacedRules(snapshot: SheetSnapshot, validations: Plan['validations'], col: number): void {
  const first = validations.find((v) => !isValidationRemoval(v) && v.col === col);
  const own = (snapshot.rules ?? []).filter((r) => r.col === col && r.lastRow >= 2);
  if (!first || isOwnValidation(first) || isValidationRemoval(first) || own.length === 0) return;
  first.replaced = own.map((r) => ({ ...r, firstRow: Math.max(2, r.firstRow) }));
}

/**
 * What a column showed before set up (row 2's format, as the snapshot reads it), so undo can put it
 * back. A column holding dates under a format that is not a date's had them formatted cell by cell
 * (row 2 blank, say): restoring that format would show the dates as serial numbers, so it is left unknown.
 */
function formatBefore(snapshot: SheetSnapshot, col: number): { previous?: string | null } {
  const previous = snapshot.columnFormats?.[col - 1] ?? null;
  if (isDateFormat(previous)) return { previous };
  for (let r = 1; r < snapshot.values.length; r++) if (snapshot.values[r]?.[col - 1] instanceof Date) return {};
  return { previous };
}

/** Rows read to tell a list's script, spread over the sheet (as the phone and date readings sample it). */
const SCRIPT_SAMPLE = 2_000;

function isTraditionalList(snapshot: SheetSnapshot): boolean {
  const step = Math.max(1, Math.floor((snapshot.values.length - 1) / SCRIPT_SAMPLE));
  return chineseScript(snapshot.values, step) === 'traditional';
}

/**
 * The rows of `span` whose cells show another format than the column's `previous`: a cell's own
 * format (extras), and General below the list, where hosts read no format and the column's (row 2's)
 * would be a guess. Empty cells within the list are taken to show the column's.
 */
function cellsBefore(
  snapshot: SheetSnapshot,
  col: number,
  span: { firstRow: number; lastRow: number },
  previous: string | null,
): { firstRow: number; lastRow: number; format: string }[] {
  const column = previous ?? GENERAL_FORMAT;
  const own = new Map<number, string>();
  for (const extra of snapshot.extras ?? [])
    if (extra.col === col && extra.format !== undefined) own.set(extra.row, extra.format);
  const lastDataRow = lastNonEmptyRow(snapshot);
  const cells: { firstRow: number; lastRow: number; format: string }[] = [];
  const add = (firstRow: number, lastRow: number, format: string) => {
    if (format === column) return;
    const last = cells[cells.length - 1];
    if (last && last.format === format && last.lastRow === firstRow - 1) last.lastRow = lastRow;
    else cells.push({ firstRow, lastRow, format });
  };
  for (const [row, format] of [...own].sort((a, b) => a[0] - b[0]))
    if (row >= span.firstRow && row <= Math.min(span.lastRow, lastDataRow)) add(row, row, format);
  if (span.lastRow > lastDataRow) add(Math.max(span.firstRow, lastDataRow + 1), span.lastRow, GENERAL_FORMAT);
  return cells;
}

/** A date format without a time of day (no hours or seconds). */
function isDayFormat(format: string | null): format is string {
  return isDateFormat(format) && !/[hs]/i.test(format!.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
}

function lastNonEmptyRow(snapshot: SheetSnapshot): number {
  for (let index = snapshot.values.length - 1; index >= 1; index--)
    if (!isEmptyRow(snapshot.values[index])) return index + 1;
  return 1;
}
