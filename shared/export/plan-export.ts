/**
 * snapshot + CRM + object → the files to import: header, rows (each traced to its sheet row) and a
 * report of which sheet column went where. Columns the CRM has no place for are kept as extra
 * columns under the sheet's header, so nothing is dropped; company-only rows of a contacts or
 * leads export go to an accounts file; files are split at the CRM's row and size caps.
 */
import type { CellValue } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { Locale } from '../i18n/locale';
import { isEmptyRow } from '../check/scan-cells';
import { resolveContext, type OperationOptions } from '../operations/options';
import { listFromHeader } from '../operations/read-below-title';
import { crmLayout, defaultObject, unconfirmedFacts, type CrmId, type CrmLayout, type CrmObject } from './crm-layouts';
import { FileBuilder, type RowRecord, type SheetColumn } from './build-files';
import { readPhoneSheet, rowRegionReader } from '../normalise/phone-region';
import { reportFooterStart } from '../sheet/report-footer';
import { ValueConverter } from './convert-value';
import { personNames, roleColumns, rowParties } from './row-parties';
import { errorRows } from './error-rows';
import { isChineseList } from './split-name';
import { isTotalsOrNotesRow } from '../sheet/totals-row';

export interface ExportOptions extends OperationOptions {
  crm: CrmId;
  object?: CrmObject;
  /** The layout to use instead of the built-in one (after a map file's overrides). */
  layout?: CrmLayout;
}

export interface ExportFile {
  object: CrmObject;
  /** 1-based part number and the number of parts of this object. */
  part: number;
  parts: number;
  header: string[];
  rows: CellValue[][];
  /** The sheet row (1-based, header = 1) each exported row came from. */
  sourceRows: number[];
}

export interface ColumnReport {
  crmColumn: string;
  source: string;
  /** Sheet headers the values come from; empty when the sheet has no such column. */
  sheetColumns: string[];
  required: boolean;
}

export interface ExportReport {
  crm: CrmId;
  object: CrmObject;
  locale: Locale;
  /** Data rows exported (all objects). */
  rows: number;
  columns: ColumnReport[];
  /** Sheet headers written as extra columns after the CRM's own. */
  extraColumns: string[];
  /** Company-only rows written to the accounts file of a contacts or leads export. */
  accountRows: number;
  /** Required CRM columns filled from another value: CRM column -> rows. */
  filled: Record<string, number>;
  /** Rows whose required CRM columns stay blank: CRM column -> rows. */
  missingRequired: Record<string, number>;
  /** Names kept whole in the last name (surname + honorific, mixed scripts). */
  namesKeptWhole: number;
  /** Pinyin names were read surname first (the list is Chinese). */
  chineseList: boolean;
  /** Romanised Chinese names in a list that is not (Lim Wei Ming, Chan Tai Man) read surname first. */
  surnameFirst: number;
  /** Rows that still have errors by `check`, and the first of them. */
  errorRows: number;
  errorRowNumbers: number[];
  /** Parts of a date (a birthday without its year, a year and month) left out of the CRM's date column: header -> count. */
  partialDates: Record<string, number>;
  /** Values that could not be read and were exported as typed: header -> count. */
  valuesAsTyped: Record<string, number>;
  /** Choice labels with no standard CRM picklist value, exported as the label: CRM column -> labels. */
  offPicklist: Record<string, string[]>;
  /** Facts of the layout that are defaults rather than confirmed (say so to the user). */
  unconfirmed: string[];
}

export interface ExportPlan {
  layout: CrmLayout;
  files: ExportFile[];
  report: ExportReport;
}

const ERROR_ROWS_LISTED = 20;
export function planExport(sheet: SheetSnapshot, options: ExportOptions): ExportPlan {
  // Under a title the list is read from its header down: the title and the header are no contacts.
  const { snapshot } = listFromHeader(sheet, options.template);
  const ctx = resolveContext(snapshot, options);
  const object = options.layout?.object ?? options.object ?? defaultObject(options.crm);
  const layout = options.layout ?? crmLayout(options.crm, object);
  if (!layout) throw new Error(`${options.crm} has no ${object} layout`);
  const fields = new Map(ctx.template.fields.map((f) => [f.key, f]));
  const sheetColumns: SheetColumn[] = ctx.mapping.columns.map((c) => ({
    col: c.col,
    header: c.header,
    field: c.field && !c.part ? fields.get(c.field) : undefined,
    ...(c.secondOf ? { secondOf: c.secondOf } : {}),
  }));
  const footer = reportFooterStart(snapshot.values);
  // A report's footer (Grand Totals) is no title: the title column is judged on the rows above it.
  const roles = roleColumns(ctx.mapping, ctx.template, snapshot.values.slice(0, footer));
  const chineseList = isChineseList(ctx.locale, personNames(snapshot.values, roles));
  const phones = readPhoneSheet(snapshot.values, ctx.mapping, ctx.template);
  const converter = new ValueConverter(layout, ctx.locale, {
    defaultRegion: phones.home,
    sheetRegion: phones.sheet,
    ...(phones.also ? { otherSheetRegions: phones.also } : {}),
  });

  const main: RowRecord[] = [];
  const companies: RowRecord[] = [];
  let namesKeptWhole = 0;
  let surnameFirst = 0;
  const spillAccounts = object !== 'accounts';
  for (let i = 1; i < footer; i++) {
    const values = snapshot.values[i];
    if (isEmptyRow(values) || isTotalsOrNotesRow(values)) continue;
    const parties = rowParties(values, roles, chineseList);
    if (parties.keptWhole) namesKeptWhole++;
    if (parties.surnameFirst) surnameFirst++;
    const record = { row: i + 1, values, parties };
    if (spillAccounts && parties.full === '' && parties.account !== '') companies.push(record);
    else main.push(record);
  }

  // Progress over both passes: the error scan, then writing the rows.
  const total = 2 * Math.max(1, snapshot.values.length - 1);
  let written = 0;
  const progress = options.onProgress;
  const onRows = progress
    ? (rows: number) => {
        written += rows;
        progress({ done: Math.min(total, total / 2 + written), total });
      }
    : undefined;
  const errors = errorRows(snapshot, { ...ctx, onProgress: progress && ((p) => progress({ done: p.done, total })) });
  const salutations = main.some((record) => record.parties.salutation !== '');
  const build = new FileBuilder(
    snapshot,
    sheetColumns,
    roles,
    fields,
    converter,
    rowRegionReader(phones),
    salutations,
    onRows,
  );
  const files = build.files(layout, main);
  if (companies.length > 0) {
    const base = crmLayout(layout.crm, 'accounts');
    if (base) {
      // The accounts file follows the user's format overrides too.
      const { dateFormat, yesNo, bom, rowCap, byteCap, picklists } = layout;
      files.push(...build.files({ ...base, dateFormat, yesNo, bom, rowCap, byteCap, picklists }, companies));
    }
  }

  const errorRowNumbers = [...errors].sort((a, b) => a - b);
  const report: ExportReport = {
    crm: layout.crm,
    object,
    locale: ctx.locale,
    rows: main.length + companies.length,
    columns: build.columnReports(layout),
    extraColumns: build.extraHeaders(layout).map((e) => e.header),
    accountRows: companies.length,
    filled: Object.fromEntries(build.filled),
    missingRequired: Object.fromEntries(build.missing),
    namesKeptWhole,
    chineseList,
    surnameFirst,
    errorRows: errors.size,
    errorRowNumbers: errorRowNumbers.slice(0, ERROR_ROWS_LISTED),
    partialDates: Object.fromEntries(converter.partialDates),
    valuesAsTyped: Object.fromEntries(converter.asTyped),
    offPicklist: Object.fromEntries([...converter.offPicklist].map(([header, labels]) => [header, [...labels]])),
    unconfirmed: unconfirmedFacts(layout, build.writtenColumns(layout)).map((f) => f.en),
  };
  return { layout, files, report };
}
