/**
 * The Apps Script globals a server script sees (SpreadsheetApp, HtmlService, Session, Utilities,
 * Logger, PropertiesService), over one emulated spreadsheet. `createEmulator` returns them with the
 * model, the menus and sidebars shown, and helpers to seed and inspect sheets without counting calls.
 */
import { isDateObject, richTextBuilder, type Cell } from './cells';
import { EFFECTIVE_USER, WorkbookModel, type ProtectionModel, type RuleModel, type SheetModel } from './model';
import { Range, a1Of } from './range';
import { protectionApi, ruleApi, Sheet, Spreadsheet } from './sheet';
import { dateSerial, formatDate } from './time-zone';
import { columnNumber } from '../../../shared/sheet/a1';

export interface MenuItem {
  caption: string;
  functionName: string;
}

export interface EmulatorOptions {
  timeZone?: string;
  /** Session.getActiveUserLocale(), e.g. "zh_CN". */
  userLocale?: string;
  /** HTML files of the project by name (createHtmlOutputFromFile('Sidebar') reads files.Sidebar). */
  files?: Record<string, string>;
}

export interface ValidationModel {
  /** DataValidationCriteria's name (VALUE_IN_LIST, NUMBER_BETWEEN, DATE_ON_OR_AFTER, CUSTOM_FORMULA …). */
  criteria: string;
  /** The list's options, or the criteria's arguments as text (a formula, a yyyy-mm-dd date, a number). */
  values: string[];
  range?: string;
  showDropdown: boolean;
  allowInvalid: boolean;
  helpText: string | null;
}

/** The builder's number and date methods and the criteria each sets. */
const BOUNDS: Record<string, string> = {
  Between: 'BETWEEN',
  NotBetween: 'NOT_BETWEEN',
  EqualTo: 'EQUAL_TO',
  NotEqualTo: 'NOT_EQUAL_TO',
  GreaterThan: 'GREATER_THAN',
  LessThan: 'LESS_THAN',
  GreaterThanOrEqualTo: 'GREATER_THAN_OR_EQUAL_TO',
  LessThanOrEqualTo: 'LESS_THAN_OR_EQUAL_TO',
};
const DATE_BOUNDS: Record<string, string> = {
  Between: 'BETWEEN',
  NotBetween: 'NOT_BETWEEN',
  EqualTo: 'EQUAL_TO',
  After: 'AFTER',
  Before: 'BEFORE',
  OnOrAfter: 'ON_OR_AFTER',
  OnOrBefore: 'ON_OR_BEFORE',
};

function isoOf(date: unknown): string {
  // The server runs in a vm: its Date is another realm's.
  if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN((date as Date).getTime()))
    throw new Error('Exception: Invalid argument: date');
  const d = date as Date;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A built rule as the server reads it back (DataValidation's getters, not enumerable, so tests compare
 * the plain model). Dates come back as Dates, a range as the emulator's Range.
 */
function dataValidation(model: ValidationModel, rangeOf: (name: string) => unknown): ValidationModel {
  const values = (): unknown[] => {
    if (model.criteria === 'VALUE_IN_LIST') return [[...model.values], model.showDropdown];
    if (model.criteria === 'VALUE_IN_RANGE') return [rangeOf(model.range!), model.showDropdown];
    if (model.criteria.startsWith('DATE_'))
      return model.values.map(
        (v) => new Date(Number(v.slice(0, 4)), Number(v.slice(5, 7)) - 1, Number(v.slice(8, 10))),
      );
    if (model.criteria.startsWith('NUMBER_')) return model.values.map(Number);
    return [...model.values];
  };
  return Object.defineProperties(model, {
    getCriteriaType: { value: () => model.criteria },
    getCriteriaValues: { value: values },
    getAllowInvalid: { value: () => model.allowInvalid },
    getHelpText: { value: () => model.helpText },
  });
}

function validationBuilder(rangeOf: (name: string) => unknown) {
  const state: ValidationModel = {
    criteria: 'VALUE_IN_LIST',
    values: [],
    showDropdown: true,
    allowInvalid: true,
    helpText: null,
  };
  const set = (criteria: string, values: string[]) => {
    Object.assign(state, { criteria, values });
    return builder;
  };
  const bounds = Object.fromEntries([
    ...Object.entries(BOUNDS).map(([name, criteria]) => [
      `requireNumber${name}`,
      (...n: number[]) => set(`NUMBER_${criteria}`, n.map(String)),
    ]),
    ...Object.entries(DATE_BOUNDS).map(([name, criteria]) => [
      `requireDate${name}`,
      (...d: Date[]) => set(`DATE_${criteria}`, d.map(isoOf)),
    ]),
  ]);
  const builder = {
    ...bounds,
    requireValueInList(values: string[], showDropdown = true) {
      Object.assign(state, { criteria: 'VALUE_IN_LIST', values: [...values], showDropdown });
      return builder;
    },
    requireValueInRange(range: Range, showDropdown = true) {
      Object.assign(state, {
        criteria: 'VALUE_IN_RANGE',
        values: [],
        range: `${range.ref.sheet.name}!${range.getA1Notation()}`,
        showDropdown,
      });
      return builder;
    },
    requireFormulaSatisfied(formula: string) {
      if (!formula.startsWith('=')) throw new Error('Exception: Invalid argument: formula');
      return set('CUSTOM_FORMULA', [formula]);
    },
    requireTextIsEmail: () => set('TEXT_IS_VALID_EMAIL', []),
    setAllowInvalid(allow: boolean) {
      state.allowInvalid = allow;
      return builder;
    },
    setHelpText(text: string) {
      state.helpText = text;
      return builder;
    },
    build: (): ValidationModel => dataValidation({ ...state, values: [...state.values] }, rangeOf),
  };
  return builder;
}

function conditionalRuleBuilder() {
  const model: RuleModel = { formula: '', background: null, ranges: [] };
  const builder = {
    whenFormulaSatisfied(formula: string) {
      model.formula = formula;
      return builder;
    },
    setBackground(color: string) {
      model.background = color;
      return builder;
    },
    setRanges(ranges: Range[]) {
      model.ranges = ranges.map((r) => ({ ...r.ref }));
      return builder;
    },
    build: () => ruleApi({ ...model, ranges: [...model.ranges] }),
  };
  return builder;
}

export function createEmulator(options: EmulatorOptions = {}) {
  const book = new WorkbookModel(options.timeZone ?? 'Asia/Shanghai');
  const menus: Array<{ title: string; items: Array<MenuItem | 'separator'> }> = [];
  const sidebars: Array<{ title: string; content: string }> = [];
  const logs: string[] = [];

  const api = {
    sheet: (model: SheetModel) => new Sheet(book, model, api),
    protection: (model: ProtectionModel) =>
      protectionApi(
        book.sheets.find((s) => s.protections.includes(model))!,
        model,
      ),
    filter: (sheet: SheetModel) => ({
      getRange: () => new Range(book, sheet.filter!, api),
      getColumnFilterCriteria: (col: number) => {
        book.count('Filter.getColumnFilterCriteria');
        return sheet.filterCriteria[col] ?? null;
      },
      remove: () => {
        book.count('Filter.remove');
        sheet.filter = null;
        sheet.filterCriteria = {};
      },
    }),
  };
  const spreadsheet = new Spreadsheet(book, api);

  const ui = {
    createMenu(title: string) {
      const items: Array<MenuItem | 'separator'> = [];
      const menu = {
        addItem(caption: string, functionName: string) {
          items.push({ caption, functionName });
          return menu;
        },
        addSeparator() {
          items.push('separator');
          return menu;
        },
        addToUi() {
          menus.push({ title, items });
        },
      };
      return menu;
    },
    createAddonMenu() {
      return ui.createMenu('Add-on');
    },
    showSidebar(output: { getTitle(): string; getContent(): string }) {
      sidebars.push({ title: output.getTitle(), content: output.getContent() });
    },
  };

  function htmlOutput(content: string) {
    let title = '';
    const output = {
      getContent: () => content,
      setContent(text: string) {
        content = text;
        return output;
      },
      setTitle(text: string) {
        title = text;
        return output;
      },
      getTitle: () => title,
    };
    return output;
  }

  const userProperties = new Map<string, string>();
  const locks = { held: 0 };
  const globals = {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => spreadsheet,
      getActive: () => spreadsheet,
      getActiveSheet: () => spreadsheet.getActiveSheet(),
      getUi: () => ui,
      newDataValidation: () =>
        validationBuilder((name) => {
          const at = name.lastIndexOf('!');
          return spreadsheet.getSheetByName(name.slice(0, at))?.getRange(name.slice(at + 1));
        }),
      newConditionalFormatRule: conditionalRuleBuilder,
      newRichTextValue: richTextBuilder,
      flush: () => undefined,
      ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
      BooleanCriteria: { CUSTOM_FORMULA: 'CUSTOM_FORMULA' },
      DataValidationCriteria: { VALUE_IN_LIST: 'VALUE_IN_LIST', VALUE_IN_RANGE: 'VALUE_IN_RANGE' },
    },
    HtmlService: {
      createHtmlOutputFromFile(name: string) {
        const content = options.files?.[name];
        if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
        return htmlOutput(content);
      },
      createHtmlOutput: (content = '') => htmlOutput(content),
    },
    Session: {
      getEffectiveUser: () => ({ getEmail: () => EFFECTIVE_USER }),
      getActiveUserLocale: () => options.userLocale ?? 'en',
      getScriptTimeZone: () => book.timeZone,
    },
    Utilities: {
      formatDate: (date: Date, timeZone: string, pattern: string) => formatDate(date, timeZone, pattern),
    },
    PropertiesService: {
      getUserProperties: () => ({
        getProperty: (key: string) => userProperties.get(key) ?? null,
        setProperty: (key: string, value: string) => void userProperties.set(key, value),
        deleteProperty: (key: string) => void userProperties.delete(key),
      }),
    },
    // One script runs at a time here, so the document lock is always free; tests see it was taken and released.
    LockService: {
      getDocumentLock: () => ({
        tryLock: () => (locks.held++, true),
        releaseLock: () => void locks.held--,
        hasLock: () => locks.held > 0,
      }),
    },
    Logger: { log: (...args: unknown[]) => void logs.push(args.map(String).join(' ')) },
    console: {
      log: (...args: unknown[]) => void logs.push(args.map(String).join(' ')),
      info: () => undefined,
      warn: () => undefined,
      error: (...args: unknown[]) => void logs.push(args.map(String).join(' ')),
    },
  };

  return {
    book,
    globals,
    menus,
    sidebars,
    logs,
    locks,

    /** Adds a sheet holding `rows` as typed-in data (strings stay strings, Dates become date cells), uncounted. */
    addSheet(
      name: string,
      rows: unknown[][],
      extra: {
        formulas?: Record<string, string>;
        columnFormats?: (string | null)[];
        /** Cells' own links, notes and number formats by A1 address (a link goes on a text cell). */
        links?: Record<string, string>;
        notes?: Record<string, string>;
        formats?: Record<string, string>;
        maxRows?: number;
        maxCols?: number;
        active?: boolean;
        hidden?: boolean;
      } = {},
    ): SheetModel {
      const width = Math.max(1, ...rows.map((r) => r.length));
      const model = book.addSheet(name, book.sheets.length, {
        rows: extra.maxRows ?? Math.max(rows.length, 1),
        cols: extra.maxCols ?? width,
      });
      model.cells = rows.map((row) =>
        row.map((value): Cell | undefined => {
          if (value === null || value === undefined || value === '') return undefined;
          if (isDateObject(value))
            return {
              value: dateSerial(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()),
              formula: null,
              format: 'yyyy-mm-dd',
            };
          return { value: value as Cell['value'], formula: null, format: null };
        }),
      );
      for (const [address, formula] of Object.entries(extra.formulas ?? {})) {
        const { row, col } = parseAddress(address);
        model.at(row, col).formula = formula;
      }
      extra.columnFormats?.forEach((format, i) => {
        if (format) for (let row = 2; row <= rows.length; row++) model.at(row, i + 1).format = format;
      });
      const each = (cells: Record<string, string> | undefined, set: (cell: Cell, text: string) => void) => {
        for (const [address, text] of Object.entries(cells ?? {})) {
          const { row, col } = parseAddress(address);
          set(model.at(row, col), text);
        }
      };
      each(extra.links, (cell, link) => (cell.link = link));
      each(extra.notes, (cell, note) => (cell.note = note));
      each(extra.formats, (cell, format) => (cell.format = format));
      model.hidden = extra.hidden ?? false;
      if (extra.active ?? !book.active) book.active = model;
      return model;
    },

    /** A sheet's used range as the core would expect to see it: dates as `yyyy-mm-dd` text, blanks as null. */
    valuesOf(name: string): Array<Array<string | number | boolean | null>> {
      const model = book.sheet(name);
      if (!model) throw new Error(`no sheet ${name}`);
      const rows = model.lastRow();
      const cols = model.lastColumn();
      return Array.from({ length: rows }, (_, i) =>
        Array.from({ length: cols }, (_, j) => {
          const cell = model.cell(i + 1, j + 1);
          if (!cell || cell.value === null) return null;
          if (typeof cell.value === 'number' && cell.format && /y/.test(cell.format))
            return new Date(serialInstant(cell.value)).toISOString().slice(0, 10);
          return cell.value;
        }),
      );
    },

    formulasOf(name: string): Record<string, string> {
      const model = book.sheet(name)!;
      const out: Record<string, string> = {};
      model.cells.forEach((row, i) =>
        row?.forEach(
          (cell, j) => cell?.formula && (out[a1Of({ row: i + 1, col: j + 1, rows: 1, cols: 1 })] = cell.formula),
        ),
      );
      return out;
    },
  };
}

/** A serial's calendar date at UTC midnight (for reading back dates without a time zone). */
function serialInstant(serial: number): number {
  return Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
}

function parseAddress(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { row: Number(m[2]), col: columnNumber(m[1]!) };
}

export type Emulator = ReturnType<typeof createEmulator>;
