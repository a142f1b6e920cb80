/**
 * Counts for the report that count each sheet cell once. An accounts export of a contact list writes
 * a company's row to the accounts file and again to the contacts file (account-groups.ts), and an
 * 18-row list must not have 19 values that could not be read. A cell counted under one header (the
 * accounts file's 客户级别) is not counted again under another (the contacts file's 客户等级).
 */

/** A sheet cell: its row and the column it came from (a sheet column, or a CRM column's name for a phone line). */
export interface SheetCell {
  row: number;
  source: number | string;
}

/** A value counted, as typed, and its sheet row: what a report quotes. */
export interface CountedValue {
  row: number;
  value: string;
}

const SAMPLES = 3;

/** Header -> count, a cell counted once, under the header its column was first counted under. */
export class CellTally extends Map<string, number> {
  private readonly rows = new Map<number | string, Set<number>>();
  private readonly headers = new Map<number | string, string>();
  /** Header -> the first values counted (`sample` of `count`), so a report can name real cells. */
  readonly samples = new Map<string, CountedValue[]>();

  /** Counts one value under `header`; a cell of the sheet already counted is not counted again. */
  count(header: string, cell?: SheetCell | null, sample?: string): void {
    if (cell) {
      let rows = this.rows.get(cell.source);
      if (!rows) this.rows.set(cell.source, (rows = new Set()));
      if (rows.has(cell.row)) return;
      rows.add(cell.row);
      if (!this.headers.has(cell.source)) this.headers.set(cell.source, header);
      header = this.headers.get(cell.source)!;
    }
    this.set(header, (this.get(header) ?? 0) + 1);
    if (sample === undefined || !cell) return;
    let samples = this.samples.get(header);
    if (!samples) this.samples.set(header, (samples = []));
    if (samples.length < SAMPLES) samples.push({ row: cell.row, value: sample });
  }
}
