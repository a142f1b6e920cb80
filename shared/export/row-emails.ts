/**
 * A row's addresses in a CRM's e-mail columns. The e-mail field's cell comes first, each of its
 * addresses where it holds several (Google Contacts' a@x.com ::: b@y.com), then the row's other e-mail
 * columns (Apple's Email (work), Pipedrive's Person - Email - Home), in sheet order. Email takes the
 * first, so a row whose own e-mail is blank still reaches HubSpot and Zoho, which tell contacts apart
 * by it; a second e-mail column (Zoho's Secondary Email) the next. The field cell's addresses no
 * column took are written under its header; the other columns stay as extra columns, as typed.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { isPlaceholder } from '../check/placeholder';
import { emailAddresses } from '../normalise/email';
import type { CrmLayout } from './crm-layouts';
import type { SheetSources } from './sheet-sources';
import { isSetAsideContact } from './masked-values';

/** One address of the row and the sheet column it came from. */
export interface RowAddress {
  value: string;
  col: number;
  header: string;
  /** Typed after the person's name in its cell (Jane Doe (jane@acme.com)). */
  withName?: true;
}

export interface RowEmails {
  /** For Email, and for the second e-mail column where the layout has one. */
  first?: RowAddress;
  second?: RowAddress;
  /** The e-mail field cell's further addresses no e-mail column took. */
  spare: string[];
}

export interface FileEmails {
  /** The e-mail field's column, or undefined when the sheet or the layout has none. */
  col?: number;
  /** Each record's addresses, in record order; null where the row is read as it was (an account of several rows). */
  rows: Array<RowEmails | null>;
  /** Some row has an address for the second e-mail column: the column is written. */
  secondFilled: boolean;
  /** The e-mail field's header, where some row's further addresses go to an extra column under it. */
  spareColumn?: string;
  /** The sheet has no e-mail column, and Email takes the addresses typed with the names. */
  fromNames?: true;
}

interface EmailRecord {
  row: number;
  values: readonly CellValue[];
  companyOnly?: unknown;
  parties?: { nameEmail?: { address: string; col: number } };
}

/** An address a CRM can take: not a placeholder (无, N/A) or a starred-out one, which the export keeps aside. */
function usable(value: CellValue): boolean {
  return !isBlank(value) && !isPlaceholder(value) && !isSetAsideContact('email', value);
}

/** A cell's addresses: each of several, else the cell as typed. */
function cellAddresses(value: CellValue): string[] {
  if (!usable(value)) return [];
  return emailAddresses(value) ?? [cellText(value).trim()];
}

export class EmailPlanner {
  /** Sheet header -> rows whose e-mail cell held several addresses. */
  readonly severalRows = new Map<string, number>();
  /** Sheet header -> the sheet rows of those cells, so a report can point at them. */
  readonly severalRowNumbers = new Map<string, Set<number>>();
  /** Sheet header -> where its cells' further addresses went (the CRM's second e-mail column, an extra column). */
  readonly severalTo = new Map<string, Set<string>>();

  constructor(private readonly sources: SheetSources) {}

  plan(layout: CrmLayout, records: readonly EmailRecord[]): FileEmails {
    const writesEmail = layout.columns.some((c) => c.source === 'email');
    const primary = writesEmail ? this.sources.columns('email')[0] : undefined;
    const typedWith = (record: EmailRecord): RowAddress[] => {
      const typed = record.parties?.nameEmail;
      return typed
        ? [{ value: typed.address, col: typed.col, header: this.sources.headerOf(typed.col), withName: true as const }]
        : [];
    };
    if (primary === undefined) {
      if (!writesEmail || !records.some((r) => !r.companyOnly && typedWith(r).length > 0))
        return { rows: [], secondFilled: false };
      const rows = records.map((record): RowEmails | null => {
        if (record.companyOnly) return null;
        const [first] = typedWith(record);
        return { ...(first ? { first } : {}), spare: [] };
      });
      return { rows, secondFilled: false, fromNames: true };
    }
    const header = this.sources.headerOf(primary);
    const second = layout.columns.find((c) => c.source === 'email.second')?.header;
    const others = this.sources.sheetColumns.filter(
      (c) => c.secondOf === 'email' && c.col !== primary && this.sources.hasData(c.col),
    );
    let secondFilled = false;
    let spareFilled = false;
    const rows = records.map((record): RowEmails | null => {
      if (record.companyOnly) return null;
      const cell = record.values[primary - 1] ?? null;
      const own = cellAddresses(cell).map((value) => ({ value, col: primary, header }));
      const found: RowAddress[] = [];
      for (const address of [
        ...own,
        ...others.flatMap((c) =>
          cellAddresses(record.values[c.col - 1] ?? null).map((value) => ({ value, col: c.col, header: c.header })),
        ),
        ...typedWith(record),
      ])
        if (!found.some((f) => f.value.toLowerCase() === address.value.toLowerCase())) found.push(address);
      const [first, next] = found;
      const secondAddress = second === undefined ? undefined : next;
      if (secondAddress) secondFilled = true;
      // The cell's addresses no e-mail column took; one repeated in the cell is one address.
      // So too the address typed with the name: its cell is read as the name, so it would be lost.
      const spareValues = [...own, ...found.filter((a) => a.withName)]
        .filter((a) => found.includes(a) && a !== first && a !== secondAddress)
        .map((a) => a.value);
      if (own.length > 1) {
        this.severalRows.set(header, (this.severalRows.get(header) ?? 0) + 1);
        this.severalRowNumbers.set(header, (this.severalRowNumbers.get(header) ?? new Set<number>()).add(record.row));
        const to = this.severalTo.get(header) ?? new Set<string>();
        if (second !== undefined && secondAddress?.col === primary) to.add(second);
        if (spareValues.length > 0) to.add(header);
        this.severalTo.set(header, to);
      }
      if (spareValues.length > 0) spareFilled = true;
      return { ...(first ? { first } : {}), ...(secondAddress ? { second: secondAddress } : {}), spare: spareValues };
    });
    return { col: primary, rows, secondFilled, ...(spareFilled ? { spareColumn: header } : {}) };
  }

  /** The further addresses of the e-mail cell of one row, for the extra column under the cell's header. */
  spareText(emails: FileEmails, r: number, header: string): CellValue {
    const spare = header === emails.spareColumn ? (emails.rows[r]?.spare ?? []) : [];
    return spare.length === 0 ? null : spare.join('; ');
  }
}
