/**
 * The value one CRM column takes in one row: the person's and the account's names, the row's numbers
 * as its phone columns were filled (file-phones.ts), the notes with the numbers no column took, the
 * address parts, else the sheet cell converted for the CRM. A required column left blank is filled
 * where the CRM needs it (a person customer's account is the person) and counted for the report.
 */
import { isBlank, type CellValue } from '../sheet/cell-value';
import type { Field } from '../template/schema';
import type { CrmColumn } from './crm-layouts';
import type { ColumnReading, ConvertTarget, ValueConverter } from './convert-value';
import { partyValue } from './row-parties';
import { joinStreetLines } from './street-lines';
import type { SheetSources } from './sheet-sources';
import type { FilePhones, PhonePlanner } from './file-phones';
import type { RowRecord } from './account-groups';
import type { AddressValues } from './address-values';
import type { KeptValue } from './date-parts';
import type { PhoneLine } from './phone-line';
import { salutationFor } from './salutations';
import { addressPostcode } from './address-postcode';
import { CellTally } from './cell-tally';
import type { FileEmails } from './row-emails';

/** What one CRM column reads, worked out once per file rather than per cell. */
export interface ColumnPlan {
  column: CrmColumn;
  phoneLine?: PhoneLine;
  field?: Field;
  col?: number;
  /** The street's second line, joined to the street (street-lines.ts). */
  line2?: number;
  sheetHeader: string;
  reading: ColumnReading;
  target: ConvertTarget;
  /** First Name keeps the title when the file has no Salutation column. */
  titleInFirst?: boolean;
  /** The notes keep a title the Salutation picklist has no value for. */
  keptTitles?: KeptTitles;
  /** The postal-code column reads the postcode at the end of the address column (address-postcode.ts). */
  postcodeFromAddress?: boolean;
  /** The street leaves out the postcode the postal-code column took from this address column. */
  postcodeOut?: number;
}

/** The CRM's Salutation header and picklist, and the sheet's title column's header (Title, 称谓), where it has one. */
export interface KeptTitles {
  header: string;
  picklist: readonly string[];
  sheetHeader?: string;
}

export class CrmCells {
  /** Required CRM columns filled from another value: CRM column -> rows. */
  readonly filled = new Map<string, number>();
  /** Required CRM columns left blank: CRM column -> rows. */
  readonly missing = new Map<string, number>();
  /** E-mail and phone columns a row's own column left blank, filled from another of its columns: CRM column -> sheet header -> rows. */
  readonly filledFromOther = new Map<string, Map<string, number>>();
  /** The sheet rows of those fills: CRM column -> sheet header -> rows, so a report can point at them. */
  readonly filledFromOtherRows = new Map<string, Map<string, Set<number>>>();
  /** Titles kept as typed in the notes, not the Salutation picklist: title -> rows; of those, titles of two readings. */
  readonly titlesKept = new Map<string, number>();
  readonly titlesTwoReadings = new Map<string, number>();
  /** Postcodes taken from the end of the address (…1203室(310012)): sheet header -> count. */
  readonly postcodesFromAddress = new CellTally();

  constructor(
    private readonly sources: SheetSources,
    private readonly converter: ValueConverter,
    private readonly phones: PhonePlanner,
    private readonly addresses: AddressValues,
  ) {}

  value(
    plan: ColumnPlan,
    record: RowRecord,
    phones: FilePhones,
    r: number,
    dateParts: KeptValue[] | undefined,
    emails?: FileEmails,
  ): CellValue {
    const { column } = plan;
    const p = record.parties;
    let value: CellValue;
    switch (column.source) {
      case 'name.salutation':
        value = partyValue(column.source, p, false, plan.target.kind === 'crm' ? plan.target.standard : undefined);
        if (value === '' && p.salutation !== '') this.countKept(p.salutation, plan);
        break;
      case 'name.first':
      case 'name.last':
      case 'name.full':
      case 'account':
        value = partyValue(column.source, p, plan.titleInFirst === true);
        break;
      case 'notes': {
        const title = plan.keptTitles && keptTitle(p.salutation, plan.keptTitles, p.titleColumn === true);
        const more = [...(dateParts ?? []), ...(title ? [title] : [])];
        value = this.phones.withSpareNote(this.fieldValue(plan, record), phones, r, more);
        break;
      }
      case 'region.state':
      case 'region.city':
      case 'country':
      case 'address':
        value = this.addresses.value(column.source, plan.col, record.values, (values) =>
          this.fieldValue(plan, values === record.values ? record : { ...record, values }),
        );
        // The postcode that ended the address is in the postal-code column now.
        if (
          plan.postcodeOut !== undefined &&
          typeof value === 'string' &&
          addressPostcode(record.values[plan.postcodeOut - 1] ?? null)
        )
          value = addressPostcode(value)?.street ?? value;
        break;
      case 'postcode':
        if (!plan.postcodeFromAddress) {
          // Mailchimp's Address ends in the postcode (address-values.ts); any other column is its own.
          value = this.addresses.value(column.source, plan.col, record.values, (values) =>
            this.fieldValue(plan, values === record.values ? record : { ...record, values }),
          );
          break;
        }
        value = addressPostcode(record.values[plan.col! - 1] ?? null)?.postcode ?? null;
        if (value !== null) this.postcodesFromAddress.count(plan.sheetHeader, { row: record.row, source: plan.col! });
        break;
      case 'email':
      case 'email.second':
        value = this.emailValue(plan, record, emails?.rows[r], emails?.col);
        break;
      default:
        value = this.fieldValue(plan, record, phones, r);
    }
    if (value === '' || value === null) {
      if (!column.required) return null;
      // A required organisation of a person customer is the person (a B2C account or lead).
      const fill = column.source === 'account' ? p.full : '';
      const counts = fill ? this.filled : this.missing;
      counts.set(column.header, (counts.get(column.header) ?? 0) + 1);
      return fill || null;
    }
    return value;
  }

  private countKept(title: string, plan: ColumnPlan): void {
    const standard = plan.target.kind === 'crm' ? plan.target.standard : undefined;
    const written = salutationFor(title, standard);
    if (!('kept' in written)) return;
    this.titlesKept.set(written.kept, (this.titlesKept.get(written.kept) ?? 0) + 1);
    if (written.reason === 'twoReadings')
      this.titlesTwoReadings.set(written.kept, (this.titlesTwoReadings.get(written.kept) ?? 0) + 1);
  }

  /**
   * Email (and a second e-mail column) as row-emails.ts read the row: its own address, else one of its
   * other e-mail columns', counted; an account of several rows reads its cell as before.
   */
  private emailValue(
    plan: ColumnPlan,
    record: RowRecord,
    emails: FileEmails['rows'][number] | undefined,
    own?: number,
  ) {
    const address = plan.column.source === 'email' ? emails?.first : emails?.second;
    if (!emails || (!plan.field && !address))
      return plan.column.source === 'email' ? this.fieldValue(plan, record) : null;
    // The row's own cell is still read when another column fills Email, so its placeholder (无) is counted.
    if (plan.column.source === 'email' && address?.col !== own && plan.field) this.fieldValue(plan, record);
    if (!address) return null;
    // A sheet without an e-mail column: the address typed with the name, as typed.
    if (!plan.field) return address.value;
    const value = this.converter.convert(
      plan.field,
      address.value,
      plan.column.header,
      plan.target,
      plan.reading,
      address.col,
    );
    // An address typed with the name is counted with those names (namesWithEmail), its cell being no e-mail column.
    if (plan.column.source === 'email' && address.col !== own && !address.withName && !isBlank(value))
      this.countFromOther(plan.column.header, address.header, record.row);
    return value;
  }

  private countFromOther(crmColumn: string, sheetHeader: string, row: number): void {
    let byHeader = this.filledFromOther.get(crmColumn);
    if (!byHeader) this.filledFromOther.set(crmColumn, (byHeader = new Map()));
    byHeader.set(sheetHeader, (byHeader.get(sheetHeader) ?? 0) + 1);
    let rowsByHeader = this.filledFromOtherRows.get(crmColumn);
    if (!rowsByHeader) this.filledFromOtherRows.set(crmColumn, (rowsByHeader = new Map()));
    rowsByHeader.set(sheetHeader, (rowsByHeader.get(sheetHeader) ?? new Set<number>()).add(row));
  }

  private fieldValue(plan: ColumnPlan, record: RowRecord, phones?: FilePhones, r = 0): CellValue {
    if (plan.field?.kind === 'phone' && phones?.rows) {
      // Mobile, Phone and Home Phone columns take the row's numbers as row-phones.ts sorted them.
      const row = phones.rows[r];
      const line = plan.phoneLine ?? 'other';
      const phone = row ? row[line] : null;
      if (isBlank(phone)) return null;
      const value = this.converter.convert(
        plan.field,
        phone,
        plan.column.header,
        plan.target,
        plan.reading,
        plan.column.header,
      );
      const from = row?.from?.[line];
      if (from !== undefined && !isBlank(value)) this.countFromOther(plan.column.header, from, record.row);
      return value;
    }
    if (plan.col === undefined) return null;
    const cell = record.values[plan.col - 1] ?? null;
    const value = plan.line2 === undefined ? cell : joinStreetLines(cell, record.values[plan.line2 - 1] ?? null);
    if (!plan.field) return this.converter.plain(value);
    return this.converter.convert(plan.field, value, plan.column.header, plan.target, plan.reading, plan.col);
  }
}

/**
 * A title the Salutation picklist has no value for, as the note keeps it: under the sheet's header
 * when it came from the title column (Title: Frau, 称谓：小姐), else under the CRM's (Salutation: Miss).
 */
export function keptTitle(
  title: string,
  kept: KeptTitles,
  fromColumn = false,
): { header: string; value: string } | undefined {
  if (title === '') return undefined;
  const written = salutationFor(title, kept.picklist);
  const header = fromColumn && kept.sheetHeader ? kept.sheetHeader : kept.header;
  return 'kept' in written ? { header, value: written.kept } : undefined;
}
