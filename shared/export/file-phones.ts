/**
 * How one export file fills its phone columns: each row's numbers sorted into them (row-phones.ts),
 * whether the sheet's second phone column (and, for a layout with Home Phone, its columns of home
 * numbers) is spread over them, and where a number no column took, or a note typed after a number, is
 * kept: appended to the layout's notes column (Description, 备注), or, in a layout without one (HubSpot
 * contacts), in an extra column under the sheet header it came from.
 */
import { isBlank, type CellValue } from '../sheet/cell-value';
import type { RowPlaceReader } from '../normalise/phone-row-place';
import { isPlaceholder } from '../check/placeholder';
import type { CrmLayout } from './crm-layouts';
import type { ValueConverter } from './convert-value';
import type { SheetSources } from './sheet-sources';
import { saidLine, saidLines } from './phone-types';
import { isSetAsideContact } from './masked-values';
import { notedNumber } from './phone-note';
import {
  fillBlankLines,
  homePhoneColumns,
  sortPhones,
  isLandlineFirst,
  spareNote,
  type PhoneCell,
  type PhoneSheetColumn,
  type RowPhones,
  type SparePhone,
} from './row-phones';

export interface FilePhones {
  /** The sheet's phone columns besides the phone field's spread over the CRM's phone columns (the second, home ones). */
  spread: number[];
  /** Some row has a home number for the layout's Home Phone: the column is written. */
  homeFilled: boolean;
  /** Each record's numbers, in record order, when the layout has phone columns. */
  rows?: Array<RowPhones | null>;
  /** The layout's notes column keeps the spare numbers. */
  spareNotes: boolean;
  /** Sheet headers whose spare numbers go to an extra column (no notes column in the layout). */
  spareColumns: string[];
}

/** A column of faxes, which no phone line is (Business Fax, 传真). */
const FAX_HEADER = /fax|传真|傳真/i;

interface PhoneRecord {
  row: number;
  values: readonly CellValue[];
  /** An account made of a company's rows: no one person's numbers, but a number its rows agree in (`extras`). */
  companyOnly?: { extras: ReadonlySet<number> };
}

export class PhonePlanner {
  /** Sheet header -> numbers kept aside: no phone column was free for them, or they are faxes. */
  readonly spareCounts = new Map<string, number>();
  /** Of those, faxes, and numbers for Phone while Mobile was free (not known to be mobiles). */
  readonly spareFaxes = new Map<string, number>();
  readonly spareNotMobile = new Map<string, number>();
  /** Of those, numbers no region reads as valid whose line the row's valid numbers took. */
  readonly spareInvalid = new Map<string, number>();
  /** Sheet header -> notes typed after a number (138 0013 8000（微信同号）), kept aside as the spare numbers are. */
  readonly phoneNotes = new Map<string, number>();
  /** Sheet header -> the sheet rows of those notes, so a report can point at them. */
  readonly phoneNoteRows = new Map<string, Set<number>>();

  constructor(
    private readonly sources: SheetSources,
    private readonly converter: ValueConverter,
    private readonly rowRegion: (row: readonly CellValue[]) => string | null,
    /** The place a row without a country names (another number's +853, an address in 澳門), as check reads it. */
    private readonly rowPlace?: RowPlaceReader,
  ) {}

  /** Sets the converter to read the record's phones: its country, else the place it names. */
  readRow(record: PhoneRecord): void {
    const region = this.rowRegion(record.values);
    this.converter.rowRegion = region;
    this.converter.rowPlace = region === null && this.rowPlace ? this.rowPlace(record.values) : null;
  }

  plan(layout: CrmLayout, records: readonly PhoneRecord[]): FilePhones {
    const sources = new Set(layout.columns.map((c) => c.source));
    const home = sources.has('phone.home');
    const two = sources.has('phone.mobile') || sources.has('phone.other') || home;
    const primary = this.sources.columns('phone')[0];
    const none = { spread: [], homeFilled: false, spareNotes: false, spareColumns: [] };
    if (primary === undefined || (!two && !sources.has('phone'))) return none;
    const lines = two ? 2 : 1;
    const primaryHeader = this.sources.headerOf(primary);
    const second = this.sources.secondPhone();
    // Columns of home numbers (Outlook's Home Phone) only where the layout has a line for them.
    const homes: PhoneSheetColumn[] = home
      ? homePhoneColumns(this.sources.sheetColumns, new Set([primary, second?.col]), (col) => this.sources.hasData(col))
      : [];
    // The row's other phone columns (Apple's Phone (work), Outlook's Company Main Phone): read only
    // for the lines its own columns leave blank (fillBlankLines), and kept as extra columns too.
    const read = new Set([primary, second?.col, ...homes.map((c) => c.col)]);
    const others = this.sources.sheetColumns.filter(
      (c) => c.secondOf === 'phone' && !read.has(c.col) && !FAX_HEADER.test(c.header) && this.sources.hasData(c.col),
    );
    // A company's one Phone (an accounts file) is its landline where its phone field holds a person's
    // mobile: then the second column is read for Phone in every row, and its numbers no line takes are spare.
    let landlineFirst = false;
    const sortRow = (record: PhoneRecord, spread: boolean, oneLineSpread = false): RowPhones | null => {
      if (record.companyOnly) return this.companyPhones(record, record.companyOnly.extras, primary, lines);
      const cell = this.given(record, primary, primaryHeader);
      const extra = second ? this.given(record, second.col, second.header) : null;
      const homeCells = homes.map((c) => this.phoneCell(record, this.given(record, c.col, c.header), c.col, c.header));
      const otherCells = others.map((c) =>
        this.phoneCell(record, this.given(record, c.col, c.header), c.col, c.header),
      );
      if (
        isBlank(cell) &&
        (!spread || isBlank(extra)) &&
        (lines === 2 || isBlank(extra)) &&
        homeCells.every((c) => isBlank(c.value)) &&
        otherCells.every((c) => isBlank(c.value))
      )
        return null;
      this.readRow(record);
      const regions = this.converter.phoneRegions();
      const cells: PhoneCell[] = [this.phoneCell(record, cell, primary, primaryHeader)];
      if (spread && second) cells.push(this.phoneCell(record, extra, second.col, second.header));
      cells.push(...homeCells);
      // A number typed with a note (138 0013 8000（微信同号）) goes to its line; the note is kept aside.
      const notes: SparePhone[] = [];
      for (const [i, phoneCell] of cells.entries()) {
        const noted = notedNumber(phoneCell.value, regions);
        if (!noted) continue;
        cells[i] = { ...phoneCell, value: noted.number };
        notes.push({ header: phoneCell.header, value: noted.note, reason: 'note' });
      }
      if (lines === 1 && second && !isBlank(extra)) {
        const secondCell = this.phoneCell(record, extra, second.col, second.header);
        const swap = isLandlineFirst(cells[0]!, secondCell, regions);
        if (swap) landlineFirst = true;
        if (swap || oneLineSpread) {
          const ordered = swap ? [secondCell, cells[0]!] : [cells[0]!, secondCell];
          const one = sortPhones(ordered, regions, 1);
          const spare = notes.length === 0 ? one : { ...one, spare: [...notes, ...one.spare] };
          return otherCells.length === 0 ? spare : fillBlankLines(spare, otherCells, regions, lines, home);
        }
      }
      const sorted =
        lines === 1 && isBlank(cell) && second && !isBlank(extra)
          ? // A company whose number is its switchboard (联系电话) only still has one in the CRM's Phone;
            // the column stays an extra column too, so its other numbers are kept there.
            { ...sortPhones([{ value: extra, header: second.header }], regions, 1), spare: [] }
          : sortPhones(cells, regions, lines, home);
      const withNotes = notes.length === 0 ? sorted : { ...sorted, spare: [...notes, ...sorted.spare] };
      return otherCells.length === 0 ? withNotes : fillBlankLines(withNotes, otherCells, regions, lines, home);
    };
    // Mobile and Phone take the second column's numbers row by row; a number no line is free for is spare.
    const spread = lines === 2 && sources.has('phone.mobile') && sources.has('phone.other') && second !== undefined;
    let rows = records.map((record) => sortRow(record, spread));
    // The second column is then no extra column: each row's numbers of it are in Phone or spare.
    const oneLineSpread = landlineFirst && second !== undefined;
    if (oneLineSpread) rows = records.map((record) => sortRow(record, spread, true));
    const spareHeaders = new Set<string>();
    const count = (map: Map<string, number>, header: string) => map.set(header, (map.get(header) ?? 0) + 1);
    for (const [r, phones] of rows.entries())
      for (const spare of phones?.spare ?? []) {
        spareHeaders.add(spare.header);
        if (spare.reason === 'note') {
          count(this.phoneNotes, spare.header);
          const noted = this.phoneNoteRows.get(spare.header) ?? new Set<number>();
          this.phoneNoteRows.set(spare.header, noted.add(records[r]!.row));
          continue;
        }
        count(this.spareCounts, spare.header);
        if (spare.reason === 'fax') count(this.spareFaxes, spare.header);
        if (spare.reason === 'notMobile') count(this.spareNotMobile, spare.header);
        if (spare.reason === 'invalid') count(this.spareInvalid, spare.header);
      }
    const notes = sources.has('notes');
    return {
      spread: [...((spread || oneLineSpread) && second ? [second.col] : []), ...homes.map((c) => c.col)],
      homeFilled: home && rows.some((phones) => phones !== null && !isBlank(phones.home)),
      rows,
      spareNotes: notes && spareHeaders.size > 0,
      spareColumns: notes ? [] : [...spareHeaders],
    };
  }

  /**
   * An account made of a company's rows: the numbers of its columns that are the company's, the
   * switchboard (联系电话) first. Its other numbers stay with its contacts, in the contacts file.
   */
  private companyPhones(
    record: PhoneRecord,
    extras: ReadonlySet<number>,
    primary: number,
    lines: 1 | 2,
  ): RowPhones | null {
    const second = this.sources.secondPhone();
    const cells: PhoneCell[] = [];
    if (second && extras.has(second.col))
      cells.push({ value: this.given(record, second.col, second.header), header: second.header });
    if (extras.has(primary)) {
      const header = this.sources.headerOf(primary);
      cells.push({ value: this.given(record, primary, header), header });
    }
    if (cells.every((c) => isBlank(c.value))) return null;
    this.readRow(record);
    return { ...sortPhones(cells, this.converter.phoneRegions(), lines), spare: [] };
  }

  /**
   * A phone cell with the line its type column names (Google's Phone 1 - Type), where it has one; a
   * type joined as its numbers are (Work ::: Mobile) names each number's.
   */
  private phoneCell(record: PhoneRecord, value: CellValue, col: number, header: string): PhoneCell {
    const typeCol = this.sources.phoneTypeColumn(col);
    const type = typeCol === undefined ? null : (record.values[typeCol - 1] ?? null);
    const said = type === null ? undefined : saidLine(type);
    const saidEach = type === null ? undefined : saidLines(type);
    return { value, header, ...(said === undefined ? {} : { said }), ...(saidEach ? { saidEach } : {}) };
  }

  /**
   * A phone cell, or null where it holds a placeholder (无, -), which is no number: counted for the
   * report; or a starred-out number (138****5678), which masked-values.ts keeps and counts.
   */
  private given(record: PhoneRecord, col: number, header: string): CellValue {
    const value = record.values[col - 1] ?? null;
    if (isSetAsideContact('phone', value)) return null;
    if (isBlank(value) || !isPlaceholder(value)) return value;
    this.converter.placeholders.count(header, { row: record.row, source: col });
    return null;
  }

  /** The row's note with its spare numbers (固定电话：010-12345678) and other values kept aside (`more`) after it. */
  withSpareNote(note: CellValue, phones: FilePhones, r: number, more: readonly SparePhone[] = []): CellValue {
    const spare = [...((phones.spareNotes ? phones.rows?.[r]?.spare : undefined) ?? []), ...more];
    if (spare.length === 0) return note;
    const zh = this.converter.sheetLocale === 'zh-CN';
    const text = spareNote(spare, zh);
    return isBlank(note) ? text : `${String(note)}${zh ? '；' : '; '}${text}`;
  }

  /** The spare numbers of one sheet column, as typed, for its extra column. */
  spareText(phones: FilePhones, r: number, header: string): CellValue {
    const spare = phones.rows?.[r]?.spare.filter((s) => s.header === header) ?? [];
    return spare.length === 0 ? null : spare.map((s) => s.value).join('; ');
  }
}
