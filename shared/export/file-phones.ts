/**
 * How one export file fills its phone columns: each row's numbers sorted into them (row-phones.ts),
 * whether the sheet's second phone column is spread over them, and where a number no column took is
 * kept: appended to the layout's notes column (Description, 备注), or, in a layout without one (HubSpot
 * contacts), in an extra column under the sheet header it came from.
 */
import { isBlank, type CellValue } from '../sheet/cell-value';
import type { CrmLayout } from './crm-layouts';
import type { ValueConverter } from './convert-value';
import type { SheetSources } from './sheet-sources';
import { secondColumnFits, sortPhones, spareNote, type PhoneCell, type RowPhones } from './row-phones';

export interface FilePhones {
  /** The sheet's second phone column, when it is spread over the CRM's phone columns. */
  second?: number;
  /** Each record's numbers, in record order, when the layout has phone columns. */
  rows?: Array<RowPhones | null>;
  /** The layout's notes column keeps the spare numbers. */
  spareNotes: boolean;
  /** Sheet headers whose spare numbers go to an extra column (no notes column in the layout). */
  spareColumns: string[];
}

interface PhoneRecord {
  values: readonly CellValue[];
  /** An account made of a company's rows: no one person's numbers, but a number its rows agree in (`extras`). */
  companyOnly?: { extras: ReadonlySet<number> };
}

export class PhonePlanner {
  /** Sheet header -> numbers kept aside because no phone column was free. */
  readonly spareCounts = new Map<string, number>();

  constructor(
    private readonly sources: SheetSources,
    private readonly converter: ValueConverter,
    private readonly rowRegion: (row: readonly CellValue[]) => string | null,
  ) {}

  regionOf(record: PhoneRecord): string | null {
    return this.rowRegion(record.values);
  }

  plan(layout: CrmLayout, records: readonly PhoneRecord[]): FilePhones {
    const sources = new Set(layout.columns.map((c) => c.source));
    const two = sources.has('phone.mobile') || sources.has('phone.other');
    const primary = this.sources.columns('phone')[0];
    if (primary === undefined || (!two && !sources.has('phone'))) return { spareNotes: false, spareColumns: [] };
    const lines = two ? 2 : 1;
    const primaryHeader = this.sources.headerOf(primary);
    const second = this.sources.secondPhone();
    const sortRow = (record: PhoneRecord, spread: boolean): RowPhones | null => {
      if (record.companyOnly && (lines === 2 || !record.companyOnly.extras.has(primary))) return null;
      const cell = record.values[primary - 1] ?? null;
      const extra = second ? (record.values[second.col - 1] ?? null) : null;
      if (isBlank(cell) && (!spread || isBlank(extra)) && (lines === 2 || isBlank(extra))) return null;
      this.converter.rowRegion = this.rowRegion(record.values);
      const regions = this.converter.phoneRegions();
      const cells: PhoneCell[] = [{ value: cell, header: primaryHeader }];
      if (spread && second) cells.push({ value: extra, header: second.header });
      if (lines === 1 && isBlank(cell) && second) {
        // A company whose number is its switchboard (联系电话) only still has one in the CRM's Phone;
        // the column stays an extra column too, so its other numbers are kept there.
        return { ...sortPhones([{ value: extra, header: second.header }], regions, 1), spare: [] };
      }
      return sortPhones(cells, regions, lines);
    };
    let spread = lines === 2 && sources.has('phone.mobile') && sources.has('phone.other') && second !== undefined;
    let rows = records.map((record) => sortRow(record, spread));
    if (spread && second) {
      const fits = secondColumnFits(
        rows.map((phones, i) => ({
          second: !records[i]!.companyOnly && !isBlank(records[i]!.values[second.col - 1] ?? null),
          spare: phones?.spare.some((s) => s.header === second.header) === true,
        })),
      );
      if (!fits) {
        spread = false;
        rows = records.map((record) => sortRow(record, false));
      }
    }
    const spareHeaders = new Set<string>();
    for (const phones of rows)
      for (const spare of phones?.spare ?? []) {
        spareHeaders.add(spare.header);
        this.spareCounts.set(spare.header, (this.spareCounts.get(spare.header) ?? 0) + 1);
      }
    const notes = sources.has('notes');
    return {
      ...(spread && second ? { second: second.col } : {}),
      rows,
      spareNotes: notes && spareHeaders.size > 0,
      spareColumns: notes ? [] : [...spareHeaders],
    };
  }

  /** The row's note with its spare numbers after it (固定电话：010-12345678). */
  withSpareNote(note: CellValue, phones: FilePhones, r: number): CellValue {
    const spare = phones.spareNotes ? phones.rows?.[r]?.spare : undefined;
    if (!spare || spare.length === 0) return note;
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
