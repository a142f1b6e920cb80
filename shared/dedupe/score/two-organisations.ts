/**
 * Details that say two organisations however much else a pair shares: names that agree only as a
 * brand, sites of one name at other numbers and addresses, companies under other legal IDs.
 */
import { legalIdsApart } from '../compare/code';
import { IDENTIFYING_ROLES } from '../field-roles';
import type { FieldModel } from './model';
import { someCodeAt } from './pair-values';
import { fieldsOfRoles } from './fields-of-roles';

export class TwoOrganisations {
  private readonly companyFields: number[];
  private readonly phoneFields: number[];
  private readonly addressFields: number[];
  /** Fields other than the company's name whose agreement says which organisation a row is. */
  private readonly identifyingFields: number[];
  /** Per field, the code of its 'same-brand' level (0: none). */
  private readonly brandCode: number[];
  /** Columns of a company's legal ID (统一社会信用代码, VAT Number): records.ts tells them by header or values. */
  private readonly legalIdFields: number[];

  constructor(
    private readonly fields: FieldModel[],
    /** Per field, the code of its 'different' level. */
    private readonly different: readonly number[],
  ) {
    this.companyFields = fieldsOfRoles(fields, 'company');
    this.phoneFields = fieldsOfRoles(fields, 'phone');
    this.addressFields = fieldsOfRoles(fields, 'address');
    this.identifyingFields = fields.flatMap((f, index) =>
      IDENTIFYING_ROLES.has(f.field.role) && f.field.role !== 'company' ? [index] : [],
    );
    this.brandCode = fields.map((f) => f.field.comparator.levels.findIndex((l) => l.label === 'same-brand') + 1);
    this.legalIdFields = fields.flatMap((f, index) => (f.field.role === 'legalId' ? [index] : []));
  }

  /**
   * Two organisations whose names agree only as a brand (小米科技 / 小米通讯技术, 字节跳动 / 北京字节跳动网络技术)
   * and nothing else that says which organisation agrees (a place is no such thing): one group's
   * companies as often as one company written two ways, so the pair is reviewed, not merged.
   */
  brandOnly(codes: ArrayLike<number>, offset: number): boolean {
    let brand = false;
    for (const f of this.companyFields) {
      const c = codes[offset + f]!;
      if (c === 1 || c === 2) return false;
      if (c !== 0 && c === this.brandCode[f]) brand = true;
    }
    if (!brand) return false;
    for (const f of this.identifyingFields) {
      const c = codes[offset + f]!;
      if (c === 1 || c === 2) return false;
    }
    return true;
  }

  /**
   * Two organisations of one name whose phones and addresses both clearly differ (华为技术 in
   * Shenzhen and 上海华为技术 in Shanghai, a chain's two shops): two sites, or one that moved and
   * changed its number; the list cannot tell which, so the pair is reviewed, not merged (unless
   * something of the organisation's own agrees, which the caller asks).
   */
  sitesApart(codes: ArrayLike<number>, offset: number): boolean {
    return (
      someCodeAt(this.phoneFields, codes, offset, this.different) &&
      someCodeAt(this.addressFields, codes, offset, this.different)
    );
  }

  /**
   * Two companies whose names (or all but their brand) and legal IDs both clearly differ (宁波港联物流 and 宁波港联供应链管理,
   * two subsidiaries at one office with one contact): two registered entities, never one customer.
   * A renamed company keeps its legal ID, and a mistyped ID is one character off, so the pair is
   * not even reviewed.
   */
  otherEntities(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    // Names that agree only as a brand (小米科技, 小米通讯技术) are two registered names too.
    return (
      this.legalIdFields.length > 0 &&
      (someCodeAt(this.companyFields, codes, offset, this.different) ||
        someCodeAt(this.companyFields, codes, offset, this.brandCode)) &&
      this.legalIdsDiffer(codes, offset, i, j)
    );
  }

  /** A legal ID both rows have agrees, or is a typo apart. */
  legalIdAgrees(codes: ArrayLike<number>, offset: number): boolean {
    for (const f of this.legalIdFields) {
      const c = codes[offset + f]!;
      if (c === 1 || c === 2) return true;
    }
    return false;
  }

  /** Both rows have a legal ID (统一社会信用代码, 税号, VAT Number) and they are more than a typo apart. */
  legalIdsDiffer(codes: ArrayLike<number>, offset: number, i: number, j: number): boolean {
    for (const f of this.legalIdFields) {
      if (codes[offset + f] === 0 || codes[offset + f] === 1) continue;
      const field = this.fields[f]!.field;
      if (legalIdsApart(field.keys[field.ids[i]!]!, field.keys[field.ids[j]!]!)) return true;
    }
    return false;
  }
}
