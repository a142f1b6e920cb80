/**
 * What combine and compare share: their options, reading every input list before anything is
 * written, the matching options, and key columns no list has as a usage error.
 */
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { ListSource } from '../../shared/operations/combine-lists';
import { UnknownColumnError, type CombinedMatchOptions } from '../../shared/operations/combined-duplicates';
import type { Template } from '../../shared/template/schema';
import { withMapOption } from '../map-option';
import { columnNames } from '../column-list';
import { UsageError } from '../cli-error';
import type { CliStreams } from '../io-streams';
import { liftHeaderFirst, outputOf } from './lift-header-first';
import { readWorkbookFile, type LoadedWorkbook } from '../io';
import { requireCustomerList } from '../io/read-workbook';
import { parseThreshold } from './dedupe-command';
import { DROP_MACROS_OPTION } from '../io/macro-loss';

/** Options combine and compare share: reading the lists and matching their rows. */
export const LIST_OPTIONS = {
  output: { type: 'string', short: 'o' },
  sheet: { type: 'string' },
  json: { type: 'boolean', default: false },
  locale: { type: 'string' },
  template: { type: 'string' },
  exact: { type: 'boolean', default: false },
  columns: { type: 'string' },
  threshold: { type: 'string' },
  map: { type: 'string', multiple: true },
  ...DROP_MACROS_OPTION,
} as const;

export interface ReadLists {
  sources: ListSource[];
  /**
   * Per workbook read by its headers: the other sheets that look like customer lists too (one sheet
   * per region or salesperson), which no input named; absent when there is none.
   */
  leftOut?: Array<{ file: string; read: string[]; sheets: string[] }>;
  /** The workbook of the input at `keep`, for writing it back; the others' workbooks are let go as read. */
  kept?: LoadedWorkbook;
  /** What moving the kept input's header up to row 1 said (its rows are numbered so after). */
  lifted?: string;
}

/**
 * Reads every input before anything is written, so one missing or unreadable file, or one with no
 * customer list, stops the command with its name (exit 2). No input may be the output. Each list is
 * named as a person finds it: `file.csv`, or `file.xlsx!Sheet`, with its folder where names clash.
 * An input may name one sheet of a workbook (`FILE.xlsx#Sheet`), so several sheets of one workbook are read.
 */
export async function readLists(
  files: readonly string[],
  out: string | undefined,
  io: CliStreams,
  options: {
    sheet?: string | undefined;
    map?: readonly string[] | undefined;
    template?: Template | undefined;
    dropMacros?: boolean | undefined;
  },
  keep?: number,
): Promise<ReadLists> {
  const inputs = files.map((f) => withSheet(f, io.cwd));
  const resolved = inputs.map((f) => f.file);
  if (out !== undefined && resolved.includes(out))
    throw new UsageError(`will not write over the input file ${path.basename(out)}; choose another output name`);
  const keys = inputs.map((f) => `${f.file}\u0000${f.sheet ?? ''}`);
  const twice = keys.findIndex((k, i) => keys.indexOf(k) !== i);
  if (twice >= 0)
    throw new UsageError(
      `${path.basename(resolved[twice]!)} is named twice; name each file once, or each of its sheets as FILE#SHEET`,
    );
  const maps = mapsByFile(options.map ?? [], files);
  const { sheet } = options;
  const read: Array<{ file: string; display: string; csv: boolean; sheet: string; source: ListSource }> = [];
  const others: Array<{ file: string; display: string; sheets: readonly string[] }> = [];
  let kept: LoadedWorkbook | undefined;
  let lifted: string | undefined;
  for (const [i, file] of resolved.entries()) {
    // Only a workbook written back needs its rules at entry (costly to load), and its header in row 1;
    // a list only read is read under its title where it stands.
    const written = i === keep;
    const loaded = await readWorkbookFile(file, {
      sheet: inputs[i]!.sheet ?? sheet,
      readOnly: !written,
      listUnchanged: !written,
      liftHeader: written,
      // Every list goes into a combined output, only the kept one into compare's.
      ...(out !== undefined && (keep === undefined || written)
        ? { output: { path: out, dropMacros: options.dropMacros } }
        : {}),
    });
    requireCustomerList(loaded);
    const otherLists = loaded.sheetChoice?.by === 'headers' ? loaded.sheetChoice.otherLists : undefined;
    if (otherLists && !others.some((o) => o.file === file))
      others.push({ file, display: files[i]!, sheets: otherLists });
    let { snapshot } = loaded;
    if (written) {
      kept = loaded;
      ({ snapshot, lifted } = liftHeaderFirst(
        loaded,
        options.template ? { template: options.template } : {},
        outputOf(out),
      ));
    }
    const { displayName: display, kind, sheetName } = loaded;
    const map = maps[i];
    const overrides =
      map && withMapOption(options.template ? { template: options.template } : {}, map, snapshot).overrides;
    const source = { name: '', snapshot, ...(overrides ? { overrides } : {}) };
    read.push({ file, display, csv: kind === 'csv', sheet: sheetName, source });
  }
  const nameOf = (r: (typeof read)[number], display: string) => (r.csv ? display : `${display}!${r.sheet}`);
  const names = read.map((r) => nameOf(r, r.display));
  const sources = read.map((r, i) => {
    const clash = names.indexOf(names[i]!) !== names.lastIndexOf(names[i]!);
    return { ...r.source, name: clash ? nameOf(r, path.relative(io.cwd, r.file) || r.display) : names[i]! };
  });
  // A workbook of one sheet per region: the sheets no input named are said, never read unasked.
  const leftOut = others.flatMap(({ file, display, sheets }) => {
    const named = read.filter((r) => r.file === file).map((r) => r.sheet);
    const missing = sheets.filter((s) => !named.includes(s));
    return missing.length > 0 ? [{ file: display, read: named, sheets: missing }] : [];
  });
  return {
    sources,
    ...(leftOut.length > 0 ? { leftOut } : {}),
    ...(kept ? { kept } : {}),
    ...(lifted ? { lifted } : {}),
  };
}

/**
 * An input as named on the command line: a file, or one sheet of a workbook, `FILE.xlsx#华北` (or
 * `FILE.xlsx!华北`, as combine names its lists) where no file has the whole name.
 */
export function withSheet(name: string, cwd: string): { file: string; sheet?: string } {
  const file = path.resolve(cwd, name);
  if (existsSync(file)) return { file };
  for (const mark of ['#', '!']) {
    const at = name.lastIndexOf(mark);
    if (at <= 0 || at === name.length - 1) continue;
    const workbook = path.resolve(cwd, name.slice(0, at));
    if (existsSync(workbook) && statSync(workbook).isFile()) return { file: workbook, sheet: name.slice(at + 1) };
  }
  return { file };
}

/**
 * `--map FILE:H=F,H=-` (repeatable): corrections for one input's columns, that file named as on the
 * command line or by its name alone. Returns the pairs per input index.
 */
function mapsByFile(specs: readonly string[], files: readonly string[]): Array<string | undefined> {
  const out: Array<string | undefined> = files.map(() => undefined);
  for (const spec of specs) {
    const named = (f: string) => [f, path.basename(f)].find((name) => spec.startsWith(`${name}:`));
    const index = files.findIndex((f) => named(f) !== undefined);
    if (index < 0)
      throw new UsageError(
        `--map "${spec}" names none of the files; start it with the file it corrects, e.g. --map "${path.basename(files[0] ?? 'A.csv')}:客户名称=company"`,
      );
    const pairs = spec.slice(named(files[index]!)!.length + 1);
    out[index] = out[index] === undefined ? pairs : `${out[index]},${pairs}`;
  }
  return out;
}

export function matchOptions(values: { exact?: boolean; columns?: string; threshold?: string }): CombinedMatchOptions {
  // Named as the lists head them (a header with a comma in "…"); letters would mean another column in each list.
  const columns = values.columns === undefined ? undefined : columnNames(values.columns).map((c) => c.name);
  if (values.exact && (!columns || columns.length === 0))
    throw new UsageError('--exact needs the key columns, e.g. --exact --columns 手机,邮箱');
  if (values.exact && values.threshold !== undefined)
    throw new UsageError('--exact groups rows equal on the key columns; it takes no --threshold');
  return {
    ...(values.exact ? { exact: true } : {}),
    ...(columns && columns.length > 0 ? { columns } : {}),
    ...(values.threshold !== undefined ? { threshold: parseThreshold(values.threshold) } : {}),
  };
}

/** Runs `match`; a key column no list has is a usage error naming it (exit 2). */
export function withKnownColumns<T>(match: () => T): T {
  try {
    return match();
  } catch (error) {
    if (error instanceof UnknownColumnError)
      throw new UsageError(
        `--columns names ${error.columns.map((c) => `"${c}"`).join(', ')}, which no list has (name a column as any of the lists heads it)`,
      );
    throw error;
  }
}
