/**
 * Where a valid .xlsx departs from what exceljs 4.4.0's loader assumes, and the edits that show
 * it the same workbook in a form it reads. openpyxl (pandas' `to_excel`) writes what the OPC and
 * SpreadsheetML specs allow but exceljs cannot follow: relationship targets as absolute part names
 * (`/xl/comments/comment1.xml`; exceljs looks parts up by relative target, `../comments1.xml`),
 * notes and their VML under names of its own (exceljs reads only `xl/commentsN.xml` and
 * `xl/drawings/vmlDrawingN.vml`), note text without runs (exceljs reads runs only), drawings in a
 * default namespace (exceljs matches `xdr:wsDr` literally) and tables with no style element. Excel's
 * own tables omit what is default (a header row, filter buttons shown), which exceljs reads as absent.
 * Each makes exceljs throw, or load a note empty. Pure: names and texts in, edits out.
 */
import { attribute } from './xml-tokens';
import { isRelsPart, partName, relativeTarget, resolveTarget, sourceFolder } from './opc-paths';

export interface PackageEdits {
  /** Parts to show exceljs under another name, by their name in the file. */
  renames: Map<string, string>;
  /** Parts to show exceljs with other text, by their name in the file. */
  texts: Map<string, string>;
}

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const COMMENTS = `${RELATIONSHIPS}comments`;
const VML_DRAWING = `${RELATIONSHIPS}vmlDrawing`;
const SPREADSHEET_DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** The names exceljs's loader reads notes and their VML under (xlsx.js's patterns, unanchored as there). */
const EXCELJS_NAMES: Record<string, { pattern: RegExp; name: (n: number) => string }> = {
  [COMMENTS]: { pattern: /xl\/comments\d+\.xml/, name: (n) => `xl/comments${n}.xml` },
  [VML_DRAWING]: { pattern: /xl\/drawings\/vmlDrawing\d+\.vml/, name: (n) => `xl/drawings/vmlDrawing${n}.vml` },
};

/** The drawings and tables exceljs parses (xlsx.js's patterns, anchored). */
const DRAWING_PART = /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/;
const TABLE_PART = /^xl\/tables\/table\d+\.xml$/;
/** Where Excel (`xl/comments1.xml`) and openpyxl (`xl/comments/comment1.xml`) put notes. */
const NOTES_PART = /^xl\/(comments\/)?comments?\d+\.xml$/;

/** The parts whose text editsForExceljs needs: relationships, and the notes, drawings and tables exceljs parses. */
export function needsText(entry: string): boolean {
  const part = partName(entry);
  return isRelsPart(part) || DRAWING_PART.test(part) || TABLE_PART.test(part) || NOTES_PART.test(part);
}

/**
 * The edits exceljs needs to load the package of zip entries `names`, given the text of each
 * part needsText picks; undefined when it reads the package as it is (as it does Excel's own).
 */
export function editsForExceljs(
  names: readonly string[],
  texts: ReadonlyMap<string, string>,
): PackageEdits | undefined {
  const taken = new Set(names.map(partName));
  const renamed = new Map<string, string>();
  const notes = new Set<string>();
  /** The name exceljs must see a relationship's target part under. */
  const follow = (part: string, type: string): string => {
    if (type === COMMENTS) notes.add(part);
    const exceljs = EXCELJS_NAMES[type];
    if (!exceljs || exceljs.pattern.test(part) || !taken.has(part)) return part;
    let name = renamed.get(part);
    if (name === undefined) {
      let n = 1;
      while (taken.has(exceljs.name(n))) n++;
      name = exceljs.name(n);
      taken.add(name);
      renamed.set(part, name);
    }
    return name;
  };
  const content = (part: string, text: string): string | undefined => {
    if (notes.has(part)) return notesAsRuns(text);
    if (DRAWING_PART.test(part)) return prefixedDrawing(text);
    if (TABLE_PART.test(part)) return tableForExceljs(text);
    return undefined;
  };
  const edits: PackageEdits = { renames: new Map(), texts: new Map() };
  const edit = (name: string, edited: string | undefined) => {
    if (edited !== undefined && edited !== texts.get(name)) edits.texts.set(name, edited);
  };
  // Relationships first: they say which parts hold notes.
  for (const name of names.filter((n) => isRelsPart(n) && texts.has(n)))
    edit(name, relativeTargets(texts.get(name)!, sourceFolder(name), follow));
  for (const name of names.filter((n) => !isRelsPart(n) && texts.has(n)))
    edit(name, content(partName(name), texts.get(name)!));
  for (const name of names) {
    const target = renamed.get(partName(name));
    if (target !== undefined) edits.renames.set(name, target);
  }
  return edits.texts.size + edits.renames.size > 0 ? edits : undefined;
}

/**
 * A relationships part with each internal target that is absolute, or names a part exceljs reads
 * only under another name, written relative to `folder`. Relative and external targets are kept.
 */
function relativeTargets(xml: string, folder: string, follow: (part: string, type: string) => string): string {
  return xml.replace(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g, (tag) => {
    if (/^External$/i.test(attribute(tag, 'TargetMode') ?? '')) return tag;
    const target = attribute(tag, 'Target');
    if (target === undefined || target === '') return tag;
    const part = resolveTarget(folder, target);
    const name = follow(part, attribute(tag, 'Type') ?? '');
    if (!target.startsWith('/') && name === part) return tag;
    const written = escape(relativeTarget(folder, name));
    return tag.replace(/(\sTarget\s*=\s*)(?:"[^"]*"|'[^']*')/, (_, before: string) => `${before}"${written}"`);
  });
}

/**
 * Notes whose text is plain (`<text><t>VIP</t></text>`, as openpyxl writes it) given it as one
 * run (`<text><r><t>VIP</t></r></text>`): exceljs reads only runs and would load the note empty.
 */
function notesAsRuns(xml: string): string {
  return xml.replace(
    /(<([\w.-]+:)?text>\s*)(<\2t\b[^>]*\/>|<\2t\b[^>]*>[^<]*<\/\2t>)/g,
    (_, open: string, prefix = '', t: string) => `${open}<${prefix}r>${t}</${prefix}r>`,
  );
}

/**
 * A drawing written in the spreadsheetDrawing default namespace, with its elements given the
 * `xdr:` prefix exceljs's parser matches. Left alone when another default namespace is declared
 * in it (its elements are not all drawing elements) or it already uses the prefix.
 */
function prefixedDrawing(xml: string): string | undefined {
  const root = /<([A-Za-z_][\w.:-]*)/.exec(xml);
  const defaults = xml.match(/\sxmlns\s*=\s*("[^"]*"|'[^']*')/g) ?? [];
  if (root?.[1] !== 'wsDr' || defaults.length !== 1 || !defaults[0].includes(SPREADSHEET_DRAWING)) return undefined;
  if (/\sxmlns:xdr\s*=/.test(xml)) return undefined;
  return xml.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, '<$1xdr:$2').replace(/\sxmlns(\s*=)/, ' xmlns:xdr$1');
}

/** A table as exceljs reads it the way Excel does; undefined when it does already. */
function tableForExceljs(xml: string): string | undefined {
  const edited = withFilterButtons(withHeaderRow(styledTable(xml) ?? xml));
  return edited === xml ? undefined : edited;
}

/**
 * A table with no headerRowCount (Excel omits the default, 1) given it: exceljs reads the missing
 * attribute as no header row and writes headerRowCount="0", which turns the header into a data row.
 */
function withHeaderRow(xml: string): string {
  return xml.replace(/<([\w.-]+:)?table\b[^>]*>/, (open) =>
    /\sheaderRowCount\s*=/.test(open) ? open : open.replace(/(\s*\/?>)$/, ' headerRowCount="1"$1'),
  );
}

/**
 * The table's filter with a filterColumn per column, in column order: exceljs gives the n-th
 * filterColumn's button to the n-th column and hides the button of every column it finds none for,
 * while Excel writes none for a column whose button shows.
 */
function withFilterButtons(xml: string): string {
  const prefix = /<([\w.-]+:)?table\b/.exec(xml)?.[1] ?? '';
  const count = Number(/<(?:[\w.-]+:)?tableColumns\b[^>]*\scount="(\d+)"/.exec(xml)?.[1] ?? NaN);
  const filter = new RegExp(`<${prefix}autoFilter\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${prefix}autoFilter>)`);
  const found = filter.exec(xml);
  if (!found || !Number.isInteger(count) || count < 1) return xml;
  const inner = found[2] ?? '';
  const columnPattern = new RegExp(`<${prefix}filterColumn\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}filterColumn>)`, 'g');
  const columns = new Map<number, string>();
  // A filterColumn's button shows unless it says hiddenButton="1"; exceljs shows only hiddenButton="0".
  const shown = (column: string) =>
    attribute(column, 'hiddenButton') === undefined ? column.replace(/^(<[^\s/>]+)/, '$1 hiddenButton="0"') : column;
  for (const m of inner.matchAll(columnPattern)) columns.set(Number(attribute(m[0], 'colId')), shown(m[0]));
  const rest = inner.replace(columnPattern, '');
  const all = Array.from(
    { length: count },
    (_, i) => columns.get(i) ?? `<${prefix}filterColumn colId="${i}" hiddenButton="0"/>`,
  ).join('');
  const attributes = found[1]!.replace(/\s*\/$/, '');
  return xml.replace(found[0], `<${prefix}autoFilter${attributes}>${all}${rest}</${prefix}autoFilter>`);
}

/**
 * A table with no style element (openpyxl's default) given one naming no style, which means the
 * same: exceljs loads the missing element as a null style and throws writing it back.
 */
function styledTable(xml: string): string | undefined {
  const prefix = /<([\w.-]+:)?table\b/.exec(xml)?.[1] ?? '';
  if (/<([\w.-]+:)?tableStyleInfo\b/.test(xml)) return undefined;
  // It follows tableColumns in CT_Table.
  const columns = `</${prefix}tableColumns>`;
  const at = xml.indexOf(columns);
  if (at < 0) return undefined;
  const style = `<${prefix}tableStyleInfo showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/>`;
  return xml.slice(0, at + columns.length) + style + xml.slice(at + columns.length);
}

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
