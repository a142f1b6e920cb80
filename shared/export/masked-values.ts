/**
 * Values an export starred out (脱敏: 淘宝's 买家支付宝账号 lil***@163.com, 抖音's 收件人 张* and
 * 收件人手机号 138****5678) are no e-mail, phone or name a CRM can key a person on (HubSpot dedupes on
 * Email): they stay out of those columns and are kept as typed with the row's other values set aside
 * (date-parts.ts), in the notes or under their sheet header. Masks are read as dedupe reads them
 * (dedupe/compare/masked-*.ts). A row left with no name, or no contact, but a masked one is named for --strict.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { isPlaceholder } from '../check/placeholder';
import { maskedNameKey } from '../dedupe/compare/masked-name';
import { maskedPhoneKey } from '../dedupe/compare/masked-phone';
import { isMaskedEmail } from '../dedupe/compare/masked-email';
import { isPrivacyNumber } from '../normalise/phone-reading';
import type { Parties, RoleColumns } from './row-parties';
import type { KeptValue } from './date-parts';

const PHONE_MASK = /[*＊]|[xX×]{2,}/;

/** A name the row's name columns held, starred out: the sheet column and the name as typed. */
export interface MaskedName {
  col: number;
  value: string;
}

/**
 * Whether a phone or e-mail cell is starred out (138****5678, lil***@163.com). 淘宝's 买家支付宝账号 is
 * an address or a phone number (136****9012): either, masked, is no e-mail.
 */
export function isMaskedContact(kind: 'phone' | 'email', value: CellValue): boolean {
  if (typeof value !== 'string') return false;
  // A star, or a run of x's: "x12" alone is an extension (415-555-0134 x12), not a mask.
  const phone = PHONE_MASK.test(value) && maskedPhoneKey(value) !== null;
  return kind === 'email' ? phone || isMaskedEmail(value.trim()) : phone;
}

/**
 * Whether a phone or e-mail cell is no contact of the customer's own to write in a CRM's phone or
 * e-mail column: starred out, or an order's privacy number (17012345678-4821), which reaches the
 * buyer only while the order lasts.
 */
export function isSetAsideContact(kind: 'phone' | 'email', value: CellValue): boolean {
  return isMaskedContact(kind, value) || (kind === 'phone' && isPrivacyNumber(value));
}

/** The row's person's name when it is starred out (张*, 欧阳**, J*** S****), else undefined. */
export function maskedName(parties: Parties, values: readonly CellValue[], roles: RoleColumns): MaskedName | undefined {
  if (parties.full === '' || maskedNameKey(parties.full) === null) return undefined;
  const col = parties.ownName === 'read' ? roles.ownName : (roles.person ?? roles.family ?? roles.given);
  if (col === undefined) return undefined;
  const cell = cellText(values[col - 1] ?? null).trim();
  return { col, value: maskedNameKey(cell) !== null ? cell : parties.full };
}

/** The parties without the person's name: a masked name is no name to write. */
export function withoutName(parties: Parties): Parties {
  return { ...parties, salutation: '', first: '', last: '', full: '', keptWhole: false };
}

/** A CRM column that keys a person, and the sheet columns it reads. */
export interface IdentityColumn {
  crmHeader: string;
  kind: 'name' | 'phone' | 'email';
  cols: readonly number[];
  /** A required account column, which takes the person's name where the row has no company (客户名称). */
  personFill?: boolean;
}

interface MaskedRecord {
  row: number;
  values: readonly CellValue[];
  parties: Parties;
  maskedName?: MaskedName;
  companyOnly?: unknown;
}

/** What the report says of one sheet column's masked values. */
export interface MaskedReport {
  count: number;
  /** The CRM columns that would have taken them. */
  crmColumns: string[];
  /** Where they were kept: the notes column, or their own sheet header. */
  keptIn: string;
  /** The first, as typed. */
  example: string;
}

/** A row whose only name or contact is masked, and the sheet columns that held them. */
export interface MaskedOnlyRow {
  row: number;
  columns: string[];
}

export class MaskedValues {
  /** Sheet header -> its masked values, each sheet cell counted once over every file. */
  readonly bySheetColumn = new Map<string, MaskedReport>();
  /** Sheet header -> its orders' privacy numbers (17012345678-4821), counted as masked values are. */
  readonly privacyBySheetColumn = new Map<string, MaskedReport>();
  private readonly counted = new Set<string>();
  private readonly onlyMasked = new Map<number, string[]>();

  constructor(private readonly headerOf: (col: number) => string) {}

  /** Rows whose only name or contact is masked, in sheet order. */
  maskedOnly(): MaskedOnlyRow[] {
    return [...this.onlyMasked].sort(([a], [b]) => a - b).map(([row, columns]) => ({ row, columns }));
  }

  /** Each record's masked values to keep (in record order), and the sheet headers they came from. */
  plan(
    columns: readonly IdentityColumn[],
    records: readonly MaskedRecord[],
    notes: string | undefined,
  ): { rows: Array<KeptValue[] | undefined>; headers: Set<string> } {
    const rows: Array<KeptValue[] | undefined> = new Array(records.length);
    const headers = new Set<string>();
    const names = columns.filter((c) => c.kind === 'name');
    const contacts = columns.filter((c) => c.kind !== 'name');
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      if (record.companyOnly) continue;
      const kept: KeptValue[] = [];
      const keep = (col: number, value: string, crmHeaders: readonly string[], privacy = false) => {
        const header = this.headerOf(col);
        kept.push({ header, value });
        headers.add(header);
        const reports = privacy ? this.privacyBySheetColumn : this.bySheetColumn;
        this.count(reports, record.row, col, header, value, crmHeaders, notes ?? header);
      };
      if (record.maskedName && names.length > 0) {
        const took = names.filter((c) => !c.personFill || record.parties.account === '');
        keep(
          record.maskedName.col,
          record.maskedName.value,
          took.map((c) => c.crmHeader),
        );
      }
      const maskedContacts: number[] = [];
      let wholeContact = false;
      const seen = new Set<number>();
      for (const column of contacts) {
        for (const col of column.cols) {
          const value = record.values[col - 1] ?? null;
          if (isBlank(value) || isPlaceholder(value)) continue;
          const kind = column.kind === 'email' ? 'email' : 'phone';
          const masked = isMaskedContact(kind, value);
          // A privacy number reaches the buyer while the order lasts: a whole contact, though not one to keep.
          const privacy = !masked && kind === 'phone' && isPrivacyNumber(value);
          if (!masked) wholeContact = true;
          if (!masked && !privacy) continue;
          if (seen.has(col)) continue;
          seen.add(col);
          if (!privacy) maskedContacts.push(col);
          keep(col, cellText(value).trim(), [column.crmHeader], privacy);
        }
      }
      if (kept.length > 0) rows[r] = kept;
      const only: string[] = [];
      const p = record.parties;
      if (record.maskedName && names.length > 0 && p.full === '' && p.account === '')
        only.push(this.headerOf(record.maskedName.col));
      if (maskedContacts.length > 0 && !wholeContact) only.push(...maskedContacts.map((col) => this.headerOf(col)));
      if (only.length > 0)
        this.onlyMasked.set(record.row, [...new Set([...(this.onlyMasked.get(record.row) ?? []), ...only])]);
    }
    return { rows, headers };
  }

  private count(
    reports: Map<string, MaskedReport>,
    row: number,
    col: number,
    header: string,
    value: string,
    crmHeaders: readonly string[],
    keptIn: string,
  ): void {
    let report = reports.get(header);
    if (!report) reports.set(header, (report = { count: 0, crmColumns: [], keptIn, example: value }));
    for (const crm of crmHeaders) if (!report.crmColumns.includes(crm)) report.crmColumns.push(crm);
    const key = `${row}:${col}`;
    if (this.counted.has(key)) return;
    this.counted.add(key);
    report.count++;
  }
}
