/**
 * The `custodian` command: parses the command name, runs it, and turns every failure into a
 * clear message and an exit code (2 for unusable input or arguments), never a stack trace.
 */
import { EXIT, UsageError } from './cli-error';
import type { CliStreams } from './io-streams';
import { USAGE } from './usage';
import { isFileInputError } from './io/file-input-error';
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
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  try {
    return await command(args, io);
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: CliStreams): number {
  if (error instanceof UsageError || isFileInputError(error)) {
    io.stderr.write(`custodian: ${error.message}\n`);
    return EXIT.unusable;
  }
  // parseArgs reports unknown options and missing values with these codes.
  const code = (error as { code?: string } | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    io.stderr.write(`custodian: ${(error as Error).message}\nRun "custodian --help" for the options.\n`);
    return EXIT.unusable;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`custodian: unexpected failure: ${message}\nThe input file was not changed. Please report this with the command you ran.\n`);
  return EXIT.unusable;
}
