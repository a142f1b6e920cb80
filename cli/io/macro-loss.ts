/**
 * A workbook with macros (an .xlsm) written out as .xlsx loses them: exceljs neither reads nor writes
 * a VBA project. Custodian writes no .xlsm, so it refuses unless --drop-macros says the loss is meant.
 * A CSV output is values alone by its nature and is not refused.
 */
import * as path from 'node:path';
import { displayName, fileError, type FileInputError } from '../../shared/files/file-input-error';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

/** The option every command that writes a workbook from its input takes. */
export const DROP_MACROS_OPTION = { 'drop-macros': { type: 'boolean' } } as const;

/** Rows read for the language of the refusal. */
const SAMPLE_ROWS = 20;

function holdsChinese(snapshot: SheetSnapshot): boolean {
  return snapshot.values
    .slice(0, SAMPLE_ROWS)
    .some((row) => row.some((cell) => typeof cell === 'string' && /[\u3400-\u9fff]/.test(cell)));
}

export interface MacroSource {
  readonly path: string | null;
  readonly displayName: string;
  readonly snapshot: SheetSnapshot;
  readonly macros?: true;
}

/** The refusal to write `out` from `source` without its macros; undefined when nothing would be lost. */
export function macroLoss(source: MacroSource, out: string, dropMacros: boolean): FileInputError | undefined {
  if (!source.macros || dropMacros || path.extname(out).toLowerCase() !== '.xlsx') return undefined;
  const params = {
    file: source.displayName,
    out: displayName(out),
    ...(holdsChinese(source.snapshot) ? { chinese: true as const } : {}),
  };
  return fileError('file.macrosLost', { key: 'macrosLost', params }, source.path ?? undefined);
}

export function refuseMacroLoss(source: MacroSource, out: string, dropMacros: boolean): void {
  const error = macroLoss(source, out, dropMacros);
  if (error) throw error;
}
