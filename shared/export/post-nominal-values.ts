/**
 * Names typed with degrees or credentials after them (Rachel Green, MBA: post-nominals.ts). Where the
 * CRM's columns split the name, First and Last Name take the name alone and the cell as typed is kept
 * with the row's other values set aside (date-parts.ts): in the notes, or under its sheet header. A
 * layout that writes the whole name (纷享销客's 姓名) writes it as typed, and nothing is set aside.
 */
import type { KeptValue } from './date-parts';
import type { Parties } from './row-parties';

/** What the report says of one name column's credentials. */
export interface PostNominalReport {
  count: number;
  /** The first name as typed. */
  example: string;
  /** Where the names as typed were kept: the notes column, or their own sheet header. */
  keptIn: string;
}

interface NamedRecord {
  row: number;
  parties: Parties;
  companyOnly?: unknown;
}

export class PostNominalValues {
  /** Sheet header -> its names with credentials, each sheet row counted once over every file. */
  readonly bySheetColumn = new Map<string, PostNominalReport>();
  private readonly counted = new Set<number>();

  constructor(private readonly headerOf: (col: number) => string) {}

  /** Each record's name as typed to keep (in record order), and the sheet headers they came from. */
  plan(
    records: readonly NamedRecord[],
    splitsNames: boolean,
    /** Where a sheet header's kept names go: the notes column, or the extra column under that header. */
    keptIn: (header: string) => string,
  ): { rows: Array<KeptValue[] | undefined>; headers: Set<string> } {
    const rows: Array<KeptValue[] | undefined> = new Array(records.length);
    const headers = new Set<string>();
    if (!splitsNames) return { rows, headers };
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      const aside = record.parties.postNominals;
      if (record.companyOnly || !aside || record.parties.full === '') continue;
      const header = this.headerOf(aside.col);
      rows[r] = [{ header, value: aside.typed }];
      headers.add(header);
      if (this.counted.has(record.row)) continue;
      this.counted.add(record.row);
      const report = this.bySheetColumn.get(header);
      if (report) report.count++;
      else this.bySheetColumn.set(header, { count: 1, example: aside.typed, keptIn: keptIn(header) });
    }
    return { rows, headers };
  }
}
