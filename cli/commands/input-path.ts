import { resolve } from 'node:path';
import { UsageError } from '../cli-error';
import type { CliStreams } from '../io-streams';

/** The one input file a command takes, resolved against the working directory. */
export function inputPath(positionals: string[], io: CliStreams, command: string): string {
  if (positionals.length === 0)
    throw new UsageError(`custodian ${command}: name the file to read, e.g. custodian ${command} customers.xlsx`);
  if (positionals.length > 1)
    throw new UsageError(
      `custodian ${command}: one file at a time, got ${positionals.length}: ${positionals.join(', ')}`,
    );
  return resolve(io.cwd, positionals[0]);
}

export function outputPath(value: string | undefined, io: CliStreams, command: string): string {
  if (!value)
    throw new UsageError(`custodian ${command}: name the file to write with -o, e.g. -o customers-clean.xlsx`);
  // An .xlsm written without its macros would pass for the original and not work (exceljs writes none).
  if (/\.xlsm$/i.test(value))
    throw new UsageError(
      `custodian ${command}: Custodian does not write macro workbooks (.xlsm), as it cannot carry their macros over; name an .xlsx output, e.g. -o ${value.replace(/\.xlsm$/i, '-clean.xlsx')} (with --drop-macros when the input holds macros)`,
    );
  if (!/\.(xlsx|csv)$/i.test(value))
    throw new UsageError(`custodian ${command}: the output must be a .xlsx or .csv file, not "${value}"`);
  return resolve(io.cwd, value);
}
