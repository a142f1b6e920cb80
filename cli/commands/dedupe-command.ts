/**
 * `custodian dedupe FILE [--json] [--threshold X] [--columns a,b,c] [--exact]`: the groups of rows
 * that hold the same customer, each with a confidence and the reasons. `--review` adds the clusters
 * below the threshold that are worth a look; `--exact` groups rows equal on every key column.
 * `--action status|copy|move|delete -o OUT` acts on the groups (dedupe-action.ts).
 */
import { parseArgs } from 'node:util';
import type { Locale } from '../../shared/i18n/locale';
import {
  describeSameColumns,
  findDuplicates,
  findExactDuplicates,
  DEFAULT_REVIEW_THRESHOLD,
  DEFAULT_THRESHOLD,
  type Cluster,
  type DedupeResult,
} from '../../shared/dedupe';
import { resolveContext } from '../../shared/operations/options';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { cellText } from '../../shared/sheet/cell-value';
import { orderColumn } from '../../shared/sheet/line-item-rows';
import { foldHeader } from '../../shared/template/header-words';
import { EXIT, UsageError } from '../cli-error';
import { operationOptions } from '../common-options';
import type { CliStreams } from '../io-streams';
import { formatHeaderBelow } from './check-command';
import { toJson } from '../json-output';
import { joinLines } from '../text-width';
import { columnNames, columnsNamed, commaHint, listColumns, sharedHeaderHint } from '../column-list';
import { columnNames as headerNames, columnOverrideKey, sharedHeaderColumns } from '../../shared/sheet/column-names';
import { createProgress, progressLabel } from '../progress';
import { readWorkbookFile } from '../io/read-workbook';
import { inputPath } from './input-path';
import { withMapOption } from '../map-option';
import { dedupeAction, parseAction } from './dedupe-action';
import { duplicateWords, type DuplicateWords } from './duplicate-words';
import { DROP_MACROS_OPTION } from '../io/macro-loss';

export const MATCH_OPTIONS = {
  sheet: { type: 'string' },
  threshold: { type: 'string' },
  columns: { type: 'string' },
  locale: { type: 'string' },
  template: { type: 'string' },
  map: { type: 'string' },
  today: { type: 'string' },
  exact: { type: 'boolean', default: false },
} as const;

export async function dedupeCommand(args: string[], io: CliStreams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...MATCH_OPTIONS,
      json: { type: 'boolean', default: false },
      review: { type: 'boolean', default: false },
      action: { type: 'string' },
      output: { type: 'string', short: 'o' },
      keep: { type: 'string' },
      orders: { type: 'boolean', default: false },
      ...DROP_MACROS_OPTION,
    },
  });
  const action = parseAction(values);
  if (values.orders && action !== 'move' && action !== 'delete')
    throw new UsageError('--orders goes with --action move or delete on an order export');
  const file = inputPath(positionals, io, 'dedupe');
  if (action) return dedupeAction(file, action, values, io);
  const loaded = await readWorkbookFile(file, {
    sheet: values.sheet,
    readOnly: true,
    snapshotOnly: true,
    listUnchanged: true,
  });
  const result = detect(loaded.snapshot, values, io, { quiet: values.json, review: values.review });
  if (values.json) {
    // Additive: scripts reading the documented fields see them unchanged.
    const clusters = result.clusters.map(({ rows, confidence, reasons, alsoReview }) => ({
      rows,
      confidence,
      reasons,
      ...(alsoReview ? { alsoReview } : {}),
    }));
    io.stdout.write(`${toJson({ clusters, rows: result.rows })}\n`);
  } else {
    const locale = resolveContext(loaded.snapshot, operationOptions(values)).locale;
    const columns = values.exact ? parseColumns(values.columns, loaded.snapshot) : undefined;
    io.stdout.write(formatHeaderBelow(loaded, locale));
    io.stdout.write(
      formatClusters(
        loaded.displayName,
        loaded.snapshot,
        result,
        duplicateWords(locale),
        columns && describeSameColumns(shownColumns(columns, loaded.snapshot, locale), locale),
        ordersOfOneBuyer(loaded.snapshot, result.clusters)?.column,
      ),
    );
  }
  return EXIT.ok;
}

export interface MatchValues {
  threshold?: string;
  columns?: string;
  locale?: string;
  template?: string;
  map?: string;
  today?: string;
  exact?: boolean;
  /** With --action move or delete on an order export: drop order rows all the same. */
  orders?: boolean;
}

/**
 * On an order export (a column numbering each order: Order ID, 订单号) a group whose rows hold two
 * or more order numbers is one buyer's orders, not copies of one record: its column, and that group's
 * rows. Null when no group is (line items of one order share its number, and are one record's rows).
 */
export function ordersOfOneBuyer(
  snapshot: SheetSnapshot,
  clusters: readonly Cluster[],
): { column: string; rows: readonly number[] } | null {
  const header = snapshot.values[0] ?? [];
  const col = orderColumn(
    header.map((h) => foldHeader(cellText(h))),
    snapshot.values,
  );
  if (col === undefined) return null;
  for (const cluster of clusters) {
    const numbers = new Set(
      cluster.rows.map((r) => cellText(snapshot.values[r - 1]?.[col]).trim()).filter((n) => n !== ''),
    );
    if (numbers.size >= 2) return { column: cellText(header[col]).trim(), rows: cluster.rows };
  }
  return null;
}

/**
 * Why `--action` must not run: move and delete on one buyer's orders would remove orders, unless
 * --orders confirms it. Null when it may.
 */
export function ordersRefusal(
  snapshot: SheetSnapshot,
  clusters: readonly Cluster[],
  action: string,
  values: MatchValues,
  words: DuplicateWords,
): string | null {
  if ((action !== 'move' && action !== 'delete') || values.orders) return null;
  const orders = ordersOfOneBuyer(snapshot, clusters);
  return orders && words.ordersRefused(action, orders.column, orders.rows);
}

/** Runs duplicate detection with the command line's options; only merge-band clusters unless `review`. */
export function detect(
  snapshot: SheetSnapshot,
  values: MatchValues,
  io: CliStreams,
  mode: { quiet: boolean; review: boolean },
): Detected {
  const threshold = parseThreshold(values.threshold);
  const columns = parseColumns(values.columns, snapshot);
  const ctx = resolveContext(snapshot, withMapOption(operationOptions(values), values.map, snapshot));
  if (values.exact) {
    if (!columns) throw new UsageError('--exact needs the key columns, e.g. --exact --columns 手机,邮箱');
    if (values.threshold !== undefined)
      throw new UsageError('--exact groups rows equal on the key columns; it takes no --threshold');
    // One pass with a hash map: no progress to show.
    return findExactDuplicates(snapshot, { template: ctx.template, mapping: ctx.mapping, columns, locale: ctx.locale });
  }
  const progress = createProgress({
    enabled: !mode.quiet,
    label: progressLabel('findingDuplicates', ctx.locale),
    stream: io.stderr,
  });
  const result = findDuplicates(snapshot, {
    template: ctx.template,
    mapping: ctx.mapping,
    locale: ctx.locale,
    threshold,
    reviewThreshold: Math.min(threshold, DEFAULT_REVIEW_THRESHOLD),
    ...(columns ? { columns } : {}),
    onProgress: (p) => progress.update(p.done, p.total),
  });
  progress.finish();
  if (mode.review) return result;
  const merge = result.clusters.filter((c) => c.band === 'merge');
  return { ...result, clusters: merge, reviewLeftOut: result.clusters.length - merge.length };
}

/** A run's groups, and how many review-band groups it left out (all but `--review`). */
export type Detected = DedupeResult & { reviewLeftOut?: number };

export function parseThreshold(text: string | undefined): number {
  if (text === undefined) return DEFAULT_THRESHOLD;
  const value = Number(text);
  if (!/^\d*\.?\d+$/.test(text) || value <= 0 || value > 1)
    throw new UsageError(`--threshold must be a number above 0 and at most 1, e.g. 0.9, not "${text}"`);
  return value;
}

/** The key columns as the summary names them: #C as 电话 (C列). */
function shownColumns(columns: readonly string[], snapshot: SheetSnapshot, locale: Locale): string[] {
  const headers = (snapshot.values[0] ?? []).map((h) => cellText(h).trim());
  const names = headerNames(headers, locale);
  return columns.map((c) => {
    const index = headers.findIndex((_, i) => columnOverrideKey(i + 1) === c);
    return index < 0 ? c : names[index]!;
  });
}

function parseColumns(text: string | undefined, snapshot: SheetSnapshot): string[] | undefined {
  if (text === undefined) return undefined;
  const headers = (snapshot.values[0] ?? []).map((h) => cellText(h).trim());
  const unknown: string[] = [];
  const wanted: string[] = [];
  // Split at "," only, as before: a header may hold a "，".
  const shared = sharedHeaderColumns(headers);
  for (const { name, quoted } of columnNames(text, '--columns', false)) {
    const indexes = columnsNamed(name, headers, quoted);
    const index = indexes[0];
    if (index === undefined) unknown.push(name);
    else if (indexes.length > 1) throw new UsageError(sharedHeaderHint('--columns', headers[index]!, indexes));
    // One of two columns headed 电话 is keyed by its letter (#C), as the matcher tells them apart.
    else wanted.push(shared.has(index + 1) ? columnOverrideKey(index + 1) : headers[index]!);
  }
  if (wanted.length === 0 && unknown.length === 0)
    throw new UsageError('--columns needs at least one column header, e.g. --columns 姓名,手机');
  if (unknown.length > 0)
    throw new UsageError(
      `--columns names ${unknown.map((c) => `"${c}"`).join(', ')}, which the sheet does not have. Its columns: ${listColumns(headers)}${commaHint(headers, '--columns', '', unknown)}`,
    );
  return wanted;
}

/** `same` words what every exact group shares ("same 手机 and 邮箱"), in place of per-column reasons. */
function formatClusters(
  file: string,
  snapshot: SheetSnapshot,
  result: Detected,
  words: DuplicateWords,
  same?: string,
  orderColumnName?: string,
): string {
  const duplicateRows = result.clusters.reduce((n, c) => n + c.rows.length, 0);
  const lines = [words.found(`${file} [${snapshot.name}]`, result.rows, result.clusters.length, duplicateRows)];
  if (orderColumnName !== undefined) lines.push(words.orders(orderColumnName));
  result.clusters.forEach((cluster, index) => lines.push('', ...formatCluster(cluster, index, snapshot, words, same)));
  if (result.reviewLeftOut) lines.push('', words.reviewLeftOut(result.reviewLeftOut));
  return `${joinLines(lines)}\n`;
}

/** Columns of each row shown under a group. */
const PREVIEW_COLUMNS = 6;

function formatCluster(
  cluster: Cluster,
  index: number,
  snapshot: SheetSnapshot,
  words: DuplicateWords,
  same?: string,
): string[] {
  const lines = [words.group(index + 1, cluster.rows, cluster.confidence.toFixed(2), cluster.band === 'review')];
  const also = cluster.alsoReview ?? [];
  // The first columns any row of the group (or a row shown with it) fills, the same for every row: a
  // blank shows as —, so each value stays under its column instead of sliding left into another's place.
  const textOf = (row: number) => (snapshot.values[row - 1] ?? []).map((v) => cellText(v).trim());
  const texts = [...cluster.rows, ...also.map((a) => a.row)].map(textOf);
  const width = Math.max(0, ...texts.map((t) => t.length));
  const shown: number[] = [];
  for (let c = 0; c < width && shown.length < PREVIEW_COLUMNS; c++) if (texts.some((t) => t[c])) shown.push(c);
  const cells = (k: number) => shown.map((c) => texts[k]![c] || '—').join(' | ');
  cluster.rows.forEach((row, k) => lines.push(`    ${words.row(row, cells(k))}`));
  if (same) lines.push(`    - ${same}`);
  else for (const reason of cluster.reasons) lines.push(`    - ${words.reason(reason)}`);
  // Rows kept out so the group stays certain: named with why they may match, and not merged with it.
  also.forEach((a, k) => {
    lines.push(`    ${words.alsoReview(a.row, a.confidence.toFixed(2))}`);
    lines.push(`      ${words.row(a.row, cells(cluster.rows.length + k))}`);
    for (const reason of a.reasons) lines.push(`      - ${words.reason(reason)}`);
  });
  return lines;
}
