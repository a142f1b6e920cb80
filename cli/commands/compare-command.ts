/**
 * `custodian compare A.xlsx B.csv [-o result.xlsx] [--json] [--exact --columns 手机]`: which customers
 * of list B are already in list A (and on which rows), which may be, and which are new. With -o,
 * writes B with a status column after its last (B itself is never changed).
 */
import * as path from 'node:path';
import { progressLabel } from '../progress';
import { resolveContext } from '../../shared/operations/options';
import { parseArgs } from 'node:util';
import type { Locale } from '../../shared/i18n/locale';
import { cellText } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import type { ListSource } from '../../shared/operations/combine-lists';
import { compareLists, type ComparedRow, type ListComparison } from '../../shared/operations/compare-lists';
import { planCompareStatus } from '../../shared/operations/combine-plans';
import { COMBINE_WORDS } from '../../shared/operations/combine-words';
import { EXIT, UsageError } from '../cli-error';
import { joinLines } from '../text-width';
import { operationOptions } from '../common-options';
import type { CliStreams } from '../io-streams';
import { toJson } from '../json-output';
import { applyPlanToWorkbook, createProgress, writeWorkbookFile } from '../io';
import { LIST_OPTIONS, matchOptions, readLists, withKnownColumns } from './list-inputs';
import { outputPath } from './input-path';
import { duplicateWords } from './duplicate-words';

const MAX_LISTED = 50;
/** Reasons shown under each row found in A. */
const MAX_REASONS = 4;

export async function compareCommand(args: string[], io: CliStreams): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: LIST_OPTIONS });
  if (positionals.length !== 2)
    throw new UsageError(
      `custodian compare: name two files, the list to look in (A) then the list to check (B), e.g. custodian compare 老客户.xlsx 展会名单.csv; got ${positionals.length}`,
    );
  const out = values.output === undefined ? undefined : outputPath(values.output, io, 'compare');
  const options = operationOptions(values);
  const match = matchOptions(values);
  const read = {
    sheet: values.sheet,
    map: values.map,
    template: options.template,
    dropMacros: values['drop-macros'],
  };
  const { sources, kept, lifted } = await readLists(positionals, out, io, read, out === undefined ? undefined : 1);
  const [a, b] = sources as [ListSource, ListSource];
  const progress = createProgress({
    enabled: !values.json,
    label: progressLabel(
      'comparing',
      options.locale ?? resolveContext(a.snapshot, options.template ? { template: options.template } : {}).locale,
    ),
    stream: io.stderr,
  });
  const comparison = withKnownColumns(() =>
    compareLists(a, b, {
      ...(options.template ? { template: options.template } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
      ...match,
      onProgress: (p) => progress.update(p.done, p.total),
    }),
  );
  progress.finish();
  let written: string | undefined;
  if (out !== undefined && kept) {
    await applyPlanToWorkbook(kept, planCompareStatus(b.snapshot, comparison, a.name));
    written = (await writeWorkbookFile(kept, out)).path;
  }
  if (lifted) (values.json ? io.stderr : io.stdout).write(`${lifted}\n`);
  if (values.json) io.stdout.write(`${toJson(compareJson(a.name, b.name, comparison, written))}\n`);
  else
    io.stdout.write(formatCompare(a.name, b.name, b.snapshot, comparison, written && path.relative(io.cwd, written)));
  return EXIT.ok;
}

function compareJson(a: string, b: string, comparison: ListComparison, output: string | undefined) {
  const rowsOf = (list: number) => comparison.combined.lists[list]!.rows;
  return {
    a: { name: a, rows: rowsOf(1) },
    b: { name: b, rows: rowsOf(0) },
    counts: comparison.counts,
    rows: comparison.rows.map((r) => ({
      row: r.row,
      status: r.status,
      inA: r.matches,
      ...(r.confidence !== undefined ? { confidence: r.confidence } : {}),
      ...(r.reasons ? { reasons: r.reasons.map(({ column, level, message }) => ({ column, level, message })) } : {}),
    })),
    ...(output !== undefined ? { output } : {}),
  };
}

const TEXT: Record<
  Locale,
  {
    title: (a: string, aRows: string, b: string, bRows: string) => string;
    existing: (n: string) => string;
    possible: (n: string) => string;
    fresh: (n: string) => string;
    found: (row: number, cells: string, rows: readonly number[]) => string;
    newRow: (row: number, cells: string) => string;
    more: (n: number) => string;
    written: (out: string, header: string) => string;
  }
> = {
  'zh-CN': {
    title: (a, aRows, b, bRows) => `对比 ${b}（B，${bRows}）与 ${a}（A，${aRows}）：`,
    existing: (n) => `已存在于 A：${n}`,
    possible: (n) => `可能已存在于 A（请核对）：${n}`,
    fresh: (n) => `新客户：${n}`,
    found: (row, cells, rows) => `  第 ${row} 行  ${cells}  → A 第 ${rows.join('、')} 行`,
    newRow: (row, cells) => `  第 ${row} 行  ${cells}`,
    more: (n) => `  …另有 ${n} 行`,
    written: (out, header) => `已写入 ${out}（B 加上「${header}」列）`,
  },
  'en-US': {
    title: (a, aRows, b, bRows) => `Compared ${b} (B, ${bRows}) with ${a} (A, ${aRows}):`,
    existing: (n) => `Already in A: ${n}`,
    possible: (n) => `Maybe in A (check them): ${n}`,
    fresh: (n) => `New: ${n}`,
    found: (row, cells, rows) => `  row ${row}  ${cells}  → A row${rows.length === 1 ? '' : 's'} ${rows.join(', ')}`,
    newRow: (row, cells) => `  row ${row}  ${cells}`,
    more: (n) => `  … and ${n} more`,
    written: (out, header) => `Wrote ${out} (B with a "${header}" column)`,
  },
};

function formatCompare(
  a: string,
  b: string,
  bSheet: SheetSnapshot,
  comparison: ListComparison,
  out: string | undefined,
): string {
  const locale = comparison.combined.locale;
  const text = TEXT[locale];
  const count = COMBINE_WORDS[locale].count;
  const lists = comparison.combined.lists;
  const lines = [text.title(a, count(lists[1]!.rows, 'row'), b, count(lists[0]!.rows, 'row'))];
  const cells = (row: number) =>
    (bSheet.values[row - 1] ?? [])
      .map((v) => cellText(v).trim())
      .filter(Boolean)
      .slice(0, 3)
      .join(' | ');
  const section = (heading: string, rows: ComparedRow[], line: (r: ComparedRow) => string | string[]) => {
    if (rows.length === 0) return;
    lines.push(heading, ...rows.slice(0, MAX_LISTED).flatMap(line));
    if (rows.length > MAX_LISTED) lines.push(text.more(rows.length - MAX_LISTED));
  };
  const of = (status: ComparedRow['status']) => comparison.rows.filter((r) => r.status === status);
  // Why a row of B is taken for one of A, as dedupe explains a group: the first few fields.
  const words = duplicateWords(locale);
  const found = (r: ComparedRow) => [
    text.found(r.row, cells(r.row), r.matches),
    ...(r.reasons ?? []).slice(0, MAX_REASONS).map((x) => `      - ${words.reason(x)}`),
  ];
  const customers = (status: ComparedRow['status']) => count(comparison.counts[status], 'customer');
  section(text.existing(customers('existing')), of('existing'), found);
  section(text.possible(customers('possible')), of('possible'), found);
  section(text.fresh(customers('new')), of('new'), (r) => text.newRow(r.row, cells(r.row)));
  if (out !== undefined) lines.push(text.written(out, COMBINE_WORDS[locale].statusHeader));
  return `${joinLines(lines)}\n`;
}
