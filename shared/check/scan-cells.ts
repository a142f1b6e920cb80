/**
 * Walks every governed cell of a sheet once and reports the cells that need attention:
 * required blanks, invalid values, and valid values not yet in canonical form. Check turns
 * findings into issues, clean into edits. String results are memoised per column because
 * customer lists repeat values (options, cities, owners) across many rows.
 */
import { errorValue } from '../sheet/error-values';
import type { CellValue } from '../sheet/cell-value';
import { isBlank, isEmptyRow } from '../sheet/cell-value';
import { emptyRowTest } from '../sheet/counter-row';
import { isTotalsRow } from '../sheet/totals-row';
import { isNotesRow } from '../sheet/notes-row';
import { isSectionRow } from '../sheet/section-row';
import { reportFooterStart } from '../sheet/report-footer';

export { isEmptyRow }; // its home is sheet/cell-value.ts; kept here for existing importers
import { cellKey, formulaKeys, type SheetSnapshot } from '../sheet/snapshot';
import type { Field } from '../template/schema';
import type { NamePart } from '../template/header-mapping';
import { isCrmLeadSource } from '../template/crm-lead-sources';
import { holdsChineseIds } from '../normalise';
import { idNumberAsWritten } from '../normalise/id-number';
import { isCodeField } from '../normalise/text-marker';
import { dateColumnContext } from '../normalise/date';
import { numberColumnContext } from '../normalise/number';
import { moneyColumnContext } from '../normalise/money-column';
import { readPhoneSheet, rowRegionReader, type PhoneSheet } from '../normalise/phone-region';
import { rowPlaceReader } from '../normalise/phone-row-place';
import { rowDates } from '../normalise/row-dates';
import { isShortPostcode, listPostcodeCountry, ukPostcode, withZipZero } from '../normalise/postcode';
import { isNoName } from '../dedupe/compare/person-name-forms';
import type { InvalidCode, NormaliseContext, NormaliseOutcome, NormaliseWarning } from '../normalise/types';
import type { OperationContext } from '../operations/options';
import { isCanonical } from './is-canonical';
import { CellMemo, readCell } from './cell-memo';
import { columnCodesOf } from '../sheet/column-codes';
import { isPlaceholder, noValueIn } from './placeholder';
import { notedPhone, type NotedPhone } from '../operations/phone-note-moves';
import { holdsOnlySpaces } from './only-spaces';

export interface GovernedColumn {
  col: number;
  header: string;
  field: Field;
  part?: NamePart;
  /** More values of a field another column holds (座机 beside 手机): never missing itself. */
  second?: true;
}

export type Finding =
  /**
   * A required blank; `value` when the cell holds only a placeholder for no value (无, N/A), `spaces`
   * when it holds only spaces (blank all the same: only-spaces.ts).
   */
  | { kind: 'missing'; row: number; column: GovernedColumn; value?: CellValue; spaces?: string }
  /** A cell of spaces only in a column where a blank is no problem: it looks empty, but is not (only-spaces.ts). */
  | { kind: 'spaces'; row: number; column: GovernedColumn; value: string }
  | {
      kind: 'invalid';
      row: number;
      column: GovernedColumn;
      value: CellValue;
      code: InvalidCode | 'name.trueFalse' | 'value.formulaError';
      isFormula: boolean;
      /** A phone.withNote cell's number, cleaned, and its note (phone-note-moves.ts): clean moves the note. */
      noted?: NotedPhone;
    }
  | {
      kind: 'nonCanonical';
      row: number;
      column: GovernedColumn;
      value: CellValue;
      canonical: CellValue;
      isFormula: boolean;
      /** What stays doubtful once cleaned (kim@gmial.com's domain): reported instead of the change. */
      warning?: NormaliseWarning;
    }
  /**
   * Left as typed: a phone, date or number (1.500) valid under two plausible readings (strongest first), or
   * an amount in another currency than its column's (`currency`, the column's; `mayBe`, where that sign
   * may stand for the amount's currency too: normalise/types.ts).
   */
  | {
      kind: 'ambiguous';
      row: number;
      column: GovernedColumn;
      value: CellValue;
      /** A valid value's warning (`NormaliseWarning`): kim@gmial.com, its one reading the likely domain. */
      code: Extract<NormaliseOutcome, { status: 'ambiguous' }>['code'] | NormaliseWarning['code'];
      readings: string[];
      currency?: string;
      mayBe?: { amount: string; guess?: string };
      /** A date's: the list's column of each row's region (地区), which this row leaves blank. */
      regionColumn?: string;
      isFormula: boolean;
    }
  /**
   * A placeholder for no value (无, N/A, -) in a phone, e-mail, ID-number, date, choice or text cell, or
   * (`masked`) a value an export starred out (138****8000, lil***@163.com, 张**): left as typed (placeholder.ts).
   */
  | { kind: 'placeholder'; row: number; column: GovernedColumn; value: CellValue; masked?: true }
  /** A valid value, reported only for columns that asked for them (IDs for duplicates, last contact for staleness). */
  | { kind: 'valid'; row: number; column: GovernedColumn; value: CellValue; canonical: CellValue };

const PROGRESS_EVERY = 20_000;
/** The template field of ID numbers (身份证号, Passport, SSN), as dedupe reads it too (dedupe/records.ts). */
const ID_NUMBER_FIELD = 'idNumber';
/** The template field of postcodes (ZIP codes). */
const POSTCODE_FIELD = 'postcode';
/**
 * The country of a row for its postcode: its country column's, else the sheet's phones' region when
 * they name one; `orList`, else the list's (listPostcodeCountry), whose length tells a short postcode.
 */
function zipRegionOf(
  snapshot: SheetSnapshot,
  ctx: OperationContext,
  phones: PhoneSheet | undefined,
): (row: readonly CellValue[], orList?: boolean) => string | null {
  const sheet = phones ?? readPhoneSheet(snapshot.values, ctx.mapping, ctx.template, snapshot);
  const byRow = sheet.countryCol ? rowRegionReader(sheet) : undefined;
  const fallback = sheet.sheet !== sheet.home ? sheet.sheet : null;
  const list = listPostcodeCountry(sheet, snapshot.values);
  return (row, orList) => byRow?.(row) ?? (orList ? list : fallback);
}

/** The template field of birth dates (dedupe/not-same.ts reads it too). */
const BIRTH_DATE_FIELD = 'birthDate';

/** An ID number means what every character of it says: cleaning never rewrites one, not even its spaces. */
function isIdNumber(field: Field): boolean {
  return field.key === ID_NUMBER_FIELD && field.kind === 'text';
}

export function governedColumns(ctx: OperationContext): GovernedColumn[] {
  const fields = new Map(ctx.template.fields.map((f) => [f.key, f]));
  const columns: GovernedColumn[] = [];
  for (const column of ctx.mapping.columns) {
    const field = column.field ? fields.get(column.field) : undefined;
    if (field)
      columns.push({ col: column.col, header: column.header, field, ...(column.part ? { part: column.part } : {}) });
  }
  return columns;
}

/** Columns holding more values of a governed field (座机 beside 手机, Mobile beside Phone). */
export function secondColumns(ctx: OperationContext): GovernedColumn[] {
  const fields = new Map(ctx.template.fields.map((f) => [f.key, f]));
  const columns: GovernedColumn[] = [];
  for (const column of ctx.mapping.columns) {
    const field = column.secondOf ? fields.get(column.secondOf) : undefined;
    if (field) columns.push({ col: column.col, header: column.header, field, second: true });
  }
  return columns;
}

/**
 * `wantValid` names the field keys whose valid cells are reported too. Second columns of a field
 * are checked like its own, and a required field is missing only when they are blank too.
 */
export function scanCells(
  snapshot: SheetSnapshot,
  ctx: OperationContext,
  visit: (finding: Finding) => void,
  wantValid: ReadonlySet<string> = new Set(),
): { dataRows: number; totalsRows: number[]; notesRows: number[] } {
  const seconds = secondColumns(ctx);
  const columns = [...governedColumns(ctx), ...seconds];
  // A WeCom export's WeChat name (客户名称) names a contact whose 备注名 is blank, as export names it.
  const standIns = ctx.mapping.columns.filter((c) => c.standsInFor !== undefined && c.field === null);
  const filledElsewhere = (values: readonly CellValue[], column: GovernedColumn) =>
    seconds.some((s) => {
      const value = values[s.col - 1] ?? null;
      return s.field === column.field && !isBlank(value) && !isPlaceholder(value);
    }) ||
    standIns.some((s) => {
      const value = values[s.col - 1] ?? null;
      return s.standsInFor === column.field.key && !isBlank(value) && !isPlaceholder(value) && !isNoName(value);
    });
  const formulas = formulaKeys(snapshot);
  const rowCount = snapshot.values.length - 1;
  // A column the reader coded is remembered by its values' numbers (cell-memo.ts).
  const coded = columnCodesOf(snapshot.values);
  const codes = columns.map((c) => coded?.codes[c.col - 1]);
  const distinct = columns.map((c) => coded?.distinct[c.col - 1]?.length ?? 0);
  const memos = columns.map((_, c) => new CellMemo(rowCount, distinct[c]));
  // Phones are read with the sheet's majority region and, where the sheet has a country column, the row's.
  const phones = columns.some((c) => c.field.kind === 'phone')
    ? (ctx.phones ?? readPhoneSheet(snapshot.values, ctx.mapping, ctx.template, snapshot))
    : undefined;
  const rowRegion = phones?.countryCol ? rowRegionReader(phones) : undefined;
  // An international list writes the template region's numbers with their +code too.
  const foreignList = phones?.foreignList === true;
  // A row without a country may still name its place: another number's +853, an address in 澳門.
  const rowPlace = phones ? rowPlaceReader(ctx.mapping, ctx.template) : undefined;
  // A row's region settles its dates' calendar too: a 台北 row's 民國 years are not a 杭州 row's.
  const dates = columns.some((c) => c.field.kind === 'date')
    ? rowDates(snapshot.values, ctx.mapping, ctx.template.defaultRegion, phones?.sheet ?? ctx.template.defaultRegion)
    : undefined;
  // The header a date read two ways on a row of no region asks to fill in: the row's region settles its calendar.
  const regionColumn = dates && ctx.mapping.columns.find((m) => m.col === dates.col)?.header;
  // The region of amounts: the sheet's phones or countries, as the export reads it, even with no phone column.
  const moneyRegion = columns.some((c) => c.field.kind === 'money')
    ? (phones ?? readPhoneSheet(snapshot.values, ctx.mapping, ctx.template, snapshot)).sheet
    : undefined;
  // A US ZIP code a spreadsheet stored as a number lost its leading zero (02134 became 2134): the row
  // must be American, by its country or the sheet's phones, as four digits are a whole postcode elsewhere.
  const zipRegion = columns.some((c) => c.field.key === POSTCODE_FIELD)
    ? zipRegionOf(snapshot, ctx, phones)
    : undefined;
  const withListOrder = <T extends object>(column: T): T => (dates ? dates.contextOf(column, undefined) : column);
  const contexts: NormaliseContext[] = columns.map((c) => ({
    locale: ctx.locale,
    defaultRegion: ctx.template.defaultRegion,
    ...(c.field.kind === 'phone' && phones ? { sheetRegion: phones.sheet } : {}),
    ...(c.field.kind === 'phone' && phones?.also ? { otherSheetRegions: phones.also } : {}),
    ...(c.field.kind === 'phone' && foreignList ? { foreignList: true as const } : {}),
    columnFormat: snapshot.columnFormats?.[c.col - 1] ?? null,
    // 03/04/2024 is read the way the column's unambiguous dates (25/12/2024) are written, if they say,
    // else as an American list writes it (`rowDates`): every row's reading starts from this one.
    ...(c.field.kind === 'date'
      ? withListOrder(dateContextIn(snapshot, c.field, c.col, ctx.now, phones?.sheet ?? ctx.template.defaultRegion))
      : {}),
    // Amounts are in the currency most of the column's say; bare ones in the header's or the sheet's region's.
    ...(c.field.kind === 'money' ? moneyColumnContext(snapshot.values, c.col, moneyRegion!) : {}),
    // 1.500 is read with the decimal mark the column's unambiguous numbers (88,50 or 12.5) use, if they say.
    ...(c.field.kind === 'money' || c.field.kind === 'integer'
      ? numberColumnContext(snapshot.values, c.col, phones && phones.sheet !== phones.home ? phones.sheet : undefined)
      : {}),
    ...(isIdNumber(c.field) && holdsChineseIds(snapshot.values, c.col) ? { chineseIds: true, now: ctx.now } : {}),
  }));
  const keepAsTyped = columns.map((c) => isIdNumber(c.field));
  const cellFormats = codeCellFormats(snapshot, columns, contexts);
  const inRegion = new Map<string, { memo: CellMemo; context: NormaliseContext }>();
  const readIn = (c: number, region: string | null, place: string | null) => {
    const key = `${c}|${region}|${place}`;
    let entry = inRegion.get(key);
    if (!entry) {
      const context = { ...contexts[c]!, rowRegion: region, ...(place ? { rowPlace: place } : {}) };
      inRegion.set(key, (entry = { memo: new CellMemo(rowCount, distinct[c]), context }));
    }
    return entry;
  };
  const hosts = contexts.map((c) => ({
    textOnly: snapshot.textOnly,
    realDates: snapshot.realDates,
    columnFormat: c.columnFormat,
  }));
  // A name split into parts is one name with its whole column, where the sheet has one too (Google
  // Contacts' Name beside Given Name): missing only when all are blank, and then said once.
  const splitFields = new Set(columns.filter((c) => c.part).map((c) => c.field.key));
  const hasParts = splitFields.size > 0;
  const total = snapshot.values.length - 1;
  let dataRows = 0;
  const totalsRows: number[] = [];
  const notesRows: number[] = [];
  const footer = reportFooterStart(snapshot.values);
  // A row blank but for its number (序号 14) names no customer, as a blank row names none.
  const empty = emptyRowTest(snapshot.values);
  const misaligned = new Set(snapshot.misalignedRows?.map((m) => m.row));

  for (let index = 1; index < snapshot.values.length; index++) {
    const values = snapshot.values[index];
    if (empty(values)) continue;
    if (isTotalsRow(values)) {
      totalsRows.push(index + 1);
      continue;
    }
    // A report footer's last line (its organisation's name) is a note too, as is a section heading: neither names a customer.
    if (isNotesRow(values) || isSectionRow(values) || index >= footer) {
      notesRows.push(index + 1);
      continue;
    }
    dataRows++;
    const row = index + 1;
    // A CSV row whose values sit right of their headers is read as none of them (check says why).
    if (misaligned.has(row)) continue;
    const blankParts = hasParts ? new Map<string, GovernedColumn[]>() : undefined;
    const partsWithValue = hasParts ? new Set<string>() : undefined;
    const region = rowRegion?.(values) ?? null;
    const place = region === null ? (rowPlace?.(values) ?? null) : null;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const value = values[column.col - 1] ?? null;
      if (isBlank(value)) {
        const spaces = holdsOnlySpaces(value) ? value : undefined;
        if (column.field.required && !column.second) {
          if (splitFields.has(column.field.key))
            blankParts?.set(column.field.key, [...(blankParts.get(column.field.key) ?? []), column]);
          else if (!filledElsewhere(values, column)) {
            visit({ kind: 'missing', row, column, ...(spaces !== undefined ? { spaces } : {}) });
            continue;
          }
        }
        if (spaces !== undefined) visit({ kind: 'spaces', row, column, value: spaces });
        continue;
      }
      if (splitFields.has(column.field.key)) partsWithValue?.add(column.field.key);
      // A choice column with a list of its own is kept as typed, even where a value names an option (own-values.ts).
      if (ctx.ownValues.has(column.col)) continue;
      const kind = column.field.kind;
      // A formula's error result (#N/A of a VLOOKUP that found nothing) is no value of any field.
      if (errorValue(value) !== null) {
        const isFormula = formulas.size > 0 && formulas.has(cellKey(row, column.col));
        visit({ kind: 'invalid', row, column, value, code: 'value.formulaError', isFormula });
        continue;
      }
      // TRUE or FALSE where a name goes (a checkbox column slid into its place): no name to tidy, and
      // writing it as the text "true" would hide what it was.
      if (kind === 'personName' && typeof value === 'boolean') {
        const isFormula = formulas.size > 0 && formulas.has(cellKey(row, column.col));
        visit({ kind: 'invalid', row, column, value, code: 'name.trueFalse', isFormula });
        continue;
      }
      const cellRegion = kind === 'phone' ? region : kind === 'date' ? (dates?.regionOf(values) ?? null) : null;
      const cellPlace = kind === 'phone' ? place : null;
      const inRow = cellRegion !== null || cellPlace !== null ? readIn(c, cellRegion, cellPlace) : undefined;
      const code = codes[c]?.[index] ?? -1;
      const outcome = inRow
        ? inRow.memo.normalise(column.field, value, inRow.context, code)
        : cellOutcome(memos[c]!, column.field, value, cellFormats[c]?.(row, value) ?? contexts[c]!, code);
      const isFormula = formulas.size > 0 && formulas.has(cellKey(row, column.col));
      const none = noValueIn(column.field, value, outcome.status, contexts[c]!.chineseIds === true);
      if (
        none === 'placeholder' ||
        // WeCom's 微信用户 is a contact who shared no name: the name is missing, not a name.
        (column.field.kind === 'personName' && !column.part && isNoName(value))
      ) {
        const missing = column.field.required && !column.second && !column.part && !filledElsewhere(values, column);
        visit(missing ? { kind: 'missing', row, column, value } : { kind: 'placeholder', row, column, value });
      } else if (none === 'masked') {
        // There is a number; the export hid part of it. A required field holding one is not missing.
        visit({ kind: 'placeholder', row, column, value, masked: true });
      } else if (
        outcome.status === 'invalid' &&
        outcome.code === 'choice.notInList' &&
        isCrmLeadSource(column.field, value)
      ) {
        // A CRM's own lead source (Zoho's Web Download) that no option means: kept as typed, nothing to fix.
      } else if (outcome.status === 'invalid') {
        const noted = outcome.code === 'phone.withNote' ? notedPhone(value, inRow?.context ?? contexts[c]!) : null;
        visit({ kind: 'invalid', row, column, value, code: outcome.code, isFormula, ...(noted ? { noted } : {}) });
      } else if (outcome.status === 'ambiguous') {
        // The readings, or an amount's currency: the column's and the one its sign may be (`mayBe`).
        const { status: _status, ...reading } = outcome;
        const unnamed = kind === 'date' && regionColumn && cellRegion === null ? { regionColumn } : {};
        visit({ kind: 'ambiguous', row, column, value, ...reading, ...unnamed, isFormula });
      } else if (outcome.status === 'valid') {
        // A date keeps its time of day: the value clean writes is the date and the time.
        let written = outcome.time === undefined ? outcome.value : `${String(outcome.value)} ${outcome.time}`;
        if (zipRegion && column.field.key === POSTCODE_FIELD) {
          written = withZipZero(written, zipRegion(values));
          if (isShortPostcode(written, zipRegion(values, true))) {
            visit({ kind: 'invalid', row, column, value, code: 'postcode.tooShort', isFormula });
            continue;
          }
          // sk13ab on a British row is SK1 3AB; ZZ99 9ZZ is no postcode, reported and left as typed.
          const uk = ukPostcode(written, zipRegion(values, true));
          if (uk === 'impossible') {
            visit({ kind: 'invalid', row, column, value, code: 'postcode.impossible', isFormula });
            continue;
          }
          if (uk !== undefined) written = uk;
        }
        const canonical = isCanonical(value, written, column.field.kind, hosts[c]);
        // A doubt the normaliser reports (a slip in a well-known domain, gmial.com): only the customer knows,
        // so the value stays; what cleaning would change besides (KIM@GMIAL.COM's capitals) it still changes.
        if (outcome.warning) {
          const { code, readings } = outcome.warning;
          if (!canonical && !keepAsTyped[c] && !isFormula)
            visit({
              kind: 'nonCanonical',
              row,
              column,
              value,
              canonical: written,
              isFormula,
              warning: outcome.warning,
            });
          else visit({ kind: 'ambiguous', row, column, value, code, readings: [...readings], isFormula });
          // A last contact read the other way round from its column (10/13/2023) is still judged for staleness.
          if (wantValid.has(column.field.key)) visit({ kind: 'valid', row, column, value, canonical: outcome.value });
          continue;
        }
        if (!canonical && !keepAsTyped[c])
          visit({ kind: 'nonCanonical', row, column, value, canonical: written, isFormula });
        // An ID number kept as typed still loses the apostrophe an export put before it ('0012345), and a
        // Chinese one's check digit x is written X (id-number.ts).
        else if (keepAsTyped[c] && typeof value === 'string') {
          const written = idNumberAsWritten(value, contexts[c]!.chineseIds === true);
          if (written !== value) visit({ kind: 'nonCanonical', row, column, value, canonical: written, isFormula });
        }
        if (wantValid.has(column.field.key)) visit({ kind: 'valid', row, column, value, canonical: outcome.value });
      }
    }
    // A split name is missing only when every part (and the whole name) is blank: said on the whole name if any.
    if (blankParts) {
      for (const [fieldKey, blanks] of blankParts)
        if (!partsWithValue?.has(fieldKey))
          visit({ kind: 'missing', row, column: blanks.find((b) => !b.part) ?? blanks[0]! });
    }
    if (ctx.onProgress && index % PROGRESS_EVERY === 0) ctx.onProgress({ done: index, total });
  }
  ctx.onProgress?.({ done: total, total });
  return { dataRows, totalsRows, notesRows };
}

/** A cell's outcome: through its column's memo, unless its own link may change what it holds (never memoised). */
function cellOutcome(memo: CellMemo, field: Field, value: CellValue, ctx: NormaliseContext, code: number) {
  return ctx.cellLink !== undefined ? readCell(field, value, ctx) : memo.normalise(field, value, ctx, code);
}

/**
 * For each code or phone column, the context of a number cell with a format of its own (`extras`; else it shows
 * its column's): the code is the text that cell shows, not what row 2's format would make of it. For each
 * e-mail column, the context of a cell with a mailto: link: a label there stands for the link's address.
 */
function codeCellFormats(
  snapshot: SheetSnapshot,
  columns: readonly GovernedColumn[],
  contexts: readonly NormaliseContext[],
): (((row: number, value: CellValue) => NormaliseContext | undefined) | undefined)[] {
  // A phone stored as a number is the text its cell shows too (phone-shown.ts).
  const codeCols = new Set(columns.filter((c) => isCodeField(c.field) || c.field.kind === 'phone').map((c) => c.col));
  const emailCols = new Set(columns.filter((c) => c.field.kind === 'email').map((c) => c.col));
  const own = new Map<number, string>();
  const links = new Map<number, string>();
  for (const e of snapshot.extras ?? []) {
    if (e.format !== undefined && codeCols.has(e.col)) own.set(cellKey(e.row, e.col), e.format);
    if (e.link !== undefined && emailCols.has(e.col) && /^mailto:/i.test(e.link))
      links.set(cellKey(e.row, e.col), e.link);
  }
  if (own.size === 0 && links.size === 0) return [];
  return columns.map((column, c) => {
    if (emailCols.has(column.col) && links.size > 0)
      return (row: number) => {
        const link = links.get(cellKey(row, column.col));
        return link === undefined ? undefined : { ...contexts[c]!, cellLink: link };
      };
    if (!codeCols.has(column.col) || own.size === 0) return undefined;
    const byFormat = new Map<string, NormaliseContext>();
    return (row, value) => {
      const format = typeof value === 'number' ? own.get(cellKey(row, column.col)) : undefined;
      if (format === undefined) return undefined;
      let context = byFormat.get(format);
      if (!context) byFormat.set(format, (context = { ...contexts[c]!, cellFormat: format }));
      return context;
    };
  });
}

/** What a date column's cells say about each other (day or month first, a serial, timestamps), its calendar (the sheet's `region`'s), and whether it holds birth dates. */
function dateContextIn(snapshot: SheetSnapshot, field: Field, col: number, now: Date, region: string) {
  return dateColumnContext(snapshot.values, col, { birthDate: field.key === BIRTH_DATE_FIELD, now, region });
}
