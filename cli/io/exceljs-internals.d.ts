// An exceljs module with no type definitions, reached only from exceljs-names.ts.
declare module 'exceljs/lib/xlsx/xform/book/defined-name-xform' {
  class DefinedNameXform {
    parseClose(name: string): boolean;
  }
  export = DefinedNameXform;
}

// Reached only from exceljs-filter-criteria.ts.
declare module 'exceljs/lib/xlsx/xform/sheet/auto-filter-xform' {
  class AutoFilterXform {
    parseOpen(node: { name: string; attributes: Record<string, string> }): boolean | void;
    parseText(text: string): void;
    parseClose(name: string): boolean;
    render(stream: unknown, model: unknown): void;
  }
  export = AutoFilterXform;
}
declare module 'exceljs/lib/xlsx/xform/sheet/worksheet-xform' {
  class WorksheetXform {
    parseClose(name: string): boolean;
    render(stream: unknown, model: unknown): void;
  }
  export = WorksheetXform;
}
declare module 'exceljs/lib/doc/worksheet' {
  class Worksheet {}
  export = Worksheet;
}
declare module 'exceljs/lib/utils/utils' {
  export function xmlEncode(text: string): string;
}
