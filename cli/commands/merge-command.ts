/**
 * `custodian merge FILE -o OUT [--threshold X] [--exact --columns a,b] [--keep …] [--rule 列=…]`: merges
 * every group of duplicates at or above the threshold into its surviving row; merged-away rows go
 * to the archive sheet, each merge to the log.
 */
import { parseArgs } from 'node:util';
import { planMerge } from '../../shared/merge';
import { balanceHeader } from '../../shared/merge/balance-columns';
import { FILE_BACKUP_CELL_LIMIT, withBackup } from '../../shared/history/backup';
import { resolveContext } from '../../shared/operations/options';
import { EXIT, UsageError } from '../cli-error';
import { operationOptions } from '../common-options';
import type { CliStreams } from '../io-streams';
import { applyPlanToWorkbook } from '../io/apply-plan-to-workbook';
import { formulasLosingRows } from '../../shared/files/formulas-losing-rows';
import { readWorkbookFile } from '../io/read-workbook';
import { liftHeaderFirst } from './lift-header-first';
import { writeWorkbookFile } from '../io/write-workbook';
import { detect, MATCH_OPTIONS } from './dedupe-command';
import { duplicateWords } from './duplicate-words';
import { inputPath, outputPath } from './input-path';
import { withMapOption } from '../map-option';
import { joinLines } from '../text-width';
import { parseKeep, parseRules, withAlsoReview, type ParsedRules } from '../merge-options';
import type { HeaderMapping } from '../../shared/template/header-mapping';
import type { Cluster } from '../../shared/dedupe';
import { isDifference } from '../../shared/dedupe/levels';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { DROP_MACROS_OPTION } from '../io/macro-loss';

/** Template fields `--sum-purchases` adds up. */
const SUMMED_FIELDS = new Set(['totalSpend', 'purchaseCount']);
/** Headers of amounts a user may mean to add up (买家实际支付金额, Total). */
const AMOUNT_HEADER = /金额|货款|实付|应付|^(?:sub)?total$|amount|spent/i;

/**
 * Whether `--sum-purchases` has a column to add up: a total-spend or purchase-count column, points or
 * stored value (积分, Store Credit), or a `--rule 列=sum`.
 */
function sumsAnything(mapping: HeaderMapping, rules: ParsedRules['rules']): boolean {
  return (
    mapping.columns.some((c) => (c.field !== null && SUMMED_FIELDS.has(c.field)) || balanceHeader(c.header)) ||
    Object.values(rules).includes('sum')
  );
}

function amountColumns(headers: readonly string[]): string[] {
  return headers.filter((h) => AMOUNT_HEADER.test(h.trim())).slice(0, 4);
}

/** The columns that differ within the held groups, each once, in the order first met. */
function differingColumns(groups: readonly Cluster[]): string[] {
  return [...new Set(groups.flatMap((g) => g.reasons.filter((r) => isDifference(r.level)).map((r) => r.column)))];
}

/**
 * A row of the lifted sheet as the input sheet numbers it: the lift takes out rows above the header
 * only (a title, a header's second row), so every data row moves up by as many rows as the sheet lost.
 */
function inputRows(input: SheetSnapshot, lifted: SheetSnapshot): (row: number) => number {
  const shift = Math.max(0, input.values.length - lifted.values.length);
  return (row) => row + shift;
}

export async function mergeCommand(args: string[], io: CliStreams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...MATCH_OPTIONS,
      output: { type: 'string', short: 'o' },
      'sum-purchases': { type: 'boolean', default: false },
      keep: { type: 'string' },
      rule: { type: 'string', multiple: true },
      'also-review': { type: 'string' },
      ...DROP_MACROS_OPTION,
    },
  });
  const keep = parseKeep(values.keep);
  const file = inputPath(positionals, io, 'merge');
  const out = outputPath(values.output, io, 'merge');
  // Merged-away rows live on only in the archive sheet, and each merge in the log: not in a CSV.
  if (!/\.xlsx$/i.test(out))
    throw new UsageError(
      'custodian merge keeps every merged-away row in an archive sheet and each merge in a log sheet, which a CSV file cannot hold: write a .xlsx file with -o',
    );
  const loaded = await readWorkbookFile(file, {
    sheet: values.sheet,
    liftHeader: true,
    output: { path: out, dropMacros: values['drop-macros'] },
  });
  const before = loaded.snapshot;
  const { snapshot, lifted } = liftHeaderFirst(loaded, operationOptions(values), 'xlsx');
  // The summary names rows as the user's sheet numbers them (as dedupe does), not as they are once
  // the rows above the header are taken out.
  const sheetRow = inputRows(before, snapshot);
  // Groups below the threshold are held back; the summary says how many.
  const found = detect(snapshot, values, io, { quiet: false, review: true });
  const inMergeBand = found.clusters.filter((c) => c.band !== 'review');
  // The rows are named as the input sheet numbers them, which moves every row by the same count.
  const clusters = withAlsoReview(values['also-review'], inMergeBand, (row) => row - sheetRow(0));
  const merged = new Set(clusters.flatMap((c) => c.rows));
  // Also-review rows not asked for stay apart: the summary names them.
  const leftApart = inMergeBand.flatMap((c) => (c.alsoReview ?? []).map((a) => a.row).filter((r) => !merged.has(r)));
  const held = found.clusters.filter((c) => c.band === 'review');
  const ctx = resolveContext(snapshot, withMapOption(operationOptions(values), values.map, snapshot));
  const { rules, delimiters } = parseRules(values.rule ?? [], ctx.headers);
  // --today dates the run (merge ids, archive, log, history) so that runs are reproducible.
  const { now } = ctx;
  const planned = planMerge(snapshot, clusters, {
    template: ctx.template,
    mapping: ctx.mapping,
    locale: ctx.locale,
    now,
    ...(ctx.by ? { by: ctx.by } : {}),
    countsAreSeparatePurchases: values['sum-purchases'],
    rules,
    delimiters,
    ...(keep ? { keep } : {}),
    // The archive and log are read beside the file the user gave: its row numbers, not the lifted sheet's.
    ...(lifted ? { shownRow: sheetRow } : {}),
  });
  const { merges, problems } = planned;
  // planMerge warns of the sheet's own formulas; those on other sheets are seen only here.
  const losing = formulasLosingRows(
    loaded.workbook,
    snapshot.name,
    planned.plan.deleteRows.map((r) => r.row),
    true,
  );
  // The written workbook keeps the sheet as it was in a hidden backup (the input file is never written).
  const { plan } = withBackup(planned.plan, snapshot, {
    before: 'merge',
    at: now,
    cellLimit: FILE_BACKUP_CELL_LIMIT,
  });
  applyPlanToWorkbook(loaded, plan);
  await writeWorkbookFile(loaded, out);

  const words = duplicateWords(ctx.locale);
  const away = merges.reduce((n, m) => n + m.mergedRows.length, 0);
  const lines = [words.merged(loaded.displayName, out, merges.length, away)];
  if (lifted) lines.push(`  ${lifted}`, `  ${words.inputRows}`);
  for (const merge of merges) {
    const changed = merge.changes.map((c) => c.header);
    lines.push(
      `  ${words.merge(merge.mergeId, merge.mergedRows.map(sheetRow), sheetRow(merge.survivorRow), merge.survivorId, changed)}`,
    );
  }
  for (const problem of problems) lines.push(`  ${words.problem(problem.severity, problem.message)}`);
  // The core's message names the sum rule; here it is a flag away.
  const notAdded = [...new Set(problems.filter((p) => p.code === 'balance.notAdded').map((p) => p.field ?? ''))];
  if (notAdded.length > 0) lines.push(`  ${words.addBalances(notAdded)}`);
  if (losing.length > 0) lines.push(`  ${words.formulasLosingRows(losing)}`);
  if (values['sum-purchases'] && !sumsAnything(ctx.mapping, rules))
    lines.push(`  ${words.nothingToSum(amountColumns(ctx.headers))}`);
  if (leftApart.length > 0) lines.push(`  ${words.alsoReviewLeft(leftApart.map(sheetRow))}`);
  if (merges.length > 0) lines.push(words.kept);
  if (held.length > 0) lines.push(words.held(held.length, differingColumns(held)));
  io.stdout.write(`${joinLines(lines)}\n`);
  return problems.some((p) => p.severity === 'error') ? EXIT.errorsFound : EXIT.ok;
}
