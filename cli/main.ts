/**
 * The `custodian` command: parses the command name, runs it, and turns every failure into a
 * clear message and an exit code (2 for unusable input or arguments), never a stack trace.
 */
import { EXIT, UsageError } from './cli-error';
import type { CliStreams } from './io-streams';
import { COMMAND_USAGE, USAGE } from './usage';
import { takeCommonFlags } from './common-options';
import { isFileInputError } from '../shared/files/file-input-error';
import { fileMessage, type FileText } from '../shared/files/file-messages';
import type { Locale } from '../shared/i18n/locale';
import { checkCommand } from './commands/check-command';
import { cleanCommand } from './commands/clean-command';
import { templateCommand } from './commands/template-command';
import { demoCommand } from './commands/demo-command';
import { dedupeCommand } from './commands/dedupe-command';
import { mergeCommand } from './commands/merge-command';
import { exportCommand } from './commands/export-command';
import { reportCommand } from './commands/report-command';
import { historyCommand } from './commands/history-command';
import { undoCommand } from './commands/undo-command';
import { markCommand } from './commands/mark-command';
import { combineCommand } from './commands/combine-command';
import { compareCommand } from './commands/compare-command';

type Command = (args: string[], io: CliStreams) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  clean: cleanCommand,
  template: templateCommand,
  demo: demoCommand,
  dedupe: dedupeCommand,
  merge: mergeCommand,
  export: exportCommand,
  report: reportCommand,
  history: historyCommand,
  undo: undoCommand,
  mark: markCommand,
  combine: combineCommand,
  compare: compareCommand,
};

export async function runCli(argv: string[], io: CliStreams): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return name ? EXIT.ok : EXIT.unusable;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`custodian: unknown command "${name}"\n\n${USAGE}\n`);
    return EXIT.unusable;
  }
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout.write(`${COMMAND_USAGE[name] ?? USAGE}\n`);
    return EXIT.ok;
  }
  try {
    const common = takeCommonFlags(args, TAKES_TODAY.has(name));
    // Progress only where someone watches it: a terminal, or asked for with --progress.
    const stderr = {
      write: (text: string) => io.stderr.write(text),
      isTTY: io.stderr.isTTY,
      progress: common.progress || io.stderr.isTTY === true,
    };
    return await command(common.args, { ...io, stderr });
  } catch (error) {
    return report(error, io, name, args);
  }
}

/**
 * The language of a problem with the file: --locale when given, else the sheet's own (a title above
 * 客户名称, 联系人 is told in Chinese), as the commands' reports choose theirs.
 */
function fileErrorLocale(text: FileText, args: readonly string[]): Locale {
  const at = args.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const given = at < 0 ? undefined : args[at]!.includes('=') ? args[at]!.split('=')[1] : args[at + 1];
  if (given === 'zh-CN' || given === 'en-US') return given;
  const chinese = 'chinese' in text.params && text.params.chinese === true;
  return chinese || /[\u3400-\u9fff]/.test(JSON.stringify(text.params)) ? 'zh-CN' : 'en-US';
}

/** Commands that read --today themselves (for staleness); the others accept it and check its form. */
const TAKES_TODAY = new Set(['check', 'clean', 'dedupe', 'merge', 'export', 'report', 'demo', 'mark', 'undo']);

function report(error: unknown, io: CliStreams, name: string, args: readonly string[]): number {
  if (isFileInputError(error) && error.text) {
    io.stderr.write(`custodian: ${fileMessage(error.text, fileErrorLocale(error.text, args))}\n`);
    return EXIT.unusable;
  }
  if (error instanceof UsageError || isFileInputError(error)) {
    // "custodian undo: name the file…" already says who is speaking.
    const message = error.message.startsWith('custodian ') ? error.message : `custodian: ${error.message}`;
    io.stderr.write(`${message}\n`);
    return EXIT.unusable;
  }
  // parseArgs reports unknown options and missing values with these codes.
  const code = (error as { code?: string } | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    io.stderr.write(`custodian: ${(error as Error).message}\nRun "custodian ${name} --help" for the options.\n`);
    return EXIT.unusable;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(
    `custodian: unexpected failure: ${message}\nThe input file was not changed. Please report this with the command you ran.\n`,
  );
  return EXIT.unusable;
}
