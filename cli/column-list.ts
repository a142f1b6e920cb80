/**
 * Columns named on the command line (`--columns a,b`, `--map H=F,H=-`, `--rule H=sum`). A header with a
 * comma in it (Typeform's "Company, if any") is named in double quotes, as in a CSV; any column can also
 * be named by its letter (E) or, when its header has a line break (Mobile⏎Number), with a space there.
 */
import { columnLetter, columnNumber } from '../shared/sheet/a1';
import { UsageError } from './cli-error';

/** One item of a list: `quoted` is the text of a leading "…" (quotes taken off), `rest` what follows it. */
export interface ListItem {
  quoted?: string;
  rest: string;
}

const CLOSING: Readonly<Record<string, string>> = { '"': '"', '“': '”' };

/**
 * Splits a comma list (`,` and, where `fullWidth`, `，` as a Chinese keyboard types it) where a quote
 * opens an item: "Company, if any",Email is two items. Inside quotes "" is one quote character. A quote
 * further in an item is part of it (Bob "Bobby" Li).
 */
export function splitColumnList(text: string, option: string, fullWidth = true): ListItem[] {
  const items: ListItem[] = [];
  const isSeparator = (ch: string) => ch === ',' || (fullWidth && ch === '，');
  let i = 0;
  while (i <= text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    const close = CLOSING[text[i] ?? ''];
    let quoted: string | undefined;
    if (close !== undefined) {
      quoted = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length)
          throw new UsageError(`${option}: a quote is not closed in ${text}; put a header with a comma in "…"`);
        if (text[j] === close && text[j + 1] === close && close === '"') {
          quoted += close;
          j += 2;
        } else if (text[j] === close) break;
        else quoted += text[j++];
      }
      i = j + 1;
    }
    let rest = '';
    while (i < text.length && !isSeparator(text[i]!)) rest += text[i++];
    i++; // past the separator (or the end)
    rest = rest.trim();
    if (quoted !== undefined) items.push({ quoted, rest });
    else if (rest) items.push({ rest });
  }
  return items;
}

/** The names of a `--columns` list, each with whether it was quoted (then it is a header, never a letter). */
export function columnNames(
  text: string,
  option = '--columns',
  fullWidth = true,
): Array<{ name: string; quoted: boolean }> {
  return splitColumnList(text, option, fullWidth).map((item) => {
    if (item.quoted === undefined) return { name: item.rest, quoted: false };
    if (item.rest)
      throw new UsageError(
        `${option}: "${item.quoted}"${item.rest} has text after its closing quote; put a comma between columns`,
      );
    return { name: item.quoted, quoted: true };
  });
}

/** A header with its white space made single spaces: Mobile⏎Number is named Mobile Number. */
function squashed(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A column letter as Excel heads the column (A, Z, AA: capitals only) as a 0-based index, or -1. */
function letterIndex(name: string): number {
  return /^[A-Z]{1,3}$/.test(name) ? columnNumber(name) - 1 : -1;
}

/**
 * The header a name on the command line means: the header itself; the header with a line break where
 * the name has a space (one such header only); or, unless the name was quoted, the column of that
 * letter (E: the fifth) when no header is called so. Undefined when none.
 */
export function resolveColumn(name: string, headers: readonly string[], quoted = false): string | undefined {
  const [index] = columnsNamed(name, headers, quoted);
  return index === undefined ? undefined : headers[index];
}

/**
 * The 0-based columns a name on the command line means, as resolveColumn reads it: several where two
 * columns have that header (电话 over a mobile and a landline), one where it is a letter. Empty when none.
 */
export function columnsNamed(name: string, headers: readonly string[], quoted = false): number[] {
  const exact = headers.flatMap((h, i) => (h === name ? [i] : []));
  if (exact.length > 0) return exact;
  const wanted = squashed(name);
  const spaced = headers.flatMap((h, i) => (h && squashed(h) === wanted ? [i] : []));
  if (spaced.length === 1 || (spaced.length > 1 && new Set(spaced.map((i) => headers[i])).size === 1)) return spaced;
  if (quoted) return [];
  const index = letterIndex(name);
  return headers[index] ? [index] : [];
}

/** "电话" is two columns' header: which letters to name instead, for a usage error. */
export function sharedHeaderHint(option: string, header: string, indexes: readonly number[], after = ''): string {
  const letters = indexes.map((i) => columnLetter(i + 1));
  const listed = `${letters.slice(0, -1).join(', ')} and ${letters[letters.length - 1]}`;
  return `${option}: columns ${listed} are ${letters.length > 2 ? 'all' : 'both'} headed "${header}"; name one by its letter, e.g. ${option} "${letters[letters.length - 1]}${after}"`;
}

/** The sheet's columns as an error lists them: each on one line, one with a comma in quotes, with its letter. */
export function listColumns(headers: readonly string[]): string {
  return headers
    .map((h, i) => (h ? `${quotedIfComma(squashed(h))} (${columnLetter(i + 1)})` : ''))
    .filter(Boolean)
    .join(', ');
}

function quotedIfComma(header: string): string {
  return /[,，]/.test(header) ? `"${header}"` : header;
}

/**
 * For an error naming a column the sheet does not have: how to name a header that holds a comma, if
 * the sheet has one (the one `named` is a piece of, if any), as a shell takes it.
 */
export function commaHint(
  headers: readonly string[],
  option: string,
  after = '',
  named: readonly string[] = [],
): string {
  const commas = headers.filter((h) => /[,，]/.test(h)).map(squashed);
  const header = commas.find((h) => named.some((n) => n && h.includes(n))) ?? commas[0];
  if (header === undefined) return '';
  const example = header.includes("'") ? `"\\"${header}\\"${after}"` : `'"${header}"${after}'`;
  return `. A header with a comma goes in double quotes, ${option} ${example}, or is named by its column letter`;
}
