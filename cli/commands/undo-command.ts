/**
 * `custodian undo FILE -o OUT [--last | --all | --id ID]`: undoes recorded operations from what the
 * workbook keeps (the newest by default; --all every one, newest first) and writes OUT. The input
 * is never changed; when any undo is refused, nothing is written (exit 2, saying why).
 */
import { operationOptions, osUser, parseLocale } from '../common-options';
import { parseArgs } from 'node:util';
import { readEntries, stillApplied, undoOperation, type OperationEntry } from '../../shared/history';
import { resolveContext } from '../../shared/operations/options';
import { EXIT, UsageError } from '../cli-error';
import type { CliStreams } from '../io-streams';
import { applyPlanToWorkbook } from '../io/apply-plan-to-workbook';
import { readMeta } from '../../shared/files/workbook-meta';
import { readWorkbookFile } from '../io/read-workbook';
import { writeWorkbookFile } from '../io/write-workbook';
import { inputPath, outputPath } from './input-path';
import { sheetReader } from './history-command';
import { refusalText, undoWords } from './undo-words';
import { DROP_MACROS_OPTION } from '../io/macro-loss';

/** The newest operation still applied, or undefined. */
function newestApplied(meta: Record<string, string>): OperationEntry | undefined {
  return readEntries(meta)
    .entries.filter((e) => stillApplied(e, meta))
    .pop();
}

export async function undoCommand(args: string[], io: CliStreams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      last: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      id: { type: 'string' },
      locale: { type: 'string' },
      today: { type: 'string' },
      ...DROP_MACROS_OPTION,
    },
  });
  const modes = [values.last, values.all, values.id !== undefined].filter(Boolean).length;
  if (modes > 1) throw new UsageError('custodian undo: choose one of --last, --all and --id ID');
  const asked = values.locale === undefined ? undefined : parseLocale(values.locale);
  const file = inputPath(positionals, io, 'undo');
  const out = outputPath(values.output, io, 'undo');
  const loaded = await readWorkbookFile(file, { output: { path: out, dropMacros: values['drop-macros'] } });
  const locale = resolveContext(loaded.snapshot, asked ? { locale: asked } : {}).locale;
  const words = undoWords(locale);
  if (loaded.kind !== 'xlsx') {
    io.stderr.write(`custodian: ${words.csv(loaded.displayName)}\n`);
    return EXIT.unusable;
  }
  const meta = () => readMeta(loaded.workbook) ?? {};
  const target = {
    meta,
    read: sheetReader(loaded),
    apply: (plan: Parameters<typeof applyPlanToWorkbook>[1]) => applyPlanToWorkbook(loaded, plan),
  };
  const { labels } = words;
  // --today dates the undo in the history and log, as it dates the operations it undoes.
  const now = operationOptions({ ...(values.today !== undefined ? { today: values.today } : {}) }).now ?? new Date();

  const ids: string[] = [];
  if (values.id !== undefined) ids.push(values.id);
  else {
    const newest = newestApplied(meta());
    if (!newest) {
      io.stderr.write(`custodian: ${words.nothingLeft(loaded.displayName)}\n`);
      return EXIT.unusable;
    }
    ids.push(newest.id);
  }
  const undone: string[] = [];
  const lines: string[] = [];
  while (ids.length > 0) {
    const id = ids.shift()!;
    const result = await undoOperation(target, id, now, locale, osUser());
    if (!result.ok) {
      io.stderr.write(`custodian: ${refusalText(result.refusal, locale)}\n${words.nothingWritten(undone.length)}\n`);
      return EXIT.unusable;
    }
    const { entry } = result;
    undone.push(entry.id);
    const changed = words.reversed(entry.cells, entry.rowsAdded, entry.rowsRemoved, entry.sheets);
    lines.push(
      `  ${words.undone(entry.id, labels.operations[entry.kind], entry.sheet, changed)}`,
      ...result.notKept.map((line) => `    ${line}`),
    );
    if (values.all) {
      const next = newestApplied(meta());
      // An id seen twice would mean its undo did not take: stop rather than loop.
      if (next && !undone.includes(next.id)) ids.push(next.id);
    }
  }
  await writeWorkbookFile(loaded, out);
  io.stdout.write(`${words.undid(undone.length, loaded.displayName, out)}\n${lines.join('\n')}\n`);
  return EXIT.ok;
}
