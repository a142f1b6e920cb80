/**
 * Combining lists kept by several people or systems: each list is mapped onto the template (its
 * own corrections on top), then stacked into one: the template's fields in template order, every
 * other column kept under its header (one column per header across the lists), and a column that
 * names each row's list and row. Values are kept as stored, each number and date in its list's format;
 * cleaning is a separate step. IDs that several lists bring stay in one column per list: each system's
 * 7002 is its own customer. The person of a company list (联系人, Contact) and of another (姓名, Name)
 * stand in one column (`contactsAsNames`).
 */
import { NOT_SAME_META } from '../dedupe/not-same';
import type { Locale } from '../i18n/locale';
import { columnLetter } from '../sheet/a1';
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { emptyRowTest } from '../sheet/counter-row';
import { headerKey } from '../sheet/header-row';
import type { SheetSnapshot } from '../sheet/snapshot';
import { DEFAULT_TEMPLATE } from '../template/default-template';
import { mapHeaders, mappingToJson, sampleRows, type HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { carryNotSame } from './combine-marks';
import { cellFormatReader, ownFormats } from './combined-formats';
import { readTextDates, type DatesRead } from './combined-dates';
import { COMBINE_WORDS } from './combine-words';
import { resolveContext, storedTemplate } from './options';
import { isTotalsOrNotesRow } from '../sheet/totals-row';
import { reportFooterStart } from '../sheet/report-footer';
import { headerUnit } from '../normalise/header-unit';
import { contactField, customerNameField } from '../template/column-evidence';

export interface ListSource {
  /** What a person calls the list: a file name, or `file.xlsx!Sheet`. */
  name: string;
  snapshot: SheetSnapshot;
  /** Header corrections for this list (header -> field key, `name.given`, or null); default: the ones it stores. */
  overrides?: Record<string, string | null>;
}

export interface CombineOptions {
  /** Default: the template the first list stores, else the built-in one. */
  template?: Template;
  /** Language of the combined headers; default: the first list's. */
  locale?: Locale;
  /** Name of the combined sheet; default: 客户 / Customers. */
  sheetName?: string;
  /**
   * Corrections the combined sheet will be read with besides its own (those of the workbook it is added
   * to): `overrides` then holds what they lack or get wrong. Default: none, as in a new file.
   */
  readWith?: Record<string, string | null>;
}

export interface CombinedColumn {
  /** 1-based column of the combined sheet. */
  col: number;
  header: string;
  /** Template field key (`name.family` for a part), or null for a kept column and the source column. */
  field: string | null;
  /** The column of each list it holds (list index -> 1-based column), when the list has one. */
  from: Map<number, number>;
  /** Set on a column holding one list's own IDs, kept apart from other lists' (see `scopedIdFields`): the ID field they are. */
  ids?: string;
}

export interface CombinedList {
  snapshot: SheetSnapshot;
  template: Template;
  locale: Locale;
  columns: CombinedColumn[];
  /** 1-based column naming where each row came from. */
  sourceCol: number;
  /**
   * The combined sheet's mapping as dedupe and merge read the written sheet back (its fields fixed by
   * construction through `overrides`), so combine matches on what they see: a column another holds more
   * of, as 企查查's 更多电话 beside 电话, is read as that field's second column.
   */
  mapping: HeaderMapping;
  /** The corrections that give that mapping back when the sheet is read again (only where reading alone would differ). */
  overrides: Record<string, string | null>;
  /** Per combined row r (index r - 2): the list it came from and its row there. */
  originList: Int32Array;
  originRow: Int32Array;
  lists: Array<{ name: string; rows: number; mapping: HeaderMapping }>;
  /** Text dates of a list written as real dates beside another list's, or left as typed (combined-dates.ts). */
  datesRead: DatesRead[];
}

interface Slot {
  header: string;
  field: string | null;
  order: number;
  from: Map<number, number>;
  format?: string | null;
  /** How many of its currency a number of the column counts (10,000 for 万元): another scale keeps its own column. */
  scale?: number;
  ids?: string;
}

const PART_ORDER = { family: 1, given: 2 } as const;

/** Stacks the lists onto the template. At least one list; rows that hold nothing are left out. */
export function combineLists(sources: readonly ListSource[], options: CombineOptions = {}): CombinedList {
  const first = sources[0];
  if (!first) throw new Error('combineLists needs at least one list');
  const template = options.template ?? storedTemplate(first.snapshot) ?? DEFAULT_TEMPLATE;
  const contexts = sources.map((s) =>
    resolveContext(s.snapshot, { template, ...(s.overrides ? { overrides: s.overrides } : {}) }),
  );
  const locale = options.locale ?? contexts[0]!.locale;
  const words = COMBINE_WORDS[locale];

  // Template fields in template order (a split name's parts right after the whole name), then kept columns.
  const fieldIndex = new Map(template.fields.map((f, i) => [f.key, i]));
  const fieldSlots = new Map<string, Slot>();
  const idSlots: Slot[] = [];
  const keptSlots: Slot[] = [];
  const keptByKey = new Map<string, Slot>();
  const scoped = scopedIdFields(sources, contexts, template);
  const persons = contactsAsNames(contexts, template);
  contexts.forEach((ctx, list) => {
    const name = sources[list]!.name;
    const formats = sources[list]!.snapshot.columnFormats;
    for (const mapped of ctx.mapping.columns) {
      const format = formats?.[mapped.col - 1];
      const column = persons.columns.get(list) === mapped.col ? { ...mapped, field: persons.field } : mapped;
      if (column.field && scoped.has(column.field)) {
        // Where the Customer ID column would be, one column per list, named for it: 7002 of one system is
        // not 7002 of another. An empty ID column brings nothing to keep.
        if (columnIsEmpty(sources[list]!.snapshot.values, column.col)) continue;
        const field = template.fields[fieldIndex.get(column.field)!]!;
        idSlots.push({
          header: words.sameHeader(column.header || field.labels[locale], name),
          field: null,
          order: fieldIndex.get(column.field)! * 3,
          from: new Map([[list, column.col]]),
          format,
          ids: column.field,
        });
        continue;
      }
      // 累计成交金额（万元）: the unit stays with the amounts, and 元 amounts never join a 万元 column.
      const unit = column.field && column.unit ? headerUnit(column.header) : null;
      const scale = unit?.scale ?? 1;
      const key = column.part ? `${column.field}.${column.part}` : column.field;
      let slot = key ? fieldSlots.get(key) : undefined;
      if (column.field && key && (!slot || slot.scale === scale)) {
        if (!slot) {
          // The shared person column is headed as the list that brings it first heads its person.
          const field = template.fields[fieldIndex.get(column === mapped ? column.field : persons.headerField)!]!;
          const header = column.part === 'family' ? words.familyName : column.part === 'given' ? words.givenName : '';
          const order = fieldIndex.get(column.field)! * 3 + (column.part ? PART_ORDER[column.part] : 0);
          const label = (header || field.labels[locale]) + (unit?.tail ?? '');
          slot = { header: label, field: key, order, from: new Map(), scale };
          fieldSlots.set(key, slot);
        }
        slot.from.set(list, column.col);
        slot.format ??= format;
        continue;
      }
      const blankHeader = column.header === '';
      if (blankHeader && columnIsEmpty(sources[list]!.snapshot.values, column.col)) continue;
      const header = blankHeader ? words.unnamedColumn(columnLetter(column.col), name) : column.header;
      const keptKey = blankHeader ? `\u0000${list}:${column.col}` : headerKey(header);
      slot = keptByKey.get(keptKey);
      if (!slot) {
        slot = { header, field: null, order: 0, from: new Map() };
        keptByKey.set(keptKey, slot);
        keptSlots.push(slot);
      }
      // Two columns of one list with the same header cannot share a column: the second keeps its own.
      if (slot.from.has(list)) {
        slot = { header: words.sameHeader(header, name), field: null, order: 0, from: new Map() };
        keptSlots.push(slot);
      }
      slot.from.set(list, column.col);
      slot.format ??= format;
    }
  });
  const slots = [...[...fieldSlots.values(), ...idSlots].sort((a, b) => a.order - b.order), ...keptSlots];
  slots.push({ header: words.sourceHeader, field: null, order: 0, from: new Map() });
  uniqueHeaders(slots, (header, list) => words.sameHeader(header, sources[list]!.name));

  const columns: CombinedColumn[] = slots.map((s, i) => ({
    col: i + 1,
    header: s.header,
    field: s.field,
    from: s.from,
    ...(s.ids ? { ids: s.ids } : {}),
  }));
  const sourceCol = columns.length;
  const { values, originList, originRow } = stackRows(sources, columns, words.sourceRow);
  const datesRead = readTextDates({ values, originList, originRow }, columns, sources, contexts, template);
  const built: Record<string, string | null> = {};
  for (const column of columns) built[column.header] = column.field;
  const read = readBack(values, template, built, options.readWith ?? {});
  const columnFormats = slots.map((s) => s.format ?? null);
  // Each number and date shows as its own list showed it (combined-formats.ts).
  const readers = sources.map((s) => cellFormatReader(s.snapshot));
  const extras = ownFormats(values, columnFormats, (row, col) => {
    const list = originList[row - 2]!;
    const from = columns[col - 1]!.from.get(list);
    return from === undefined ? null : readers[list]!(originRow[row - 2]!, from);
  });
  const snapshot: SheetSnapshot = {
    name: options.sheetName ?? words.sheetName,
    values,
    columnFormats,
    ...(extras.length > 0 ? { extras } : {}),
    ...(sources.every((s) => s.snapshot.textOnly) ? { textOnly: true } : {}),
  };
  const combined: CombinedList = {
    snapshot,
    template,
    locale,
    columns,
    sourceCol,
    mapping: read.mapping,
    overrides: read.overrides,
    originList,
    originRow,
    datesRead,
    lists: sources.map((s, list) => ({
      name: s.name,
      rows: countRows(originList, list),
      mapping: contexts[list]!.mapping,
    })),
  };
  // Rows a list says are different customers stay apart in the combined list too.
  const marks = carryNotSame(sources, combined);
  if (marks !== undefined) snapshot.meta = { [NOT_SAME_META]: marks };
  return combined;
}

/**
 * The corrections a reread needs: the columns whose mapping, read from the combined sheet's headers and
 * values, would differ from the one combine built (a correction fixes a column and frees its field, so
 * read again until nothing differs). With them, the mapping that reread gives.
 */
function readBack(
  values: readonly CellValue[][],
  template: Template,
  built: Record<string, string | null>,
  readWith: Record<string, string | null>,
): { overrides: Record<string, string | null>; mapping: HeaderMapping } {
  const pinned: Record<string, string | null> = {};
  const samples = sampleRows(values);
  // Each pass pins at least one more column, so this ends by the time every column is pinned.
  for (;;) {
    const mapping = mapHeaders(values[0]!, template, { ...readWith, ...pinned }, samples);
    const read = mappingToJson(mapping);
    const differ = Object.keys(built).filter((h) => !(h in pinned) && (read[h] ?? null) !== built[h]);
    if (differ.length === 0) return { overrides: pinned, mapping };
    for (const header of differ) pinned[header] = built[header]!;
  }
}

/**
 * The person of a company list is its contact (客户名称 beside 联系人, Company beside Contact), of
 * another list its name (姓名, Name, Full Name, or First Name and Last Name): when lists lay the person
 * out both ways, each list's contact column is read as the name, so the people stand in one column and
 * are compared with each other. A list with a name and a contact of its own (a student and the parent
 * the school calls) keeps its contact in the contact column. `headerField` heads the shared column: the
 * contact when a contact column comes first and no list keeps one apart, else the name.
 */
function contactsAsNames(
  contexts: ReadonlyArray<{ mapping: HeaderMapping }>,
  template: Template,
): { field: string; headerField: string; columns: Map<number, number> } {
  const nameKey = customerNameField(template)?.key;
  const contactKey = contactField(template)?.key;
  const columns = new Map<number, number>();
  if (!nameKey || !contactKey) return { field: '', headerField: '', columns };
  let anyName = false;
  let contactKept = false;
  let first: string | undefined;
  contexts.forEach(({ mapping }, list) => {
    const hasName = mapping.columns.some((c) => c.field === nameKey);
    const contact = mapping.columns.find((c) => c.field === contactKey && !c.part);
    anyName ||= hasName;
    contactKept ||= hasName && contact !== undefined;
    const whole = mapping.columns.some((c) => c.field === nameKey && !c.part);
    if (!hasName && contact) columns.set(list, contact.col);
    first ??= whole ? nameKey : !hasName && contact ? contactKey : undefined;
  });
  if (!anyName) columns.clear();
  return { field: nameKey, headerField: contactKept || !first ? nameKey : first, columns };
}

/**
 * ID fields two or more lists bring values of. An ID means something only in the system that issued
 * it, so these lists' IDs are never stacked into one column, where two customers could share one.
 */
function scopedIdFields(
  sources: readonly ListSource[],
  contexts: ReadonlyArray<{ mapping: HeaderMapping }>,
  template: Template,
): Set<string> {
  const lists = new Map<string, number>();
  contexts.forEach((ctx, list) => {
    for (const column of ctx.mapping.columns) {
      const field = column.field && !column.part ? template.fields.find((f) => f.key === column.field) : undefined;
      if (field?.kind === 'id' && !columnIsEmpty(sources[list]!.snapshot.values, column.col))
        lists.set(field.key, (lists.get(field.key) ?? 0) + 1);
    }
  });
  return new Set([...lists].filter(([, n]) => n > 1).map(([key]) => key));
}

/**
 * The combined list's mapping for matching: without the source column (where a row came from says
 * nothing about who it is), and each list's own ID column read as that ID field, so an ID two rows of
 * one list share is evidence while the lists' IDs, in separate columns, are never compared.
 */
export function matchMapping(list: CombinedList): HeaderMapping {
  const ids = new Map(list.columns.flatMap((c) => (c.ids ? [[c.col, c.ids] as const] : [])));
  return {
    ...list.mapping,
    columns: list.mapping.columns
      .filter((c) => c.col !== list.sourceCol)
      .map((c) => (ids.has(c.col) ? { ...c, secondOf: ids.get(c.col)! } : c)),
  };
}

/** Headers must differ (hosts refuse a sheet with two alike): a later one takes its list's name, then a number. */
function uniqueHeaders(slots: Slot[], withList: (header: string, list: number) => string): void {
  const seen = new Set<string>();
  // The source column first: it keeps its own name.
  for (const slot of [slots[slots.length - 1]!, ...slots.slice(0, -1)]) {
    const list = slot.from.keys().next().value;
    let header = slot.header;
    if (seen.has(headerKey(header)) && list !== undefined) header = withList(header, list);
    for (let n = 2; seen.has(headerKey(header)); n++) header = `${slot.header} ${n}`;
    seen.add(headerKey(header));
    slot.header = header;
  }
}

function columnIsEmpty(values: readonly CellValue[][], col: number): boolean {
  for (let r = 1; r < values.length; r++) if (!isBlank(values[r]?.[col - 1])) return false;
  return true;
}

function countRows(originList: Int32Array, list: number): number {
  let n = 0;
  for (const l of originList) if (l === list) n++;
  return n;
}

function stackRows(
  sources: readonly ListSource[],
  columns: readonly CombinedColumn[],
  sourceRow: (list: string, row: number) => string,
): { values: CellValue[][]; originList: Int32Array; originRow: Int32Array } {
  const width = columns.length;
  const header: CellValue[] = columns.map((c) => c.header);
  const total = sources.reduce((n, s) => n + Math.max(0, s.snapshot.values.length - 1), 0);
  const originList = new Int32Array(total);
  const originRow = new Int32Array(total);
  const values: CellValue[][] = [header];
  sources.forEach((source, list) => {
    // Per list: combined column index -> the list's 0-based column (-1: none), so each row is one pass.
    const take = Int32Array.from(columns, (c) => (c.from.has(list) ? c.from.get(list)! - 1 : -1));
    const rows = source.snapshot.values;
    const footer = reportFooterStart(rows);
    const empty = emptyRowTest(rows);
    for (let r = 1; r < footer; r++) {
      const row = rows[r];
      if (empty(row) || isTotalsOrNotesRow(row)) continue;
      const out: CellValue[] = new Array<CellValue>(width);
      for (let c = 0; c < width - 1; c++) out[c] = take[c]! >= 0 ? (row![take[c]!] ?? null) : null;
      out[width - 1] = sourceRow(source.name, r + 1);
      originList[values.length - 1] = list;
      originRow[values.length - 1] = r + 1;
      values.push(out);
    }
  });
  const used = values.length - 1;
  return { values, originList: originList.slice(0, used), originRow: originRow.slice(0, used) };
}

/** Where combined row `row` came from: its list's index and its row there. */
export function originOf(list: CombinedList, row: number): { list: number; row: number } {
  return { list: list.originList[row - 2]!, row: list.originRow[row - 2]! };
}

/** The text a person sees for a combined row's origin (the source column's value). */
export function originText(list: CombinedList, row: number): string {
  return cellText(list.snapshot.values[row - 1]?.[list.sourceCol - 1]);
}
