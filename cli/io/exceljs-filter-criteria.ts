/**
 * A sheet filter's criteria (城市 = 上海) kept through exceljs, which reads only the filter's range and
 * writes it back bare: the rows the criteria hid would stay hidden under a filter showing none, with
 * no way in Excel to clear it. Node only: it patches the classes exceljs's Node build parses and writes
 * sheets with (as exceljs-names.ts does). Each criterion is kept by the column it filters, so it
 * follows the filter's range as set up grows it or rows move, and is dropped with its column or the filter.
 */
import { xmlEncode } from 'exceljs/lib/utils/utils';
import AutoFilterXform from 'exceljs/lib/xlsx/xform/sheet/auto-filter-xform';
import WorksheetXform from 'exceljs/lib/xlsx/xform/sheet/worksheet-xform';
import Worksheet from 'exceljs/lib/doc/worksheet';
import { parseRange } from '../../shared/sheet/a1';

/** One filterColumn, by the sheet column it filters: its attributes other than colId, and its content. */
interface Criterion {
  col: number;
  attributes: string;
  inner: string;
}

interface FilterParser {
  model?: unknown;
  keptCriteria?: Criterion[];
  keptXml?: string[];
  keptDepth?: number;
  keptColumn?: { colId: number; attributes: string; start: number };
  keptWriting?: Criterion[];
  /** Where the element opened last is, while nothing has followed it: closed at once, it is written as a leaf. */
  keptLeaf?: number;
}

interface XmlNode {
  name: string;
  attributes: Record<string, string>;
}

interface XmlStream {
  openNode(name: string, attributes?: Record<string, string>): void;
  writeXml(xml: string): void;
  closeNode(): void;
}

function attributeText(attributes: Record<string, string>, skip?: string): string {
  return Object.entries(attributes)
    .filter(([name]) => name !== skip)
    .map(([name, value]) => ` ${name}="${xmlEncode(String(value))}"`)
    .join('');
}

function rangeText(model: unknown): string | undefined {
  return typeof model === 'string' ? model : undefined;
}

const parseOpen = AutoFilterXform.prototype.parseOpen;
AutoFilterXform.prototype.parseOpen = function keepCriteria(this: FilterParser, node: XmlNode) {
  if (node.name === 'autoFilter' && !this.keptDepth) {
    parseOpen.call(this, node);
    Object.assign(this, { keptCriteria: [], keptXml: [], keptDepth: 1, keptColumn: undefined });
    return true;
  }
  const depth = (this.keptDepth ?? 0) + 1;
  this.keptDepth = depth;
  if (depth === 2 && node.name === 'filterColumn') {
    const colId = Number(node.attributes.colId);
    this.keptColumn = { colId, attributes: attributeText(node.attributes, 'colId'), start: this.keptXml!.length };
    return true;
  }
  this.keptXml?.push(`<${node.name}${attributeText(node.attributes)}>`);
  this.keptLeaf = (this.keptXml?.length ?? 0) - 1;
  return true;
};

AutoFilterXform.prototype.parseText = function keepText(this: FilterParser, text: string) {
  if (this.keptColumn) this.keptXml?.push(xmlEncode(text));
  this.keptLeaf = undefined;
};

AutoFilterXform.prototype.parseClose = function closeCriteria(this: FilterParser, name: string) {
  const depth = (this.keptDepth ?? 1) - 1;
  this.keptDepth = depth;
  if (depth === 0) {
    this.keptXml = [];
    return false;
  }
  if (depth === 1 && name === 'filterColumn' && this.keptColumn) {
    const left = parseRange(rangeText(this.model) ?? '')?.left;
    const { colId, attributes, start } = this.keptColumn;
    if (left !== undefined && Number.isInteger(colId))
      this.keptCriteria!.push({ col: left + colId, attributes, inner: this.keptXml!.slice(start).join('') });
    this.keptColumn = undefined;
    this.keptXml!.length = start;
    return true;
  }
  const xml = this.keptXml;
  if (this.keptColumn && xml && this.keptLeaf === xml.length - 1) xml[xml.length - 1] = xml.at(-1)!.replace(/>$/, '/>');
  else if (this.keptColumn) xml?.push(`</${name}>`);
  this.keptLeaf = undefined;
  return true;
};

const render = AutoFilterXform.prototype.render;
AutoFilterXform.prototype.render = function writeCriteria(this: FilterParser, stream: XmlStream, model: unknown) {
  const criteria = this.keptWriting;
  this.keptWriting = undefined;
  const range = parseRange(rangeText(model) ?? '');
  const inside = range ? (criteria ?? []).filter((c) => c.col >= range.left && c.col <= range.right) : [];
  if (!range || inside.length === 0) return render.call(this, stream, model);
  stream.openNode('autoFilter', { ref: model as string });
  for (const c of [...inside].sort((a, b) => a.col - b.col))
    stream.writeXml(`<filterColumn colId="${c.col - range.left}"${c.attributes}>${c.inner}</filterColumn>`);
  stream.closeNode();
};

type SheetModel = { autoFilterCriteria?: Criterion[] };
type SheetXform = { map: { autoFilter: FilterParser }; model?: SheetModel };

const closeSheet = WorksheetXform.prototype.parseClose;
WorksheetXform.prototype.parseClose = function sheetCriteria(this: SheetXform & { parser?: unknown }, name: string) {
  const nested = this.parser !== undefined;
  const more = closeSheet.call(this, name);
  const criteria = this.map.autoFilter.keptCriteria;
  const filtered = this.map.autoFilter.model !== null && this.map.autoFilter.model !== undefined;
  if (!nested && name === 'worksheet' && this.model && filtered && criteria?.length)
    this.model.autoFilterCriteria = criteria;
  return more;
};

const renderSheet = WorksheetXform.prototype.render;
WorksheetXform.prototype.render = function renderSheetCriteria(this: SheetXform, stream: XmlStream, model: SheetModel) {
  this.map.autoFilter.keptWriting = model.autoFilterCriteria;
  return renderSheet.call(this, stream, model);
};

// The worksheet keeps the criteria it was loaded with beside its filter, and gives them to the writer.
const modelProperty = Object.getOwnPropertyDescriptor(Worksheet.prototype, 'model')!;
Object.defineProperty(Worksheet.prototype, 'model', {
  ...modelProperty,
  get(this: { filterCriteria?: Criterion[] }) {
    const model = modelProperty.get!.call(this) as SheetModel;
    if (this.filterCriteria) model.autoFilterCriteria = this.filterCriteria;
    return model;
  },
  set(this: { filterCriteria?: Criterion[] }, value: SheetModel) {
    modelProperty.set!.call(this, value);
    this.filterCriteria = value.autoFilterCriteria;
  },
});

/** Call (once, before loading) so that sheets' filter criteria are kept; importing this module is what patches exceljs. */
export function keepFilterCriteria(): void {}
