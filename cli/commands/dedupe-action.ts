/**
 * `custodian dedupe FILE --action status|copy|move|delete|highlight|unhighlight -o OUT`: one of the duplicate actions
 * beyond merge on every group at or above the threshold, written to OUT through the file host, with
 * the summary the sidebar shows (in the sheet's language) or, with --json, its counts.
 */
import { planDuplicateAction, type DuplicateAction } from '../../shared/operations/duplicate-actions';
import { resolveContext } from '../../shared/operations/options';
import { EXIT, UsageError } from '../cli-error';
import { operationOptions } from '../common-options';
import type { CliStreams } from '../io-streams';
import { toJson } from '../json-output';
import { applyPlanToWorkbook } from '../io/apply-plan-to-workbook';
import { formulasLosingRows } from '../../shared/files/formulas-losing-rows';
import { readWorkbookFile } from '../io/read-workbook';
import { liftHeaderFirst, outputOf } from './lift-header-first';
import { writeWorkbookFile } from '../io/write-workbook';
import { withMapOption } from '../map-option';
import { parseKeep } from '../merge-options';
import { detect, ordersRefusal, type MatchValues } from './dedupe-command';
import { outputPath } from './input-path';
import { duplicateWords } from './duplicate-words';

const ACTIONS: readonly DuplicateAction[] = ['status', 'copy', 'move', 'delete', 'highlight', 'unhighlight'];
/** Actions whose result a CSV file cannot hold: a new sheet, or a fill. */
const XLSX_ONLY: Record<string, string> = {
  copy: 'adds a sheet',
  move: 'adds a sheet',
  // Deleted rows are kept in the archive sheet and each group in the log: a CSV output would lose them.
  delete: 'keeps the deleted rows in an archive sheet',
  highlight: 'paints a fill',
  unhighlight: 'removes a fill',
};

export interface ActionValues extends MatchValues {
  action?: string;
  output?: string;
  keep?: string;
  sheet?: string;
  json?: boolean;
  review?: boolean;
  'drop-macros'?: boolean;
}

/** The action asked for, checked before the file is read: a usage error exits 2. */
export function parseAction(values: ActionValues): DuplicateAction | undefined {
  if (values.action === undefined) {
    if (values.output !== undefined || values.keep !== undefined)
      throw new UsageError(
        'custodian dedupe: -o and --keep go with --action status|copy|move|delete|highlight|unhighlight',
      );
    return undefined;
  }
  const action = ACTIONS.find((a) => a === values.action);
  if (!action)
    throw new UsageError(
      `--action must be status, copy, move, delete, highlight or unhighlight, not "${values.action}"`,
    );
  if (values.output === undefined)
    throw new UsageError(
      `custodian dedupe --action ${action} writes a new workbook: name it with -o, e.g. -o customers-deduped.xlsx`,
    );
  if (values.review)
    throw new UsageError(
      '--action acts on the groups at or above the threshold; to take in more of them, lower --threshold instead of --review',
    );
  if (XLSX_ONLY[action] && !/\.xlsx$/i.test(values.output))
    throw new UsageError(
      `--action ${action} ${XLSX_ONLY[action]}, which a CSV file cannot hold: write a .xlsx file with -o`,
    );
  return action;
}

export async function dedupeAction(
  file: string,
  action: DuplicateAction,
  values: ActionValues,
  io: CliStreams,
): Promise<number> {
  const keep = parseKeep(values.keep);
  const out = outputPath(values.output, io, 'dedupe');
  const loaded = await readWorkbookFile(file, {
    sheet: values.sheet,
    liftHeader: true,
    output: { path: out, dropMacros: values['drop-macros'] },
  });
  const { snapshot, lifted } = liftHeaderFirst(loaded, operationOptions(values), outputOf(out));
  // The output's rows are numbered with the header in row 1: said first, on stderr beside --json.
  if (lifted) (values.json ? io.stderr : io.stdout).write(`${lifted}\n`);
  const { clusters } = detect(snapshot, values, io, { quiet: values.json === true, review: false });
  const ctx = resolveContext(snapshot, withMapOption(operationOptions(values), values.map, snapshot));
  const refused = ordersRefusal(snapshot, clusters, action, values, duplicateWords(ctx.locale));
  if (refused) {
    io.stderr.write(`custodian: ${refused}\n`);
    return EXIT.unusable;
  }
  const result = planDuplicateAction(snapshot, {
    action,
    template: ctx.template,
    mapping: ctx.mapping,
    locale: ctx.locale,
    now: ctx.now,
    ...(ctx.by ? { by: ctx.by } : {}),
    clusters,
    sheetNames: loaded.workbook.worksheets.map((w) => w.name),
    ...(keep ? { keep } : {}),
  });
  const losing = formulasLosingRows(
    loaded.workbook,
    snapshot.name,
    result.plan.deleteRows.map((r) => r.row),
  );
  applyPlanToWorkbook(loaded, result.plan);
  await writeWorkbookFile(loaded, out);
  const { groups, rows, remaining, sheet } = result;
  const words = duplicateWords(ctx.locale);
  const warning = losing.length > 0 ? words.formulasLosingRows(losing) : null;
  if (values.json) {
    io.stdout.write(`${toJson({ action, groups, rowsChanged: rows, remaining, ...(sheet ? { sheet } : {}) })}\n`);
    if (warning) io.stderr.write(`${warning}\n`);
  } else {
    const lines = [words.acted(loaded.displayName, out, result.summary)];
    for (const problem of result.problems) lines.push(`  ${words.problem(problem.severity, problem.message)}`);
    if (warning) lines.push(`  ${warning}`);
    io.stdout.write(`${lines.join('\n')}\n`);
  }
  return result.problems.some((p) => p.severity === 'error') ? EXIT.errorsFound : EXIT.ok;
}
