/**
 * check: one issue per problem cell, never throwing on bad data. Errors are values cleaning
 * cannot fix; warnings are valid values not in canonical form, missing IDs and stale records.
 */
import { columnNames } from '../sheet/column-names';
import type { Locale } from '../i18n/locale';
import { cellText, type CellValue } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import { IdHolders } from './company-contacts';
import { idNumberRowMismatches } from './id-number-row';
import type { Issue, IssueCode } from './issue';
import { nonCanonicalCode } from './non-canonical';
import { movedNote, noteTaker, notesTarget } from '../operations/phone-note-moves';
import { namedPhoneReadings } from './phone-readings-named';
import { phoneCountryNamer } from './phone-country-named';
import { governedColumns, scanCells, type Finding, type GovernedColumn } from './scan-cells';
import { issueMessage, type MessageParams } from '../i18n/issue-messages';
import { idBirthDate, idDigits } from '../normalise/id-number';
import { readingDoubts } from '../normalise/date-roc';
import { headerUnit } from '../normalise/header-unit';
import { rowAreaCodeReader, withAreaCode } from '../normalise/phone-area-codes';
import type { HeaderMapping } from '../template/header-mapping';
import { assignCustomerIds, idKey } from '../operations/customer-ids';
import { looksLikeCustomerList, type HeaderBelow } from '../operations/customer-list';
import { listFromHeader } from '../operations/read-below-title';
import { resolveContext, type OperationContext, type OperationOptions } from '../operations/options';
import { lineItemRows } from '../sheet/line-item-rows';
import { defaultsOnlyRowNumbers, groupBreakRowNumbers } from '../sheet/counter-row';
import { continuationRows } from '../sheet/continuation-rows';
import { monthEndTime } from '../normalise/date-parts';

export interface CheckResult {
  issues: Issue[];
  /** Data rows checked (non-empty rows below the header). */
  rows: number;
  mapping: HeaderMapping;
  /** False when no column names a customer (an instructions or lookup sheet): "no issues" would mislead. */
  customerList: boolean;
  /** Rows that total the list (合计 …), left unchecked: not customers. */
  totalsRows?: number[];
  /** Notes lines about the list (备注：…, Note: …) and section headings (一、华东区), left unchecked: not customers. */
  notesRows?: number[];
  /** An order export's further items of the order above them (Shopify's line items), left unchecked: not customers. */
  lineItemRows?: number[];
  /** A board export's group titles and the header said again under each (Monday.com), left unchecked: not customers. */
  groupRows?: number[];
  /** Rows holding an export's defaults alone (,,,no,,0.00,0,no), passed over as empty: not customers. */
  defaultsRows?: number[];
  /**
   * Set when the header is below row 1 (a title above it, a two-row header): the list was checked from
   * there, with the sheet's row numbers (read-below-title.ts).
   */
  headerBelow?: HeaderBelow;
}

const MS_PER_DAY = 86_400_000;
/** The template's birthday field: its dates are whole ones, a day of every year is no date there. */
const BIRTH_DATE_FIELD = 'birthDate';

export function checkSheet(sheet: SheetSnapshot, options: OperationOptions = {}): CheckResult {
  // Read as if the title were its header, every column would be misread: check from the header down.
  const asRead = resolveContext(sheet, options);
  const { snapshot, headerBelow } = listFromHeader(sheet, asRead.template);
  if (!headerBelow) return checkList(sheet, asRead, options.messageLocale ?? asRead.locale);
  const ctx = resolveContext(snapshot, options);
  const result = checkList(snapshot, ctx, options.messageLocale ?? ctx.locale);
  return { ...result, headerBelow };
}

/** `wording`: the language of the messages, the reader's; option labels and values stay the sheet's (ctx.locale). */
function checkList(snapshot: SheetSnapshot, ctx: OperationContext, wording: Locale): CheckResult {
  const issues: Issue[] = [];
  // Two columns headed 电话 are named with their letters, 电话 (C列), in the issues as in their messages.
  const names = columnNames(ctx.headers, wording);
  const ids = assignCustomerIds(snapshot, ctx);
  const idField = ctx.template.fields.find((f) => f.kind === 'id');
  const staleFields = ctx.template.fields.filter((f) => f.role === 'lastContact').map((f) => f.key);
  const wantValid = new Set<string>([...(idField ? [idField.key] : []), ...staleFields]);
  const idHolders = new IdHolders(snapshot, ctx);
  const staleBefore = startOfDayUtc(ctx.now) - ctx.template.staleDays * MS_PER_DAY;
  // A phone given a country code it was typed without names that country (phone-country-named.ts).
  const phoneCountryParams = phoneCountryNamer(snapshot.values, ctx.mapping, ctx.template, ctx.phones);

  const add = (
    finding: Finding,
    code: IssueCode,
    severity: Issue['severity'],
    value: CellValue,
    suggestion: CellValue,
    extra: Pick<
      MessageParams,
      | 'otherRow'
      | 'row'
      | 'company'
      | 'readings'
      | 'yearPlace'
      | 'rocYear'
      | 'regionColumn'
      | 'mixed'
      | 'digits'
      | 'birthDate'
      | 'currency'
      | 'mayBe'
      | 'unit'
      | 'idColumn'
      | 'idNumber'
      | 'idSex'
      | 'areaCode'
      | 'notesColumn'
      | 'movedNote'
      | 'onlySpaces'
      | 'birthday'
      | 'dateOrder'
      | 'phoneCountry'
    > = {},
  ) => {
    const column = finding.column;
    const name = names[column.col - 1] ?? column.header;
    issues.push({
      row: finding.row,
      column: name,
      field: fieldName(column),
      code,
      severity,
      message: issueMessage(wording, code, {
        column: name,
        value: cellText(value),
        ...(typeof value === 'number' ? { numberCell: true } : {}),
        suggestion: cellText(suggestion),
        options: optionList(column, ctx),
        days: ctx.template.staleDays,
        ...extra,
      }),
      value,
      suggestion,
    });
  };

  // A landline typed without its area code: the row's city suggests one (read only for such a cell).
  let rowAreaCode: ReturnType<typeof rowAreaCodeReader> | undefined;
  const areaCodeParams = (row: number, value: CellValue): Pick<MessageParams, 'areaCode'> => {
    rowAreaCode ??= rowAreaCodeReader(ctx.mapping);
    const named = rowAreaCode(snapshot.values[row - 1]);
    const number = named && withAreaCode(cellText(value), named.code);
    return named && number ? { areaCode: { ...named, number } } : {};
  };

  const notes = notesTarget(snapshot, ctx);
  const takesNote = notes ? noteTaker(snapshot, notes) : () => false;
  const lineItems = lineItemRows(snapshot.values, ctx.mapping, ctx.template);
  const groupRows = groupBreakRowNumbers(snapshot.values);
  const defaultsRows = defaultsOnlyRowNumbers(snapshot.values);
  // A customer's further line (a landline, a follow-up) names no one: one warning on it instead.
  const continuations = continuationRows(snapshot.values, ctx.mapping, ctx.template);
  const { dataRows, totalsRows, notesRows } = scanCells(
    snapshot,
    ctx,
    (finding) => {
      // An order's further item names no customer: its blank name and phone are no one's missing values.
      if (lineItems.has(finding.row) || continuations.has(finding.row)) return;
      switch (finding.kind) {
        case 'missing':
          if (finding.column.field.kind === 'id') {
            // A blank card number (会员卡号) is the member's own affair: cleaning assigns none.
            const id = ids.assigned.get(finding.row);
            if (id !== undefined) add(finding, 'id.missing', 'warning', null, id);
          }
          // A placeholder (无, N/A) or spaces fill a required cell no better than a blank; the message says which.
          else if (finding.spaces !== undefined)
            add(finding, 'required.missing', 'error', finding.spaces, null, { onlySpaces: true });
          else add(finding, 'required.missing', 'error', finding.value ?? null, null);
          break;
        case 'spaces':
          add(finding, 'value.onlySpaces', 'warning', finding.value, null);
          break;
        case 'placeholder':
          // Less than invalid: the cell says plainly that there is no value, and cleaning leaves it.
          add(finding, finding.masked ? 'value.masked' : 'value.placeholder', 'warning', finding.value, null);
          break;
        case 'invalid':
          // A note after a number that the row's notes can take: clean moves it (phone-note-moves.ts).
          if (finding.noted && !finding.isFormula && notes && takesNote(finding.row)) {
            add(finding, 'phone.noteToMove', 'warning', finding.value, finding.noted.number, {
              notesColumn: notes.header,
              // As clean writes it, in the sheet's language.
              movedNote: movedNote({ header: finding.column.header, note: finding.noted.note }, ctx.locale === 'zh-CN'),
            });
            break;
          }
          add(
            finding,
            finding.code,
            // A formula's #N/A is the sheet's own doing, fixed there: said, not counted against the list.
            finding.code === 'value.formulaError' ? 'warning' : 'error',
            finding.value,
            null,
            finding.code === 'phone.noAreaCode'
              ? areaCodeParams(finding.row, finding.value)
              : finding.code === 'name.trueFalse' || finding.code === 'value.formulaError'
                ? { row: finding.row }
                : idNumberParams(finding.code, finding.value),
          );
          break;
        case 'ambiguous': {
          // Cleaning leaves it as typed; the message names both readings (or the column's currency) so the
          // user can say which, and why a date has them.
          const doubts = finding.code === 'date.ambiguous' ? readingDoubts(finding.readings) : undefined;
          add(finding, finding.code, 'warning', finding.value, null, {
            readings: (finding.code === 'phone.ambiguous'
              ? namedPhoneReadings(finding.readings, wording)
              : finding.readings
            ).join(wording === 'zh-CN' ? ' 或 ' : ' or '),
            ...(doubts?.yearPlace ? { yearPlace: true } : {}),
            ...(doubts?.rocYear ? { rocYear: true } : {}),
            // In a list naming each row's region, a row's region settles its calendar: ask for it.
            ...(doubts?.rocYear && finding.regionColumn ? { regionColumn: finding.regionColumn } : {}),
            ...(finding.currency ? { currency: finding.currency } : {}),
            ...(finding.mayBe ? { mayBe: finding.mayBe } : {}),
            ...(finding.code === 'number.otherUnit' ? { unit: headerUnit(finding.column.header)?.unit } : {}),
            ...(finding.code === 'date.noYear' && finding.column.field.key === BIRTH_DATE_FIELD
              ? { birthday: true }
              : {}),
          });
          // A last contact given only to its month (or year) is stale when the whole month is, as the report judges it.
          if (
            (finding.code === 'date.monthOnly' || finding.code === 'date.yearOnly') &&
            staleFields.includes(finding.column.field.key)
          ) {
            const end = monthEndTime(finding.readings[0] ?? '');
            if (end !== null && end < staleBefore) add(finding, 'record.stale', 'warning', finding.value, null);
          }
          break;
        }
        case 'nonCanonical':
          // KIM@GMIAL.COM: cleaning writes it in small letters, and its domain is what to say.
          if (finding.warning)
            add(finding, finding.warning.code, 'warning', finding.value, finding.canonical, {
              readings: finding.warning.readings.join(wording === 'zh-CN' ? ' 或 ' : ' or '),
              ...(finding.warning.code === 'date.otherOrder' ? { dateOrder: finding.warning.order } : {}),
            });
          // A formula's result cannot be cleaned, so its form is not worth a warning.
          else if (!finding.isFormula)
            add(
              finding,
              nonCanonicalCode(finding.column.field, finding.value, finding.canonical),
              'warning',
              finding.value,
              finding.canonical,
              phoneCountryParams(finding, wording),
            );
          break;
        case 'valid':
          if (finding.column.field.kind === 'id') {
            const verdict = idHolders.see(idKey(finding.canonical), finding.row);
            // Two contacts of the company an ID numbers are one customer's rows, not a duplicate (company-contacts.ts).
            if (verdict?.kind === 'contacts')
              add(finding, 'id.companyContacts', 'warning', finding.value, null, {
                otherRow: verdict.otherRow,
                row: finding.row,
                company: verdict.company,
              });
            else if (verdict)
              add(finding, 'id.duplicate', 'error', finding.value, null, { otherRow: verdict.otherRow });
          } else if (typeof finding.canonical === 'string' && Date.parse(finding.canonical) < staleBefore) {
            add(finding, 'record.stale', 'warning', finding.value, null);
          }
          break;
      }
    },
    wantValid,
  );
  // A CSV row whose values sit right of their headers: one error, on the row's first column.
  const first = ctx.mapping.columns[0];
  for (const { row, fields, expected } of snapshot.misalignedRows ?? [])
    if (first && row > 1)
      issues.push({
        row,
        column: names[0] ?? first.header,
        field: first.field ?? '',
        code: 'row.misaligned',
        severity: 'error',
        message: issueMessage(wording, 'row.misaligned', {
          column: names[0] ?? first.header,
          value: '',
          suggestion: '',
          fields,
          expected,
        }),
        value: snapshot.values[row - 1]?.[0] ?? null,
        suggestion: null,
      });
  // A customer's further line: one warning, on its blank name, naming the customer's row.
  const nameField = ctx.template.fields.find((f) => f.kind === 'personName' && ctx.mapping.byField[f.key]);
  const nameColumn = nameField && ctx.mapping.columns[ctx.mapping.byField[nameField.key]! - 1];
  for (const [row, otherRow] of continuations)
    if (nameField && nameColumn) {
      const column = { col: nameColumn.col, header: nameColumn.header, field: nameField };
      add({ kind: 'missing', row, column }, 'row.continuation', 'warning', null, null, { row, otherRow });
    }
  // A row's birth date and gender against what its ID number records: either cell may be the mistyped one.
  const misaligned = (snapshot.misalignedRows ?? []).map((m) => m.row);
  const notCustomers = new Set([...totalsRows, ...notesRows, ...lineItems, ...continuations.keys(), ...misaligned]);
  for (const { code, row, column, value, ...ids } of idNumberRowMismatches(snapshot, ctx, notCustomers))
    add({ kind: 'missing', row, column }, code, 'warning', value, null, ids);
  // Blank IDs of rows the scan skipped as not required still get an ID by cleaning.
  if (idField && !idField.required) {
    const reported = new Set(issues.filter((i) => i.code === 'id.missing').map((i) => i.row));
    const column = ids.col === undefined ? undefined : ctx.mapping.columns[ids.col - 1];
    for (const [row, id] of ids.assigned) {
      if (!reported.has(row) && !lineItems.has(row) && column) {
        add(
          { kind: 'missing', row, column: { col: column.col, header: column.header, field: idField } },
          'id.missing',
          'warning',
          null,
          id,
        );
      }
    }
  }
  for (const column of governedColumns(ctx)) {
    // A column of its own values (scan-cells leaves its cells alone) gets one notice on its header.
    const own = ctx.ownValues.get(column.col);
    if (own)
      add({ kind: 'missing', row: 1, column }, 'choice.ownValues', 'warning', shownValues(own.values, wording), null, {
        mixed: own.mixed,
      });
  }
  const order = new Map(names.map((name, index) => [name, index]));
  issues.sort((a, b) => a.row - b.row || (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0));
  return {
    issues,
    // The scan counted the line items among its rows (lineItemRows skips the rows it skips).
    rows: dataRows - lineItems.size - continuations.size,
    mapping: ctx.mapping,
    customerList: looksLikeCustomerList(ctx.mapping, ctx.template),
    ...(totalsRows.length > 0 ? { totalsRows } : {}),
    ...(notesRows.length > 0 ? { notesRows } : {}),
    ...(lineItems.size > 0 ? { lineItemRows: [...lineItems] } : {}),
    ...(groupRows.length > 0 ? { groupRows } : {}),
    ...(defaultsRows.length > 0 ? { defaultsRows } : {}),
  };
}

/** What an ID number's message says beyond the value: how many digits it has, the birth date inside it. */
function idNumberParams(code: IssueCode, value: CellValue): Pick<MessageParams, 'digits' | 'birthDate'> {
  if (code === 'idNumber.wrongLength') return { digits: idDigits(value).length };
  if (code === 'idNumber.badBirthDate') return { birthDate: idBirthDate(value) ?? '' };
  return {};
}

/** The first few values, as a notice names them. */
function shownValues(values: readonly string[], wording: Locale): string {
  const separator = wording === 'zh-CN' ? '、' : ', ';
  return values.length > 5 ? `${values.slice(0, 5).join(separator)}${separator}…` : values.join(separator);
}

function fieldName(column: GovernedColumn): string {
  return column.part ? `${column.field.key}.${column.part}` : column.field.key;
}

function optionList(column: GovernedColumn, ctx: OperationContext): string | undefined {
  const field = column.field;
  if (field.kind === 'yesNo') return ctx.locale === 'zh-CN' ? '是/否' : 'Yes/No';
  if (!field.options) return undefined;
  const labels = field.options.map((o) => o.labels[ctx.locale]);
  return labels.length > 8 ? `${labels.slice(0, 8).join('/')}/…` : labels.join('/');
}

function startOfDayUtc(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
