/**
 * Matching on the columns the user chose (`--columns 手机`) scores only those. Rows that agree on them
 * while naming two people (张伟 and 李娜 on a couple's or a shop's shared line, John and Mary Smith on one
 * home phone) or two companies (two customers on one agent's number) are not merged unasked: such a pair
 * is reviewed at most, never joined through a third row, and its reason quotes both names. Names are
 * read as the full match reads them (score/model.ts, relatives.ts, two-people.ts). The full match's
 * renamed row (another name on one personal mobile) is no exception here: the chosen columns are all
 * the evidence there is that the two are one.
 */
import type { SheetSnapshot } from '../sheet/snapshot';
import type { HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { fieldCoders, type FieldCoder } from './compare/rows';
import { explainCluster } from './explain';
import { buildRecords, type MatchRecords } from './records';
import { buildFieldModel, CONFLICT_BITS, MatchModel, probability, type FieldModel } from './score/model';
import { Relatives } from './score/relatives';
import type { Reason } from './types';

/** The most a pair whose names clearly differ may score: the bottom of review, as a conflict caps it. */
export const NAMES_APART_PROBABILITY = probability(CONFLICT_BITS);

export class NamesApart {
  private readonly coders: FieldCoder[];
  private readonly models: FieldModel[];
  private readonly model: MatchModel;
  private readonly relatives: Relatives;
  private readonly codes: Uint8Array;

  constructor(private readonly records: MatchRecords) {
    this.coders = fieldCoders(records.fields);
    // Prior m and u of each level: the models only say which field is a name and which level differs.
    this.models = records.fields.map((field) => {
      const levels = field.comparator.levels;
      const m = Float64Array.from(levels, (l) => l.m);
      const sum = m.reduce((s, x) => s + x, 0);
      return buildFieldModel(
        field,
        m.map((x) => x / sum),
        Float64Array.from(levels, (l) => l.u),
      );
    });
    this.model = new MatchModel(this.models, 0);
    const apart = this.model.apart;
    this.relatives = new Relatives(
      this.models,
      apart.different,
      this.models.map((_, f) => apart.conflictCodeOf(f)),
    );
    this.codes = new Uint8Array(this.coders.length);
  }

  /** Records i and j name two people (or two customer companies). */
  differ(i: number, j: number): boolean {
    const [x, y] = i < j ? [i, j] : [j, i];
    for (let f = 0; f < this.coders.length; f++) this.codes[f] = this.coders[f]!(x, y);
    const codes = this.codes;
    return (
      this.model.namesDiffer(codes, 0) ||
      this.relatives.relatives(codes, 0, x, y) ||
      this.model.apart.otherCustomers(codes, 0)
    );
  }

  /** Some two of `members` name two people. */
  anyApart(members: readonly number[]): boolean {
    return this.pairsApart(members).length > 0;
  }

  /**
   * The reasons that say so, one per pair and name column not already among `known` (a chosen name
   * column explains itself): `姓名: different names (张伟 ≠ 李娜)`.
   */
  reasons(snapshot: SheetSnapshot, members: readonly number[], known: readonly Reason[]): Reason[] {
    const out: Reason[] = [];
    const seen = new Set(known.map((r) => r.column));
    for (const [x, y] of this.pairsApart(members))
      for (const reason of explainCluster(snapshot, this.records, this.coders, this.models, [x, y], x)) {
        if ((reason.level !== 'different' && reason.level !== 'other-family-name') || seen.has(reason.column)) continue;
        seen.add(reason.column);
        out.push(reason);
      }
    return out;
  }

  private pairsApart(members: readonly number[]): [number, number][] {
    const pairs: [number, number][] = [];
    for (let a = 0; a < members.length; a++)
      for (let b = a + 1; b < members.length; b++)
        if (this.differ(members[a]!, members[b]!)) pairs.push([members[a]!, members[b]!]);
    return pairs;
  }
}

/**
 * What tells the rows of a match on chosen columns apart: the sheet's person-name columns (and on a
 * list of companies its company columns), chosen or not, as match records of the same rows. Null when
 * the sheet has none.
 */
export function namesApart(
  snapshot: SheetSnapshot,
  options: { template: Template; mapping: HeaderMapping },
): NamesApart | null {
  const fields = new Map(options.template.fields.map((f) => [f.key, f]));
  // A company names the customer only on a list of companies: elsewhere it is where a person works.
  const companies = options.mapping.customers === 'company';
  const names = options.mapping.columns.flatMap((column) => {
    const field = column.field ? fields.get(column.field) : undefined;
    return field && (field.kind === 'personName' || (companies && field.key === 'company')) ? [column.header] : [];
  });
  if (names.length === 0) return null;
  const records = buildRecords(snapshot, { ...options, columns: names });
  return records.fields.length > 0 ? new NamesApart(records) : null;
}
