/**
 * One ID on several rows of a list of companies: a CRM contact export (钉钉, Salesforce) numbers the
 * customer, a company, and lists each of its contacts on a row of their own (客户编号 C0012 on 王强's
 * row and on 李娜's). Rows naming one company (legal form and region set aside, as dedupe reads
 * company names) and other persons are its contacts; one ID on two companies, on one person twice,
 * or on a row that names no person, is a duplicate. In a list of people the ID is the person's.
 */
import { companyKey } from '../dedupe/compare/company';
import { matchText } from '../dedupe/fold';
import { cellText, type CellValue } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { OperationContext } from '../operations/options';

export type SharedIdVerdict =
  /** Another customer's ID, or the same customer twice: `otherRow` is the earlier row it clashes with. */
  | { kind: 'duplicate'; otherRow: number }
  /** Another contact of the company `company` (as the first row writes it) numbered by `otherRow`. */
  | { kind: 'contacts'; otherRow: number; company: string };

interface Holder {
  row: number;
  company: string | null;
  person: string | null;
}

/**
 * Reads the rows holding each ID in sheet order (`see`), and says of each later holder whether it
 * repeats the ID or is another contact of the company it numbers. Only repeated IDs are read further.
 */
export class IdHolders {
  /** Per ID key: its first row, or its holders once repeated. */
  private readonly byKey = new Map<string, number | Holder[]>();
  private readonly companyCol: number | undefined;
  private readonly personCols: number[];

  constructor(
    private readonly snapshot: SheetSnapshot,
    ctx: OperationContext,
  ) {
    const { mapping, template } = ctx;
    const company = template.fields.find((f) => f.role === 'company');
    this.companyCol = mapping.customers === 'company' && company ? mapping.byField[company.key] : undefined;
    const personFields = new Set(template.fields.filter((f) => f.kind === 'personName').map((f) => f.key));
    this.personCols = mapping.columns.filter((c) => c.field !== null && personFields.has(c.field)).map((c) => c.col);
  }

  /**
   * The verdict on `row`, holding the ID of key `key`: null for the ID's first row. A duplicate is not
   * counted among the ID's holders after (clean gives it a number of its own), so a third row is read
   * against the company's contacts only.
   */
  see(key: string, row: number): SharedIdVerdict | null {
    let seen = this.byKey.get(key);
    if (seen === undefined) {
      this.byKey.set(key, row);
      return null;
    }
    if (typeof seen === 'number') this.byKey.set(key, (seen = [this.holder(seen)]));
    const holder = this.holder(row);
    const verdict = this.verdict(seen, holder);
    if (verdict.kind === 'contacts') seen.push(holder);
    return verdict;
  }

  private verdict(earlier: Holder[], holder: Holder): SharedIdVerdict {
    for (const other of earlier) if (!otherContacts(other, holder)) return { kind: 'duplicate', otherRow: other.row };
    const first = earlier[0]!;
    return { kind: 'contacts', otherRow: first.row, company: this.text(first.row, this.companyCol!) };
  }

  private holder(row: number): Holder {
    if (this.companyCol === undefined) return { row, company: null, person: null };
    const values = this.snapshot.values[row - 1] ?? [];
    const company = companyKey(values[this.companyCol - 1] ?? null);
    const persons = this.personCols
      .map((col) => personKey(values[col - 1] ?? null))
      .filter((p): p is string => p !== null);
    return { row, company, person: persons.length > 0 ? persons.join('|') : null };
  }

  private text(row: number, col: number): string {
    return cellText(this.snapshot.values[row - 1]?.[col - 1] ?? null).trim();
  }
}

/** A person's name without case, width or spacing (王 强 = 王强, JOHN SMITH = John Smith). */
function personKey(value: CellValue): string | null {
  const text = matchText(value)?.replace(/\s+/g, '');
  return text ? text : null;
}

/** Two rows name one company and two persons. */
function otherContacts(a: Holder, b: Holder): boolean {
  return (
    a.company !== null && a.company === b.company && a.person !== null && b.person !== null && a.person !== b.person
  );
}
