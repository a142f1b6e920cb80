/**
 * The merge stage's vocabulary: clusters in (from dedupe, or chosen by hand), a merge plan and one
 * record per merge out. Problems with the input are values, collected, never thrown.
 */
import type { CellValue } from '../sheet/cell-value';
import type { Locale } from '../i18n/locale';
import type { Plan } from '../plan/plan';
import type { HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import type { BackupOutcome } from '../history/backup';

/** What merging needs of a dedupe cluster; dedupe's own cluster type fits it. */
export interface MergeCluster {
  /** Spreadsheet rows (header = 1). */
  rows: readonly number[];
  confidence?: number;
  band?: string;
  /** Why the rows match: strings, or objects with a `label` (or `field` and `level`). */
  reasons?: readonly unknown[];
}

/**
 * How one field's surviving value is chosen (docs/merge.md gives the defaults and why). The
 * survivor is the row a cluster keeps; the rule names `master` and `masterNoteOthers` (and the
 * `masters` option, and the `master.*` problem codes) keep their earlier spelling because users
 * and saved settings pass them.
 * - master: the survivor's non-empty value, else the most recent record's, else the most complete record's
 * - mostRecent: the most recent record's non-empty value (by updatedAt, then lastContact)
 * - first: the survivor's non-empty value, else the first non-empty one in row order (unmapped columns)
 * - latest / earliest: the latest / earliest date
 * - max / sum: the largest number / the total
 * - combine: every distinct value, joined ("; ", tags ", ")
 * - masterNoteOthers: as survivor, and the other distinct values go into the notes column
 */
export type SurvivorshipRule =
  'master' | 'mostRecent' | 'first' | 'latest' | 'earliest' | 'max' | 'sum' | 'combine' | 'masterNoteOthers';

/** Which row of a cluster survives when the user has not picked one (`masters`). Default: mostComplete. */
export type SurvivorChoice = 'first' | 'last' | 'mostComplete' | 'newest';

export interface MergeOptions {
  template: Template;
  mapping: HeaderMapping;
  /** Time of the merge (archive, log, merge ids). */
  now: Date;
  /** Language of the archive and log sheets and of messages. */
  locale: Locale;
  /** Who merges, where the host can tell (OperationOptions.by); the log says so. */
  by?: string;
  /** Cluster index -> the row the user chose to keep (its survivor). */
  masters?: Record<number, number>;
  /** Cluster index -> field key (or `name.given`, or header text) -> the value the user wants. */
  overrides?: Record<number, Record<string, CellValue>>;
  /** Field key (or header text) -> rule, replacing the default. */
  rules?: Partial<Record<string, SurvivorshipRule>>;
  /** Field key (or header text) -> what `combine` joins values with, replacing "; " (tags ", "). */
  delimiters?: Partial<Record<string, string>>;
  /** How the survivor is chosen for clusters without a user's choice in `masters`. */
  keep?: SurvivorChoice;
  /**
   * Rows are separate purchase records: purchase counts and spend are summed instead of taking the largest,
   * and so are points and stored value (balance-columns.ts).
   */
  countsAreSeparatePurchases?: boolean;
  /**
   * How the user's own sheet numbers a row of the snapshot, where the two differ (the CLI lifts a header
   * from under a title in the file it writes, not in the one it was given): the archive, the log, the
   * undo's log row and messages naming a row use it. The plan and the merges returned keep the snapshot's.
   */
  shownRow?: (row: number) => number;
}

export interface FieldChange {
  col: number;
  header: string;
  /** Template field key, `name.given`/`name.family` for split names, or null for an unmapped column. */
  field: string | null;
  /** `average`: an average order value worked out again from the added total and order count. */
  rule: SurvivorshipRule | 'override' | 'id' | 'notes' | 'average';
  before: CellValue;
  after: CellValue;
}

export interface MergeRecord {
  mergeId: string;
  clusterIndex: number;
  sheet: string;
  /** Row numbers as the sheet was before this merge run. */
  survivorRow: number;
  mergedRows: number[];
  survivorId: string | null;
  /** The merged-away rows' customer IDs that differ from the survivor's. */
  aliases: string[];
  changes: FieldChange[];
  confidence: number | null;
  reasons: string[];
}

export type MergeProblemCode =
  | 'cluster.rowOutOfRange'
  | 'cluster.rowInTwoClusters'
  | 'cluster.tooSmall'
  | 'master.notInCluster'
  | 'master.unknownCluster'
  | 'override.unknownCluster'
  | 'override.unknownField'
  | 'override.formulaCell'
  | 'rule.formulaCell'
  | 'notes.unavailable'
  | 'formula.refersToMergedRow'
  | 'sum.notNumbers'
  /** A latest or earliest rule met a date it could not read (two readings, or none): it was left out. */
  | 'date.notRead'
  /** A latest or earliest met a formula's error value (#N/A) in a date column: no date, left out. */
  | 'date.errorValue'
  /** The kept row's date has two readings and the other rows' dates cannot be ordered against it: kept as typed. */
  | 'date.keptAsTyped'
  /** A largest or total met amounts in another unit or currency than the column's (1.5万 in a 万元 column): noted, not computed. */
  | 'amount.otherUnit'
  /** The survivor's amount reads as no number in the column's unit (约8万): kept as typed, the others noted. */
  | 'amount.notNumber'
  /** An average order value beside added figures that could not be worked out again from them: kept as typed. */
  | 'average.notRecomputed'
  /** A total met rows identical in every cell, one record typed twice: it was counted once. */
  | 'sum.repeatedEntry'
  /** A total over an order export: the orders and rows it counted, an order's rows counted once, unpaid orders left out. */
  | 'sum.orders'
  /** An order export where no order date can be read: newest and latest had nothing to compare (once per run). */
  | 'order.noDate'
  /** `newest` was asked and the sheet has no updated or last-contact column: the most complete row was kept (once per run). */
  | 'keep.noDateColumn'
  /** `newest` was asked and no row of the group has a date in those columns: the most complete row was kept. */
  | 'keep.noDate'
  /** Another order's own values (its number, status, check-in) that the kept row's order columns leave in the archive alone. */
  | 'order.archiveOnly'
  /** A merged-away row's value a keep-one rule passed over (a second 病历号, another 诊断), in no note: in the archive alone. */
  | 'values.archiveOnly'
  /** A merged row's points or stored value (积分, 储值余额, Points, Store Credit) that the kept row's did not take in: in the archive. */
  | 'balance.notAdded'
  /** A value longer than an Excel cell holds (a join of long notes): the kept row keeps its own, the others are in the archive. */
  | 'cell.tooLong';

/** What a total over an order export counted, for its message. */
export interface OrderSumSaid {
  orders: number;
  rows: readonly number[];
  once: readonly (readonly number[])[];
  /** Rows of closed, cancelled, refunded or unpaid orders, with the status that says so. */
  left: readonly { row: number; status: string }[];
  /** Rows of partly refunded orders counted less the refund, as typed. */
  lessRefund: readonly { row: number; status: string; refund: string }[];
  /** Rows of partly refunded orders counted in full: the refund was missing or unreadable. */
  refundUnread: readonly { row: number; status: string }[];
}

export interface MergeProblem {
  code: MergeProblemCode;
  /** error: the cluster was not merged; warning: it was, and this is worth knowing. */
  severity: 'error' | 'warning';
  clusterIndex: number;
  row?: number;
  /** Field key or header the problem is about. */
  field?: string;
  message: string;
}

export interface MergeResult {
  plan: Plan;
  merges: MergeRecord[];
  problems: MergeProblem[];
  /** The backup written before the merge, or why none was (when one was asked for). */
  backup?: BackupOutcome;
}
