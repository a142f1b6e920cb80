// An exceljs module with no type definitions, reached only from exceljs-names.ts.
declare module 'exceljs/lib/xlsx/xform/book/defined-name-xform' {
  class DefinedNameXform {
    parseClose(name: string): boolean;
  }
  export = DefinedNameXform;
}
