/** `custodian check FILE [--sheet NAME] [--json]`: the issues, and exit 1 when any is an error. */
import { parseArgs } from 'node:util';
import { resolveContext } from '../../shared/operations/options';
import { checkSheet } from '../../shared/check/check-sheet';
import { mappingToJson, type ColumnMapping, type HeaderMapping } from '../../shared/template/header-mapping';
import type { Issue } from '../../shared/check/issue';
import { issueTitle } from '../../shared/i18n/issue-titles';
import { cellText, type CellValue } from '../../shared/sheet/cell-value';
import { EXIT } from '../cli-error';
import { operationOptions } from '../common-options';
import type { CliStreams } from '../io-streams';
import { toJson } from '../json-output';
import { formatTable, joinLines, oneLine } from '../text-width';
import { visibleSpacing } from '../../shared/sheet/visible-spacing';
import { columnNames } from '../../shared/sheet/column-names';
import { readWorkbookFile, requireCustomerList } from '../io/read-workbook';
import type { LoadedWorkbook, SheetChoice } from '../io/loaded-workbook';
import { readBelowTitleNote } from '../../shared/operations/read-below-title';
import { strayQuotesNote } from '../../shared/files/stray-quotes-note';
import type { Locale } from '../../shared/i18n/locale';
import { createProgress, progressLabel } from '../progress';
import { inputPath } from './input-path';
import { withMapOption } from '../map-option';
import { checkWords, type CheckWords } from './check-words';

const TABLE_LIMIT = 500;
/** More issues than a screen shows: they are first counted by column and kind, most first. */
const SUMMARY_FROM = 20;
/** Lines of that count; the rest are summed on one more line. */
const SUMMARY_LINES = 15;

export async function checkCommand(args: string[], io: CliStreams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      sheet: { type: 'string' },
      json: { type: 'boolean', default: false },
      locale: { type: 'string' },
      template: { type: 'string' },
      today: { type: 'string' },
      map: { type: 'string' },
    },
  });
  const file = inputPath(positionals, io, 'check');
  const options = operationOptions(values);
  const loaded = await readWorkbookFile(file, {
    sheet: values.sheet,
    template: options.template,
    readOnly: true,
    snapshotOnly: true,
    listUnchanged: true,
  });
  requireCustomerList(loaded);
  const progress = createProgress({
    enabled: !values.json,
    label: progressLabel('checking', resolveContext(loaded.snapshot, options).locale),
    stream: io.stderr,
  });
  const checked = checkSheet(loaded.snapshot, {
    ...withMapOption(options, values.map, loaded.snapshot),
    onProgress: (p) => progress.update(p.done, p.total),
  });
  progress.finish();
  // A whole column's issue stands on its header, which below a title is not row 1 (that is the title).
  const headerRow = loaded.headerBelow?.row;
  const result = headerRow
    ? { ...checked, issues: checked.issues.map((i) => (i.row === 1 ? { ...i, row: headerRow } : i)) }
    : checked;

  if (values.json) {
    const { issues, rows, mapping } = result;
    const locale = resolveContext(loaded.snapshot, options).locale;
    io.stdout.write(
      `${toJson({ issues, rows, mapping: mappingToJson(mapping, locale), ...checkedAs(mapping, locale) })}\n`,
    );
  } else {
    const locale = resolveContext(loaded.snapshot, options).locale;
    const words = checkWords(locale);
    const choice = formatSheetChoice(loaded.snapshot.name, loaded.sheetChoice, words.sheetChoice);
    io.stdout.write(choice);
    io.stdout.write(formatHeaderBelow(loaded, locale));
    io.stdout.write(formatStrayQuotes(loaded, locale));
    io.stdout.write(formatReport(`${loaded.displayName} [${loaded.snapshot.name}]`, result, words, locale));
  }
  return result.issues.some((i) => i.severity === 'error') ? EXIT.errorsFound : EXIT.ok;
}

/**
 * `checkedAs`: header → field key of each column without a field of its own that check judges as a
 * field (座机 beside 手机: `phone`), whose `mapping` entry stays null; absent when there is none.
 */
function checkedAs(mapping: HeaderMapping, locale: Locale): { checkedAs?: Record<string, string> } {
  const names = columnNames(
    mapping.columns.map((c) => c.header),
    locale,
  );
  const seconds = mapping.columns.filter((c) => !c.field && c.secondOf && c.header);
  if (seconds.length === 0) return {};
  return { checkedAs: Object.fromEntries(seconds.map((c) => [names[c.col - 1] ?? c.header, c.secondOf!])) };
}

/** The line naming a CSV's fields read with their quotes as typed ("北京市"朝阳区), else nothing. */
export function formatStrayQuotes(
  loaded: Pick<LoadedWorkbook, 'csv' | 'snapshot' | 'headerBelow' | 'headerToLift'>,
  locale: Locale,
): string {
  // Read below a title, the snapshot's header is in row 1 (read-below-title.ts); to be lifted, where it stands.
  const headerRow = loaded.headerBelow ? 1 : loaded.headerToLift?.row;
  const note = strayQuotesNote(locale, loaded.csv?.strayQuotes, loaded.snapshot.values, headerRow);
  return note ? `${oneLine(note)}\n` : '';
}

/** The line saying where the header was read, when it is below row 1 (a title above it), else nothing. */
export function formatHeaderBelow(loaded: Pick<LoadedWorkbook, 'headerBelow'>, locale: Locale): string {
  return loaded.headerBelow ? `${oneLine(readBelowTitleNote(locale, loaded.headerBelow))}\n` : '';
}

/** "Checked sheet 客户列表 (of 3: 说明, 客户列表, 字典)" when the workbook had sheets to choose from. */
export function formatSheetChoice(
  sheet: string,
  choice: SheetChoice | undefined,
  words: (sheet: string, sheets: readonly string[]) => string,
): string {
  if (!choice || choice.by !== 'headers' || choice.sheets.length < 2) return '';
  return `${oneLine(words(sheet, choice.sheets))}\n`;
}

function formatReport(
  where: string,
  {
    issues,
    rows,
    mapping,
    totalsRows,
    notesRows,
    lineItemRows,
    groupRows,
    defaultsRows,
  }: {
    issues: Issue[];
    rows: number;
    mapping: HeaderMapping;
    totalsRows?: number[];
    notesRows?: number[];
    lineItemRows?: number[];
    groupRows?: number[];
    defaultsRows?: number[];
  },
  words: CheckWords,
  locale: Locale,
): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const lines = [
    oneLine(words.summary(where, rows, errors, issues.length - errors)),
    '',
    formatMapping(mapping, words, locale),
  ];
  if (totalsRows) lines.push(words.totalsRows(totalsRows));
  if (notesRows) lines.push(words.notesRows(notesRows));
  if (lineItemRows) lines.push(words.lineItemRows(lineItemRows));
  if (groupRows) lines.push(words.groupRows(groupRows));
  if (defaultsRows) lines.push(words.defaultsRows(defaultsRows));
  if (issues.length > SUMMARY_FROM) lines.push('', words.byProblem, formatProblemCounts(issues, words, locale));
  if (issues.length > 0) {
    const shown = issues.slice(0, TABLE_LIMIT);
    const table = formatTable(
      words.tableHeaders,
      shown.map((i) => [
        String(i.row),
        i.column,
        words.severity(i.severity),
        visibleSpacing(shownValue(i.value)),
        // A suggestion keeping a note's lines shows them as the value does (⏎), not as a space.
        i.message.replace(/\r?\n/g, '⏎'),
      ]),
      [7, 16, 8, 28, 90],
    );
    lines.push('', table);
    if (issues.length > shown.length) lines.push(words.more(issues.length - shown.length));
  } else {
    lines.push('', words.none);
  }
  return `${lines.join('\n')}\n`;
}

/** Each column's problems of one kind, counted: "surname  Name not in standard form  982 warnings". */
function formatProblemCounts(issues: readonly Issue[], words: CheckWords, locale: Locale): string {
  const counts = new Map<string, { column: string; code: Issue['code']; errors: number; warnings: number }>();
  for (const issue of issues) {
    const key = `${issue.column}\u0000${issue.code}`;
    const count = counts.get(key) ?? { column: issue.column, code: issue.code, errors: 0, warnings: 0 };
    if (issue.severity === 'error') count.errors++;
    else count.warnings++;
    counts.set(key, count);
  }
  // Errors first (they are what must be fixed), then the most frequent.
  const sorted = [...counts.values()].sort(
    (a, b) => Number(b.errors > 0) - Number(a.errors > 0) || b.errors + b.warnings - (a.errors + a.warnings),
  );
  const rows = sorted
    .slice(0, SUMMARY_LINES)
    .map((c) => [c.column, issueTitle(c.code, locale), words.problemCount(c.errors, c.warnings)]);
  const rest = sorted.slice(SUMMARY_LINES);
  if (rest.length > 0)
    rows.push([
      '…',
      '',
      words.problemCount(
        rest.reduce((n, c) => n + c.errors, 0),
        rest.reduce((n, c) => n + c.warnings, 0),
      ),
    ]);
  return formatTable(['', '', ''], rows, [16, 40, 30])
    .split('\n')
    .slice(1)
    .map((line) => `  ${line}`)
    .join('\n');
}

/** Why a column got its field, when the header alone does not say: the values decided, or the user did. */
function mappingReason(column: ColumnMapping, words: CheckWords): string {
  if (column.match === 'manual') return words.correction;
  const shape = column.evidence ? words.shapes[column.evidence] : undefined;
  if (shape && (column.redirected || column.match === 'values')) return words.fromValues(shape, !!column.redirected);
  return '';
}

/** Each line on one line of the terminal: a header with a line break typed in it (Mobile⏎Number) shows a space. */
export function formatMapping(
  mapping: HeaderMapping,
  words: CheckWords = checkWords('en-US'),
  locale: Locale = 'en-US',
): string {
  // Two columns headed 电话 are named with their letters, 电话 (C列).
  const names = columnNames(
    mapping.columns.map((c) => c.header),
    locale,
  );
  const name = (c: ColumnMapping) => names[c.col - 1] ?? c.header;
  const mapped = mapping.columns.flatMap((c) => {
    if (c.field) return [`${name(c)} → ${c.field}${c.part ? `.${c.part}` : ''}${mappingReason(c, words)}`];
    return c.secondOf ? [`${name(c)} → ${c.secondOf}${words.second}`] : [];
  });
  const unmapped = mapping.columns.filter((c) => !c.field && !c.secondOf && c.header).map(name);
  const lines = [words.columns(mapped)];
  if (unmapped.length > 0) lines.push(words.leftAlone(unmapped));
  if (mapping.customers === 'company') lines.push(words.companies);
  return joinLines(lines);
}

/** A cell as the table shows it: a true/false value as Excel shows it (TRUE), not as "true". */
function shownValue(value: CellValue): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return cellText(value);
}
