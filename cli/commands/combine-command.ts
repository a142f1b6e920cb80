/**
 * `custodian combine A.xlsx B.csv C.csv … -o all.xlsx [--sheet NAME] [--json]`: several lists mapped
 * onto the template and stacked into one, with a column naming each row's file and row; a second
 * sheet lists the groups of duplicates (those across lists first), ready for `custodian merge`.
 * Every input is read before anything is written: one bad file writes nothing.
 */
import * as path from 'node:path';
import { progressLabel } from '../progress';
import { parseArgs } from 'node:util';
import type { Cluster } from '../../shared/dedupe';
import { combineLists, originText, type CombinedList } from '../../shared/operations/combine-lists';
import { findCombinedDuplicates, listsOf } from '../../shared/operations/combined-duplicates';
import { orderClusters, planCombinedWorkbook } from '../../shared/operations/combine-plans';
import { COMBINE_WORDS } from '../../shared/operations/combine-words';
import type { Locale } from '../../shared/i18n/locale';
import { EXIT, UsageError } from '../cli-error';
import { joinLines } from '../text-width';
import { operationOptions } from '../common-options';
import type { CliStreams } from '../io-streams';
import { toJson } from '../json-output';
import { applyPlanToWorkbook, createProgress, META_SHEET, newWorkbook, writeWorkbookFile } from '../io';
import { outputPath } from './input-path';
import { LIST_OPTIONS, matchOptions, readLists, withKnownColumns } from './list-inputs';

const MAX_LISTED = 20;

export async function combineCommand(args: string[], io: CliStreams): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: LIST_OPTIONS });
  if (positionals.length < 2)
    throw new UsageError(
      'custodian combine: name two or more files, e.g. custodian combine 销售A.xlsx 企微.csv -o 全部.xlsx',
    );
  const out = outputPath(values.output, io, 'combine');
  const options = operationOptions(values);
  const match = matchOptions(values);
  const { sources, leftOut } = await readLists(positionals, out, io, {
    sheet: values.sheet,
    map: values.map,
    template: options.template,
    dropMacros: values['drop-macros'],
  });
  const list = combineLists(sources, {
    ...(options.template ? { template: options.template } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const progress = createProgress({
    enabled: !values.json,
    label: progressLabel('findingDuplicates', list.locale),
    stream: io.stderr,
  });
  const found = withKnownColumns(() =>
    findCombinedDuplicates(list, { ...match, onProgress: (p) => progress.update(p.done, p.total) }),
  );
  progress.finish();
  // Only groups sure enough to merge: the sheet is the input of `custodian merge`.
  const clusters = orderClusters(
    list,
    found.clusters.filter((c) => c.band === 'merge'),
  );
  const book = newWorkbook(list.snapshot.name);
  await applyPlanToWorkbook(book, planCombinedWorkbook(list, clusters));
  const written = await writeWorkbookFile(book, out);
  if (values.json)
    io.stdout.write(
      `${toJson({ ...combineJson(list, clusters, written.path), ...(leftOut ? { sheetsLeftOut: leftOut } : {}) })}\n`,
    );
  else {
    const review = found.clusters.length - clusters.length;
    io.stdout.write(
      formatCombine(list, clusters, path.relative(io.cwd, out) || out, written.droppedSheets, review, leftOut ?? []),
    );
  }
  return EXIT.ok;
}

function combineJson(list: CombinedList, clusters: readonly Cluster[], output: string) {
  return {
    output,
    sheet: list.snapshot.name,
    rows: list.snapshot.values.length - 1,
    lists: list.lists.map((l, i) => ({ name: l.name, rows: l.rows, columns: columnsOf(list, i) })),
    columns: list.columns.map((c) => ({
      header: c.header,
      field: c.field,
      ...(c.ids ? { idsOf: list.lists[c.from.keys().next().value!]!.name } : {}),
    })),
    ...(list.datesRead.length > 0
      ? {
          textDates: list.datesRead.map((d) => ({
            column: d.header,
            list: list.lists[d.list]!.name,
            written: d.read,
            leftTwoWays: d.twoWays,
          })),
        }
      : {}),
    duplicates: clusters.map((c) => ({
      rows: c.rows,
      confidence: c.confidence,
      lists: listsOf(list, c).map((i) => list.lists[i]!.name),
      from: c.rows.map((row) => originText(list, row)),
      reasons: c.reasons,
    })),
  };
}

/** A list's header -> the combined header that holds it. */
function columnsOf(list: CombinedList, index: number): Record<string, string> {
  const out: Record<string, string> = {};
  const headers = list.lists[index]!.mapping.columns;
  for (const column of list.columns) {
    const col = column.from.get(index);
    if (col !== undefined) out[headers[col - 1]?.header || `#${col}`] = column.header;
  }
  return out;
}

const TEXT: Record<
  Locale,
  {
    combined: (lists: string, rows: string, out: string, sheet: string) => string;
    listLine: (name: string, rows: string, kept: string[]) => string;
    idsApart: (columns: string[]) => string;
    none: string;
    groups: (groups: string, rows: string, across: string, sheet: string | null) => string;
    group: (n: number, rows: readonly number[], confidence: number, from: string[]) => string;
    more: (n: number) => string;
    merge: (out: string) => string;
    dropped: (sheets: string[]) => string;
    /** A workbook's other sheets that look like customer lists, not read; `named`: how to name them all. */
    leftOut: (file: string, sheets: string[], named: string) => string;
    /** Groups that may be duplicates, below the merge band: not listed, how to see them. */
    review: (groups: string, out: string) => string;
    /** A list's text dates written as real dates beside another list's, with one of them. */
    datesRead: (header: string, n: number, list: string, typed: string, date: string) => string;
    /** A list's text dates that read two ways, left as typed. */
    datesTwoWays: (header: string, n: number, list: string, typed: string) => string;
  }
> = {
  'zh-CN': {
    combined: (lists, rows, out, sheet) => `已合并 ${lists}，共 ${rows} → ${out}（工作表「${sheet}」）`,
    listLine: (name, rows, kept) =>
      `  ${name}：${rows}${kept.length > 0 ? `（原样保留的列：${kept.join('、')}）` : ''}`,
    idsApart: (columns) =>
      `各名单的编号分列保留（${columns.join('、')}）：不同系统的编号可能相同，不代表同一客户；设置模板会给每一行一个客户编号。`,
    none: '没有发现重复客户。',
    groups: (groups, rows, across, sheet) =>
      `重复客户 ${groups}（${rows}），其中跨名单 ${across}${sheet ? `，列在「${sheet}」工作表` : ''}：`,
    group: (n, rows, confidence, from) =>
      `  #${n}  第 ${rows.join('、')} 行（置信度 ${confidence.toFixed(2)}）：${from.join('；')}`,
    more: (n) => `  …另有 ${n} 组`,
    merge: (out) => `合并重复客户：custodian merge ${out} -o 合并后.xlsx（--rule 出处=join 可保留每一行的出处）`,
    dropped: (sheets) => `CSV 只保存一个工作表，未写入：${sheets.join('、')}`,
    leftOut: (file, sheets, named) =>
      `${file} 还有${sheets.map((s) => `「${s}」`).join('、')}工作表看起来也是客户名单，未读取；要一并合并，请逐个写出工作表：${named}`,
    review: (groups, out) => `另有 ${groups}可能重复，需人工复核：custodian dedupe ${out} --review 列出`,
    datesRead: (header, n, list, typed, date) =>
      `「${header}」：${list} 中存为文本的 ${n} 个日期已按该名单的写法读成日期（${typed} → ${date}），与其他名单的日期同为日期`,
    datesTwoWays: (header, n, list, typed) =>
      `「${header}」：${list} 中存为文本的 ${n} 个日期有两种读法（日/月顺序不明），保持原样（${typed}）`,
  },
  'en-US': {
    combined: (lists, rows, out, sheet) => `Combined ${lists}, ${rows} → ${out} (sheet "${sheet}")`,
    listLine: (name, rows, kept) =>
      `  ${name}: ${rows}${kept.length > 0 ? ` (kept as they are: ${kept.join(', ')})` : ''}`,
    idsApart: (columns) =>
      `Each list's IDs are kept in a column of its own (${columns.join(', ')}): two systems can issue the same number to different customers; set up gives every row a Customer ID.`,
    none: 'No duplicate customers found.',
    groups: (groups, rows, across, sheet) =>
      `Duplicates: ${groups} (${rows}), ${across} across lists${sheet ? `, listed on the sheet "${sheet}"` : ''}:`,
    group: (n, rows, confidence, from) =>
      `  #${n}  rows ${rows.join(', ')} (confidence ${confidence.toFixed(2)}): ${from.join('; ')}`,
    more: (n) => `  … and ${n} more`,
    merge: (out) =>
      `To merge them: custodian merge ${out} -o merged.xlsx (--rule "Imported from=join" keeps every row's origin)`,
    dropped: (sheets) => `A CSV file holds one sheet; not written: ${sheets.join(', ')}`,
    leftOut: (file, sheets, named) =>
      `${file} also has ${sheets.length === 1 ? 'a sheet that looks' : 'sheets that look'} like a customer list, not read: ${sheets.map((s) => `"${s}"`).join(', ')}; to combine them too, name each sheet: ${named}`,
    review: (groups, out) =>
      `Left for a person's look, as they may hold duplicates: ${groups}; custodian dedupe ${out} --review lists them`,
    datesRead: (header, n, list, typed, date) =>
      `${header}: ${n} ${n === 1 ? 'date' : 'dates'} ${list} holds as text written as dates, read as that list writes its dates (${typed} → ${date}), as the other lists' are`,
    datesTwoWays: (header, n, list, typed) =>
      `${header}: ${n} ${n === 1 ? 'date' : 'dates'} ${list} holds as text left as typed, as ${n === 1 ? 'it reads' : 'each reads'} two ways (${typed})`,
  },
};

function formatCombine(
  list: CombinedList,
  clusters: readonly Cluster[],
  out: string,
  dropped: string[],
  review: number,
  leftOut: ReadonlyArray<{ file: string; read: string[]; sheets: string[] }>,
): string {
  const words = COMBINE_WORDS[list.locale];
  const text = TEXT[list.locale];
  const count = words.count;
  const lines = [
    text.combined(
      count(list.lists.length, 'list'),
      count(list.snapshot.values.length - 1, 'row'),
      out,
      list.snapshot.name,
    ),
  ];
  for (const { file, read, sheets } of leftOut) {
    // The sheets read, then the others: each named as FILE#SHEET.
    const named = [...read, ...sheets].map((s) => shellWord(`${file}#${s}`)).join(' ');
    lines.push(text.leftOut(file, sheets, named));
  }
  list.lists.forEach((l, i) => {
    const kept = list.columns.filter((c) => c.field === null && !c.ids && c.from.has(i)).map((c) => c.header);
    lines.push(text.listLine(l.name, count(l.rows, 'row'), kept));
  });
  const ids = list.columns.filter((c) => c.ids).map((c) => c.header);
  if (ids.length > 0) lines.push(text.idsApart(ids));
  for (const d of list.datesRead) {
    const name = list.lists[d.list]!.name;
    if (d.example) lines.push(text.datesRead(d.header, d.read, name, d.example.typed, d.example.date));
    if (d.twoWaysExample) lines.push(text.datesTwoWays(d.header, d.twoWays, name, d.twoWaysExample));
  }
  if (clusters.length === 0) {
    if (review === 0) lines.push(text.none);
  } else {
    const rows = clusters.reduce((n, c) => n + c.rows.length, 0);
    const across = clusters.filter((c) => listsOf(list, c).length > 1).length;
    const sheet = dropped.includes(words.duplicatesSheet) ? null : words.duplicatesSheet;
    lines.push(text.groups(count(clusters.length, 'group'), count(rows, 'row'), count(across, 'group'), sheet));
    clusters.slice(0, MAX_LISTED).forEach((c, i) => {
      lines.push(
        text.group(
          i + 1,
          c.rows,
          c.confidence,
          c.rows.map((row) => originText(list, row)),
        ),
      );
    });
    if (clusters.length > MAX_LISTED) lines.push(text.more(clusters.length - MAX_LISTED));
    lines.push(text.merge(out));
  }
  if (review > 0) lines.push(text.review(count(review, 'group'), out));
  const droppedSheets = dropped.filter((s) => s !== META_SHEET);
  if (droppedSheets.length > 0) lines.push(text.dropped(droppedSheets));
  return `${joinLines(lines)}\n`;
}

/** A command-line word as a shell takes it: quoted where it has a space or a quote. */
function shellWord(text: string): string {
  return /[\s'"$`\\]/.test(text) ? `'${text.replace(/'/g, "'\\''")}'` : text;
}
