/**
 * `custodian mark FILE -o OUT --not-same 3,7[,9]`: records that these rows are different customers.
 * The mark is saved in the workbook's Custodian data by customer ID (else by the row's identity
 * values), so it holds after sorting, and every later dedupe and merge keeps the rows apart.
 */
import { parseArgs } from 'node:util';
import { addNotSame, NOT_SAME_META, rowMarkKeys } from '../../shared/dedupe';
import { resolveContext } from '../../shared/operations/options';
import { emptyPlan } from '../../shared/plan/plan';
import { reportFooterStart } from '../../shared/sheet/report-footer';
import { isTotalsOrNotesRow } from '../../shared/sheet/totals-row';
import { isEmptyRow } from '../../shared/sheet/cell-value';
import { EXIT, UsageError } from '../cli-error';
import { operationOptions } from '../common-options';
import type { CliStreams } from '../io-streams';
import { applyPlanToWorkbook } from '../io/apply-plan-to-workbook';
import { readWorkbookFile } from '../io/read-workbook';
import { liftHeaderFirst, outputOf } from './lift-header-first';
import { writeWorkbookFile } from '../io/write-workbook';
import { withMapOption } from '../map-option';
import { inputPath, outputPath } from './input-path';
import { DROP_MACROS_OPTION } from '../io/macro-loss';

export async function markCommand(args: string[], io: CliStreams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      'not-same': { type: 'string' },
      sheet: { type: 'string' },
      locale: { type: 'string' },
      template: { type: 'string' },
      map: { type: 'string' },
      today: { type: 'string' },
      ...DROP_MACROS_OPTION,
    },
  });
  const file = inputPath(positionals, io, 'mark');
  const out = outputPath(values.output, io, 'mark');
  if (values['not-same'] === undefined)
    throw new UsageError('mark needs --not-same with two or more rows, e.g. --not-same 3,7');
  const rows = [
    ...new Set(
      values['not-same']
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
  if (rows.length < 2 || rows.some((r) => !/^\d+$/.test(r))) {
    throw new UsageError(
      `--not-same takes two or more sheet row numbers, e.g. --not-same 3,7, not "${values['not-same']}"`,
    );
  }
  const loaded = await readWorkbookFile(file, {
    sheet: values.sheet,
    liftHeader: true,
    output: { path: out, dropMacros: values['drop-macros'] },
  });
  // Rows are the sheet's as the user sees it; the header's move to row 1 moves them up as many rows.
  const shift = loaded.headerToLift ? loaded.headerToLift.row - 1 : 0;
  const { snapshot, lifted } = liftHeaderFirst(loaded, operationOptions(values), outputOf(out));
  const ctx = resolveContext(snapshot, withMapOption(operationOptions(values), values.map, snapshot));
  const keys = rowMarkKeys(snapshot, ctx.mapping, ctx.template);
  const numbers = rows.map(Number);
  // A report's footer (its copyright), a totals or a notes row is under or among the data, no customer.
  const footer = reportFooterStart(snapshot.values);
  const unusable = numbers.filter((r) => {
    const row = r - shift;
    return row < 2 || row > footer || isTotalsOrNotesRow(snapshot.values[row - 1]) || !keys[row];
  });
  if (unusable.length > 0) {
    let last = footer;
    while (last > 1 && isEmptyRow(snapshot.values[last - 1])) last--;
    last += shift;
    throw new UsageError(
      `${unusable.length === 1 ? 'Row' : 'Rows'} ${unusable.join(', ')} ${unusable.length === 1 ? 'holds' : 'hold'} no customer in ${snapshot.name} (rows ${2 + shift}-${last} are data)`,
    );
  }
  const rowKeys = numbers.map((r) => keys[r - shift]!);
  if (new Set(rowKeys).size < rowKeys.length) {
    throw new UsageError(
      `Rows ${numbers.join(', ')} share a customer ID or every identity value, so they cannot be told apart; give them different customer IDs first`,
    );
  }
  const plan = emptyPlan(snapshot.name);
  plan.meta[NOT_SAME_META] = addNotSame(snapshot.meta, rowKeys);
  applyPlanToWorkbook(loaded, plan);
  await writeWorkbookFile(loaded, out);
  if (lifted) io.stdout.write(`${lifted}\n`);
  io.stdout.write(
    `Marked rows ${numbers.join(', ')} of ${loaded.displayName} [${snapshot.name}] as different customers → ${out}\n`,
  );
  return EXIT.ok;
}
