/**
 * What Custodian says about a file it cannot read, one catalogue per language. An error keeps the
 * message's key and parameters (FileText), so the CLI prints it in English and the demo page in
 * the user's language. `surface` names what the user can do next: the CLI has --sheet and Node's
 * memory option, the page has neither.
 */
import { columnLetter } from '../sheet/a1';
import type { Locale } from '../i18n/locale';
import type { MixedEncoding } from './decode-text';

/** What a file that is not a spreadsheet looks like, judged from its first bytes. */
export type LooksLike =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'gzip'
  | 'rar'
  | 'sevenZip'
  | 'program'
  | 'xlsb'
  | 'xls'
  | 'oldExcel'
  | 'encrypted'
  | 'word'
  | 'powerpoint'
  | 'openDocument'
  | 'ods'
  | 'zip'
  | 'binary';

export interface SheetEntry {
  name: string;
  hidden: boolean;
}

interface TooFar {
  sheet: string;
  width: number;
  /** The address of a cell in the last row, and of one in the last column. */
  lowest: string;
  rightmost: string;
  max: number;
  /** Set once the sheet's file is known; the message then starts with it. */
  file?: string;
}

/** Encodings by the names Excel's and Notepad's Save As dialogs give them, the same in every language. */
const ENCODING_NAMES: Record<MixedEncoding['majority'], string> = {
  utf8: 'UTF-8',
  gb18030: 'GBK',
  big5: 'Big5',
  windows1252: 'Windows-1252',
};

export interface FileMessageParams {
  notSpreadsheet: { file: string; looksLike: LooksLike };
  binaryData: { file: string };
  noWorksheets: { file: string };
  unreadableWorkbook: { file: string; reason: string };
  /** `chinese`: the file is in Chinese, so the message is too. */
  unclosedQuote: { file: string; row?: number; chinese?: boolean };
  mixedEncoding: { file: string; majority: MixedEncoding['majority']; majorityLines: number; otherLines: number[] };
  csvTooLarge: { file: string; bytes: number; limit: number };
  /**
   * `budget` names the limit passed: 'fields' when the CSV is read into the snapshot alone,
   * 'cells' when a workbook of it is built. `fitRows` rows of the file's width fit the limit;
   * a heap of `heapMegabytes` (--max-old-space-size) would read it whole.
   */
  csvTooManyFields: {
    file: string;
    fields: number;
    rows: number;
    limit: number;
    budget: 'fields' | 'cells';
    fitRows: number;
    heapMegabytes: number;
  };
  longText: { file: string; limit: number; part: string };
  /** `csvFields`: the larger field budget a CSV of the list is cleaned within, when the list fits it. */
  tooManyCells: { file: string; limit: number; csvFields?: number };
  tooManyStrings: { file: string; limit: number };
  unpacksTooLarge: { file: string; size: number; limit: number };
  sheetNotFound: { file: string; sheet: string; sheets: SheetEntry[] };
  noVisibleSheet: { file: string; sheets: SheetEntry[] };
  /**
   * `sheets` is absent for a CSV file; `chinese`: the sheet's cells are written in Chinese, so the
   * message is (where no language was asked for).
   */
  noCustomerList: { file: string; sheets?: string[]; chinese?: true };
  /** `sheet` is absent for a CSV file (or a file with no bytes); `others` are sheets to try instead. */
  empty: { file: string; sheet?: string; others?: string[] };
  noHeader: { file: string; sheet?: string };
  /** Row 1 is a title; the header is row `row` (its first `headers`). */
  headerBelow: {
    file: string;
    sheet?: string;
    row: number;
    headers: string[];
    group?: string;
    echo?: true;
    table?: string[];
  };
  rowsTooWide: TooFar & { slots: number };
  gridTooLarge: TooFar & { height: number };
  /** `file` holds macros an .xlsx output `out` cannot; `chinese`: its list is in Chinese, so the message is. */
  macrosLost: { file: string; out: string; chinese?: true };
}
export type FileMessageKey = keyof FileMessageParams;
export type FileText = { [K in FileMessageKey]: { key: K; params: FileMessageParams[K] } }[FileMessageKey];
export type Surface = 'cli' | 'page';

type Catalogue = { [K in FileMessageKey]: (p: FileMessageParams[K], surface: Surface) => string };

/** 1234567 → "1,234,567" (the grouping both languages read). */
export function countText(n: number): string {
  return n.toLocaleString('en-US');
}

/** Bytes in the unit a user reads: "205 KB", "200 MB", "1.5 GB". */
export function byteText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${Math.round(bytes / 1024 / 1024)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
}

/** "A", "A and B", "A, B and C". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const s = (n: number) => (n === 1 ? '' : 's');

/** The name a converted copy gets: customers.xls → customers.xlsx (what Save As and soffice write). */
function asXlsx(file: string): string {
  return `${file.replace(/(?<=.)\.[^.]*$/, '')}.xlsx`;
}
const EN_LOOKS: Record<LooksLike, string> = {
  pdf: 'a PDF document',
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  gzip: 'a gzip archive',
  rar: 'a RAR archive',
  sevenZip: 'a 7-Zip archive',
  program: 'a program',
  xlsb: 'an Excel binary workbook (.xlsb)',
  xls: 'an old-format .xls workbook or a password-protected file',
  oldExcel: 'an Excel 97-2003 workbook (.xls)',
  encrypted: 'a workbook protected by a password',
  word: 'a Word document',
  powerpoint: 'a PowerPoint presentation',
  openDocument: 'an OpenDocument file',
  ods: 'an OpenDocument spreadsheet (.ods)',
  zip: 'a zip archive without a workbook inside',
  binary: 'a binary file',
};
const EN_HINTS: Partial<Record<LooksLike, string>> = {
  xlsb: 'Open it in Excel and save it as .xlsx.',
  xls: 'Open it in Excel, remove any password, and save it as .xlsx.',
  openDocument: 'Save it as .xlsx or .csv first.',
};
const enRaise = (surface: Surface) =>
  surface === 'cli'
    ? 'Split the file, or give Node more memory (e.g. NODE_OPTIONS=--max-old-space-size=8192), which raises the limit.'
    : 'Split the file into smaller ones.';
const enSheets = (sheets: SheetEntry[]) =>
  sheets.map((x) => (x.hidden ? `${x.name} (hidden)` : x.name)).join(', ') || 'none';
const enWhere = (file: string, sheet?: string) => (sheet === undefined ? file : `sheet "${sheet}" in ${file}`);
const enPrefix = (file?: string) => (file === undefined ? '' : `${file}: `);

const EN: Catalogue = {
  notSpreadsheet: ({ file, looksLike }, surface) => {
    if (looksLike === 'oldExcel' || looksLike === 'ods') {
      const xlsx = asXlsx(file);
      const app = looksLike === 'ods' ? 'LibreOffice Calc or Excel' : 'Excel, WPS or LibreOffice Calc';
      return (
        `${file} is ${EN_LOOKS[looksLike]}, which Custodian does not read: it reads .xlsx and .csv files. ` +
        `Convert it first: open it in ${app} and choose File > Save As, type Excel Workbook (*.xlsx)` +
        (surface === 'cli'
          ? `; or, where LibreOffice is installed, run soffice --headless --convert-to xlsx "${file}" in its folder, which writes ${xlsx} there. `
          : '. ') +
        `Then open ${xlsx} with Custodian.`
      );
    }
    if (looksLike === 'encrypted')
      return (
        `${file} is ${EN_LOOKS[looksLike]}, so its cells cannot be read. Open it in Excel, remove the password ` +
        '(File > Info > Protect Workbook > Encrypt with Password, clear the box), save it, and try again.'
      );
    return (
      `${file} is not a spreadsheet (it looks like ${EN_LOOKS[looksLike]}). Custodian reads .xlsx and .csv files.` +
      (EN_HINTS[looksLike] ? ` ${EN_HINTS[looksLike]}` : '')
    );
  },
  binaryData: ({ file }) =>
    `${file} is not a spreadsheet: it holds binary data, not .xlsx or CSV text. Custodian reads .xlsx and .csv files.`,
  noWorksheets: ({ file }) => `${file} is not a spreadsheet: it has no worksheets.`,
  unreadableWorkbook: ({ file, reason }) =>
    `${file} could not be opened as an Excel workbook (${reason}). It may be damaged or still being saved: open it in Excel, save it again, and retry.`,
  unclosedQuote: ({ file, row }) =>
    `${file} has a quote (") opened${row === undefined ? '' : ` on row ${row}`} that is never closed, so the rest of the file cannot be split into cells. Fix or remove that quote and try again.`,
  mixedEncoding: ({ file, majority, majorityLines: m, otherLines: lines }) => {
    const shown = lines.slice(0, 10).map(String);
    const list = lines.length > 10 ? `${shown.join(', ')} and ${lines.length - 10} more` : joinAnd(shown);
    const other = majority === 'utf8' ? 'in another encoding (GBK or a Windows code page)' : 'UTF-8';
    return (
      `${file} mixes two text encodings: ${m} line${s(m)} with Chinese or accented letters ${m === 1 ? 'is' : 'are'} ${ENCODING_NAMES[majority]} ` +
      `but line${s(lines.length)} ${list} ${lines.length === 1 ? 'is' : 'are'} ${other}, so one part would be read garbled. ` +
      'Open each source in Excel or a text editor, save it as CSV UTF-8, and combine them again.'
    );
  },
  csvTooLarge: ({ file, bytes, limit }, surface) =>
    `${file} is ${byteText(bytes)}, more than the ${byteText(limit)} of CSV Custodian reads. ${enRaise(surface)}`,
  csvTooManyFields: ({ file, fields, rows, limit, budget, fitRows, heapMegabytes }, surface) =>
    `${file} holds ${countText(fields)} fields in ${countText(rows)} rows, more than the ${countText(limit)} ` +
    `${budget === 'fields' ? 'fields' : 'cells'} Custodian ${budget === 'fields' ? 'reads' : 'holds in a workbook'} with this much memory ` +
    `(about ${countText(fitRows)} rows of this width). Split the file into parts of at most ${countText(fitRows)} rows` +
    (surface === 'cli'
      ? `, or give Node more memory: NODE_OPTIONS=--max-old-space-size=${heapMegabytes} reads it whole.`
      : '.'),
  longText: ({ file, limit, part }) =>
    `${file} holds a single text of more than ${byteText(limit)} (in ${part}); an Excel cell holds at most 32,767 characters, so the file is damaged or was not made by a spreadsheet program.`,
  tooManyCells: ({ file, limit, csvFields }, surface) =>
    `${file} holds more than ${countText(limit)} cells, the most Custodian reads with this much memory. ${enRaise(surface)}` +
    (csvFields
      ? ` Or save the list as CSV UTF-8 (Excel: File > Save As) and clean that: a CSV is cleaned in up to ${countText(csvFields)} fields.`
      : ''),
  tooManyStrings: ({ file, limit }) =>
    `${file} holds more than ${countText(limit)} shared texts, more than the cells Custodian reads, so most serve no cell; the file is damaged or was not made by a spreadsheet program.`,
  unpacksTooLarge: ({ file, size, limit }, surface) =>
    `${file} (${byteText(size)}) unpacks to more than ${byteText(limit)}, the most Custodian reads with this much memory. ${enRaise(surface)}`,
  sheetNotFound: ({ file, sheet, sheets }) => `Sheet "${sheet}" not found in ${file}. Sheets: ${enSheets(sheets)}`,
  noVisibleSheet: ({ file, sheets }, surface) =>
    `${file} has no visible sheet to read. Sheets: ${enSheets(sheets)}.${surface === 'cli' ? ' Name one with --sheet.' : ''}`,
  noCustomerList: ({ file, sheets }, surface) =>
    `No customer list found in ${sheets ? `${file} (sheets: ${sheets.join(', ')})` : file}: no column is headed like a customer ID, name, phone, email or company. ` +
    (sheets && surface === 'cli' ? 'Name the sheet to use with --sheet.' : 'Check the header row.'),
  empty: ({ file, sheet, others }, surface) =>
    `${sheet === undefined ? file : `Sheet "${sheet}" in ${file}`} is empty: there is no data to read.` +
    (others?.length ? ` Other sheets: ${others.join(', ')}.${surface === 'cli' ? ' Name one with --sheet.' : ''}` : ''),
  noHeader: ({ file, sheet }) =>
    `Row 1 of ${enWhere(file, sheet)} has no column headers (it is blank, or holds data such as numbers and dates). Add a header row naming each column, e.g. Name, Phone, Email.`,
  headerBelow: ({ file, sheet, row, headers, group, echo, table }, surface) =>
    (table
      ? `Rows 1–${row - 1} of ${enWhere(file, sheet)} hold another table (${table.join(', ')}…) above the customers, whose header is row ${row} (${headers.join(', ')}…). ` +
        `Custodian reads the header from row 1: put the customers on a sheet of their own (or delete rows 1–${row - 1}) and run again.`
      : echo
        ? `Row 2 of ${enWhere(file, sheet)} says the headers again in other words (${headers.join(', ')}…) and would be read as a customer. ` +
          'Custodian reads one header row: delete row 2 (or put both wordings in one header) and run again.'
        : group !== undefined
          ? `${sheet === undefined ? file : `Sheet "${sheet}" in ${file}`} has a two-row header: "${group}" in row 1 is split into ${headers.join(', ')} in row 2. ` +
            `Custodian reads one header row: make the header one row, a header per column (${headers.join(', ')}), and run again.`
          : `Row 1 of ${enWhere(file, sheet)} is a title, not the header: the header looks to be row ${row} (${headers.join(', ')}…). ` +
            `Custodian reads the header from row 1: delete ${row === 2 ? 'row 1' : `rows 1–${row - 1}`} above it (the title can go in the file or sheet name) and run again.`) +
    (surface === 'cli' ? ' (Every other command reads the list as it is; clean moves its header up to row 1.)' : ''),
  rowsTooWide: (p) =>
    `${enPrefix(p.file)}Sheet "${p.sheet}" has rows reaching as far as column ${columnLetter(p.width)} (${p.lowest === p.rightmost ? `a cell at ${p.lowest}` : `cells at ${p.lowest} and ${p.rightmost}`}, values or formatting): ` +
    `${countText(p.slots)} cells to read, more than the ${countText(p.max)} Custodian reads. ` +
    'Clear the cells beyond your list (Home > Clear > Clear All) and save the file again.',
  macrosLost: ({ file, out }, surface) =>
    `${file} holds macros (a VBA project) that ${out} cannot hold: Custodian writes .xlsx files, which have no macros, and never an .xlsm without its macros. ` +
    (surface === 'cli'
      ? `To write ${out} without the macros, run again with --drop-macros; ${file} keeps them unchanged.`
      : `Saving as .xlsx writes it without them; ${file} keeps them unchanged.`),
  gridTooLarge: (p) => {
    const one = p.lowest === p.rightmost;
    return (
      `${enPrefix(p.file)}Sheet "${p.sheet}" reaches row ${countText(p.height)} and column ${columnLetter(p.width)} because of ${one ? `a value at ${p.lowest}` : `values at ${p.lowest} and ${p.rightmost}`}: ` +
      `${countText(p.height * p.width)} cells from A1, more than the ${countText(p.max)} Custodian reads. ` +
      `If ${one ? 'that value was' : 'those values were'} typed by mistake, delete ${one ? 'it' : 'them'} and save the file again.`
    );
  },
};

const ZH_LOOKS: Record<LooksLike, string> = {
  pdf: 'PDF 文档',
  png: 'PNG 图片',
  jpeg: 'JPEG 图片',
  gif: 'GIF 图片',
  gzip: 'gzip 压缩包',
  rar: 'RAR 压缩包',
  sevenZip: '7-Zip 压缩包',
  program: '程序文件',
  xlsb: 'Excel 二进制工作簿（.xlsb）',
  xls: '旧格式的 .xls 工作簿或设有密码的文件',
  oldExcel: 'Excel 97-2003 工作簿（.xls）',
  encrypted: '设有打开密码的工作簿',
  word: 'Word 文档',
  powerpoint: 'PowerPoint 演示文稿',
  openDocument: 'OpenDocument 文件',
  ods: 'OpenDocument 电子表格（.ods）',
  zip: '不含工作簿的 zip 压缩包',
  binary: '二进制文件',
};
const ZH_HINTS: Partial<Record<LooksLike, string>> = {
  xlsb: '请在 Excel 中打开并另存为 .xlsx。',
  xls: '请在 Excel 中打开，取消密码，再另存为 .xlsx。',
  openDocument: '请先另存为 .xlsx 或 .csv。',
};
const zhRaise = (surface: Surface) =>
  surface === 'cli'
    ? '请拆分文件，或给 Node 更多内存（如 NODE_OPTIONS=--max-old-space-size=8192）以提高上限。'
    : '请把文件拆分成较小的几个。';
const zhSheets = (sheets: SheetEntry[]) =>
  sheets.map((x) => (x.hidden ? `${x.name}（隐藏）` : x.name)).join('、') || '无';
const zhWhere = (file: string, sheet?: string) => (sheet === undefined ? file : `${file} 的工作表“${sheet}”`);
const zhPrefix = (file?: string) => (file === undefined ? '' : `${file}：`);

const ZH: Catalogue = {
  notSpreadsheet: ({ file, looksLike }, surface) => {
    if (looksLike === 'oldExcel' || looksLike === 'ods') {
      const xlsx = asXlsx(file);
      const app = looksLike === 'ods' ? 'LibreOffice Calc 或 Excel' : 'Excel、WPS 表格或 LibreOffice Calc';
      return (
        `${file} 是${ZH_LOOKS[looksLike]}，Custodian 不能读取：它读取 .xlsx 和 .csv 文件。` +
        `请先转换：在 ${app} 中打开，选择“文件 > 另存为”，保存类型选“Excel 工作簿（*.xlsx）”` +
        (surface === 'cli'
          ? `；或在装有 LibreOffice 的电脑上，于文件所在文件夹运行 soffice --headless --convert-to xlsx "${file}"，会在同一文件夹生成 ${xlsx}。`
          : '。') +
        `然后用 Custodian 打开 ${xlsx}。`
      );
    }
    if (looksLike === 'encrypted')
      return (
        `${file} 是${ZH_LOOKS[looksLike]}，无法读取其中的单元格。请在 Excel 中打开，取消密码` +
        '（文件 > 信息 > 保护工作簿 > 用密码进行加密，清空密码框），保存后再试。'
      );
    return `${file} 不是电子表格（看起来是${ZH_LOOKS[looksLike]}）。Custodian 读取 .xlsx 和 .csv 文件。${ZH_HINTS[looksLike] ?? ''}`;
  },
  binaryData: ({ file }) =>
    `${file} 不是电子表格：其中是二进制数据，不是 .xlsx 或 CSV 文本。Custodian 读取 .xlsx 和 .csv 文件。`,
  noWorksheets: ({ file }) => `${file} 不是电子表格：其中没有工作表。`,
  unreadableWorkbook: ({ file, reason }) =>
    `无法把 ${file} 作为 Excel 工作簿打开（${reason}）。文件可能已损坏或尚未保存完：请在 Excel 中打开、重新保存后再试。`,
  unclosedQuote: ({ file, row }) =>
    `${file}${row === undefined ? ' ' : ` 第 ${row} 行`}有一个引号（"）没有闭合，之后的内容无法分成单元格。请修正或删除该引号后再试。`,
  mixedEncoding: ({ file, majority, majorityLines, otherLines }) => {
    const shown = otherLines.slice(0, 10).join('、');
    const list = otherLines.length > 10 ? `${shown} 等 ${otherLines.length} 行` : `${shown} 行`;
    const other = majority === 'utf8' ? '另一种编码（GBK 或 Windows 代码页）' : 'UTF-8';
    return (
      `${file} 混用了两种文字编码：${majorityLines} 行含中文或重音字母的内容是 ${ENCODING_NAMES[majority]}，` +
      `但第 ${list}是${other}，其中一部分会读成乱码。请在 Excel 或文本编辑器中把每个来源另存为“CSV UTF-8”，再重新合并。`
    );
  },
  csvTooLarge: ({ file, bytes, limit }, surface) =>
    `${file} 有 ${byteText(bytes)}，超过 Custodian 读取的 CSV 上限 ${byteText(limit)}。${zhRaise(surface)}`,
  csvTooManyFields: ({ file, fields, rows, limit, budget, fitRows, heapMegabytes }, surface) =>
    `${file} 有 ${countText(rows)} 行、${countText(fields)} 个字段，超过 Custodian 在当前内存下` +
    `${budget === 'fields' ? '读取的' : '在工作簿中容纳的'} ${countText(limit)} 个${budget === 'fields' ? '字段' : '单元格'}` +
    `（按这个宽度约 ${countText(fitRows)} 行）。请把文件拆分成每份不超过 ${countText(fitRows)} 行` +
    (surface === 'cli'
      ? `，或给 Node 更多内存：NODE_OPTIONS=--max-old-space-size=${heapMegabytes} 可读取整个文件。`
      : '。'),
  longText: ({ file, limit, part }) =>
    `${file} 中有一段超过 ${byteText(limit)} 的文字（在 ${part} 中）；Excel 单元格最多 32,767 个字符，所以文件已损坏或不是电子表格程序生成的。`,
  tooManyCells: ({ file, limit, csvFields }, surface) =>
    `${file} 有超过 ${countText(limit)} 个单元格，这是 Custodian 在当前内存下读取的上限。${zhRaise(surface)}` +
    (csvFields
      ? `也可以把名单另存为 CSV UTF-8（Excel：文件 > 另存为）再清理：CSV 最多可清理 ${countText(csvFields)} 个字段。`
      : ''),
  tooManyStrings: ({ file, limit }) =>
    `${file} 有超过 ${countText(limit)} 条共享文字，多于 Custodian 读取的单元格数，大多不属于任何单元格；文件已损坏或不是电子表格程序生成的。`,
  unpacksTooLarge: ({ file, size, limit }, surface) =>
    `${file}（${byteText(size)}）解压后超过 ${byteText(limit)}，这是 Custodian 在当前内存下读取的上限。${zhRaise(surface)}`,
  sheetNotFound: ({ file, sheet, sheets }) => `${file} 中没有工作表“${sheet}”。工作表：${zhSheets(sheets)}`,
  noVisibleSheet: ({ file, sheets }, surface) =>
    `${file} 中没有可读取的可见工作表。工作表：${zhSheets(sheets)}。${surface === 'cli' ? '请用 --sheet 指定一个。' : ''}`,
  noCustomerList: ({ file, sheets }, surface) =>
    `${sheets ? `${file}（工作表：${sheets.join('、')}）` : file} 中没有找到客户名单：没有哪一列的标题像客户编号、姓名、电话、邮箱或公司。` +
    (sheets && surface === 'cli' ? '请用 --sheet 指定要使用的工作表。' : '请检查标题行。'),
  empty: ({ file, sheet, others }, surface) =>
    `${zhWhere(file, sheet)}是空的：没有可读取的数据。` +
    (others?.length ? `其他工作表：${others.join('、')}。${surface === 'cli' ? '请用 --sheet 指定一个。' : ''}` : ''),
  noHeader: ({ file, sheet }) =>
    `${zhWhere(file, sheet)}的第 1 行没有列标题（是空的，或是数字、日期等数据）。请添加一行标题，写明每列的名称，如 姓名、手机、邮箱。`,
  headerBelow: ({ file, sheet, row, headers, group, echo, table }, surface) =>
    (table
      ? `${zhWhere(file, sheet)}的第 1–${row - 1} 行是另一张表（${table.join('、')}…），客户表的表头在第 ${row} 行（${headers.join('、')}…）。` +
        `Custodian 从第 1 行读取表头：请把客户表放到单独的工作表（或删除第 1–${row - 1} 行），然后重新运行。`
      : echo
        ? `${zhWhere(file, sheet)}的第 2 行用另一种说法重复了表头（${headers.join('、')}…），会被当作一位客户。` +
          'Custodian 只读一行表头：请删除第 2 行（或把两种说法写进同一个标题），然后重新运行。'
        : group !== undefined
          ? `${zhWhere(file, sheet)}有两行表头：第 1 行的“${group}”在第 2 行分为 ${headers.join('、')}。` +
            `Custodian 只读一行表头：请把表头合并成一行，每列一个标题（如 ${headers.join('、')}），然后重新运行。`
          : `${zhWhere(file, sheet)}的第 1 行是标题，不是表头：表头看起来在第 ${row} 行（${headers.join('、')}…）。` +
            `Custodian 从第 1 行读取表头：请删除表头上方的${row === 2 ? '第 1 行' : `第 1–${row - 1} 行`}（标题可以写进文件名或工作表名），然后重新运行。`) +
    (surface === 'cli' ? '（其他命令都能直接读取这张表；clean 会把表头移到第 1 行。）' : ''),
  rowsTooWide: (p) =>
    `${zhPrefix(p.file)}工作表“${p.sheet}”的行一直延伸到 ${columnLetter(p.width)} 列（${p.lowest === p.rightmost ? p.lowest : `${p.lowest} 和 ${p.rightmost}`} 处有值或格式）：` +
    `需读取 ${countText(p.slots)} 个单元格，超过 Custodian 读取的 ${countText(p.max)} 个。请清除名单以外的单元格（开始 > 清除 > 全部清除）后重新保存文件。`,
  macrosLost: ({ file, out }, surface) =>
    `${file} 含有宏（VBA 工程），而 ${out} 不能保存宏：Custodian 写入的是 .xlsx 文件，不含宏，也从不写出丢了宏的 .xlsm。` +
    (surface === 'cli'
      ? `如确认不需要宏，请加上 --drop-macros 重新运行，写出不含宏的 ${out}；${file} 中的宏保持不变。`
      : `另存为 .xlsx 会不含这些宏；${file} 中的宏保持不变。`),
  gridTooLarge: (p) =>
    `${zhPrefix(p.file)}工作表“${p.sheet}”因 ${p.lowest === p.rightmost ? p.lowest : `${p.lowest} 和 ${p.rightmost}`} 处的值延伸到第 ${countText(p.height)} 行、${columnLetter(p.width)} 列：` +
    `从 A1 起共 ${countText(p.height * p.width)} 个单元格，超过 Custodian 读取的 ${countText(p.max)} 个。如果是误输入，请删除后重新保存文件。`,
};

const CATALOGUES: Record<Locale, Catalogue> = { 'en-US': EN, 'zh-CN': ZH };

/** The message in `locale`; the CLI's messages are English. */
export function fileMessage(text: FileText, locale: Locale = 'en-US', surface: Surface = 'cli'): string {
  const render = CATALOGUES[locale][text.key] as (p: FileText['params'], surface: Surface) => string;
  return render(text.params, surface);
}
