/**
 * The parts of an .xlsx that a read-only command needs, read straight from the zip bytes without
 * exceljs's workbook model: the sheet list, the number formats of the cell styles and the shared
 * strings. Each part is inflated and tokenized as a stream (see xml-tokens.ts). Values are turned
 * into the core's CellValue as exceljs's loader and shared/files/exceljs-cells.ts would.
 */
import { XmlTokenizer, attribute, type XmlHandler } from './xml-tokens';
import { entryData, inflated, zipEntries, type PartsMeter, type ZipEntry } from './xlsx-scan';

export interface XlsxSheetEntry {
  name: string;
  /** 'visible', 'hidden' or 'veryHidden', as exceljs reports it. */
  state: string;
  /** The zip entry holding the sheet's XML; undefined when the workbook names a missing part. */
  part: ZipEntry | undefined;
}

export interface XlsxBook {
  bytes: Uint8Array;
  /** The limits every part read is held to, when the read is metered as it goes. */
  meter?: PartsMeter;
  sheets: XlsxSheetEntry[];
  date1904: boolean;
  /** The number format of each cell style (cellXfs index), undefined for General. */
  styleFormats: (string | undefined)[];
  /** Shared strings as the text a user sees (rich text runs joined); null for an empty entry. */
  strings: (string | null)[];
  /** Every part of the zip by its path (xl/worksheets/_rels/sheet1.xml.rels). */
  entries: ReadonlyMap<string, ZipEntry>;
}

/** Excel's built-in number formats that exceljs names (others, locale-dependent, it leaves unnamed). */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Streams one part through `handler`; stops early once `done()` says so (a sample read). */
export async function readPart(
  bytes: Uint8Array,
  entry: ZipEntry,
  handler: XmlHandler,
  done: () => boolean = () => false,
  meter?: PartsMeter,
): Promise<void> {
  const data = entryData(bytes, entry);
  if (!data || (entry.method !== 0 && entry.method !== 8)) throw new Error(`cannot read ${entry.name}`);
  const tokenizer = new XmlTokenizer(handler);
  const decoder = new TextDecoder();
  const metered = meter?.part(entry.name);
  try {
    for await (const chunk of inflated(data, entry.method)) {
      metered?.feed(chunk);
      tokenizer.feed(decoder.decode(chunk, { stream: true }));
      if (done()) return;
    }
  } finally {
    metered?.end();
  }
  tokenizer.feed(decoder.decode());
  tokenizer.end();
}

/** Element handlers keyed by local name; text goes to whichever collector is open. */
function handler(open: (name: string, attrs: string) => void, close: (name: string) => void = () => undefined) {
  let collect: string[] | undefined;
  return {
    handler: {
      open: (name: string, attrs: string) => open(name, attrs),
      close,
      text: (text: string) => collect?.push(text),
    } satisfies XmlHandler,
    collect: (into: string[] | undefined) => (collect = into),
  };
}

/** Excel's escape for characters XML cannot hold (`_x000D_`), as exceljs decodes it in shared strings. */
function unescapeX(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

async function readStrings(
  bytes: Uint8Array,
  entry: ZipEntry | undefined,
  meter?: PartsMeter,
): Promise<(string | null)[]> {
  const strings: (string | null)[] = [];
  if (!entry) return strings;
  let plain: string | undefined;
  let runs: string[] | undefined;
  let depth = { r: false, rPh: false };
  let text: string[] = [];
  const h = handler(
    (name) => {
      if (name === 'si') [plain, runs, depth] = [undefined, undefined, { r: false, rPh: false }];
      else if (name === 'r') depth.r = true;
      else if (name === 'rPh') depth.rPh = true;
      else if (name === 't' && !depth.rPh) h.collect((text = []));
    },
    (name) => {
      if (name === 't' && !depth.rPh) {
        h.collect(undefined);
        const value = unescapeX(text.join(''));
        if (depth.r) (runs ??= []).push(value);
        else plain = value;
      } else if (name === 'r') depth.r = false;
      else if (name === 'rPh') depth.rPh = false;
      else if (name === 'si') strings.push(runs ? runs.join('') : (plain ?? null));
    },
  );
  await readPart(bytes, entry, h.handler, undefined, meter);
  return strings;
}

async function readStyleFormats(
  bytes: Uint8Array,
  entry: ZipEntry | undefined,
  meter?: PartsMeter,
): Promise<(string | undefined)[]> {
  const formats: (string | undefined)[] = [];
  if (!entry) return formats;
  const custom = new Map<number, string>();
  let within = '';
  const h = handler(
    (name, attrs) => {
      if (name === 'numFmts' || name === 'cellXfs') within = name;
      else if (name === 'numFmt' && within === 'numFmts')
        // exceljs drops the backslash of an escaped character (`yyyy\\年` reads `yyyy年`).
        custom.set(
          Number(attribute(attrs, 'numFmtId')),
          (attribute(attrs, 'formatCode') ?? '').replace(/\\(.)/g, '$1'),
        );
      else if (name === 'xf' && within === 'cellXfs') {
        // As exceljs: numFmtId 0 (General) gives no format; unknown built-ins none either.
        const id = Number(attribute(attrs, 'numFmtId') ?? 0);
        formats.push(id ? (custom.get(id) ?? BUILT_IN_FORMATS[id]) : undefined);
      }
    },
    (name) => {
      if (name === within) within = '';
    },
  );
  await readPart(bytes, entry, h.handler, undefined, meter);
  return formats;
}

/**
 * The workbook's sheets, date system, styles and shared strings; undefined when the zip or its
 * workbook part cannot be followed (the full loader then reports the damage in its own words).
 */
export async function readXlsxBook(bytes: Uint8Array, meter?: PartsMeter): Promise<XlsxBook | undefined> {
  const list = zipEntries(bytes);
  if (!list) return undefined;
  const entries = new Map(list.map((e) => [e.name.replace(/^\//, ''), e]));
  const workbook = entries.get('xl/workbook.xml');
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return undefined;
  const targets = new Map<string, string>();
  await readPart(
    bytes,
    rels,
    handler((name, attrs) => {
      if (name !== 'Relationship') return;
      const target = attribute(attrs, 'Target') ?? '';
      targets.set(attribute(attrs, 'Id') ?? '', target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }).handler,
    undefined,
    meter,
  );
  const sheets: XlsxSheetEntry[] = [];
  let date1904 = false;
  await readPart(
    bytes,
    workbook,
    handler((name, attrs) => {
      if (name === 'workbookPr') date1904 = attribute(attrs, 'date1904') === '1';
      if (name !== 'sheet') return;
      const target = targets.get(attribute(attrs, 'id') ?? '');
      sheets.push({
        name: attribute(attrs, 'name') ?? '',
        state: attribute(attrs, 'state') ?? 'visible',
        part: target === undefined ? undefined : entries.get(target),
      });
    }).handler,
    undefined,
    meter,
  );
  const styleFormats = await readStyleFormats(bytes, entries.get('xl/styles.xml'), meter);
  const strings = await readStrings(bytes, entries.get('xl/sharedStrings.xml'), meter);
  return { bytes, sheets, date1904, styleFormats, strings, entries, ...(meter ? { meter } : {}) };
}

/** The targets of a sheet's relationships (its hyperlinks' among them), by relationship id. */
export async function sheetRelationships(book: XlsxBook, part: ZipEntry): Promise<Map<string, string>> {
  const name = part.name.replace(/^\//, '');
  const slash = name.lastIndexOf('/');
  const rels = book.entries.get(`${name.slice(0, slash + 1)}_rels/${name.slice(slash + 1)}.rels`);
  const targets = new Map<string, string>();
  if (!rels) return targets;
  await readPart(
    book.bytes,
    rels,
    handler((tag, attrs) => {
      if (tag === 'Relationship') targets.set(attribute(attrs, 'Id') ?? '', attribute(attrs, 'Target') ?? '');
    }).handler,
    undefined,
    book.meter,
  );
  return targets;
}
