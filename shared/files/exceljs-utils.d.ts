// exceljs's XML text helpers, as its writers use them (xlsx-row-xml.ts); exceljs ships no types for them.
declare module 'exceljs/lib/utils/utils' {
  const utils: {
    xmlEncode(text: string): string;
    dateToExcel(date: Date, date1904?: boolean): number;
  };
  export = utils;
}

// exceljs's styles.xml reader, as its loader uses it (xlsx-styles.ts).
declare module 'exceljs/lib/xlsx/xform/style/styles-xform' {
  import type { Style } from 'exceljs';
  class StylesXform {
    model: { styles: unknown[] };
    parseStream(stream: AsyncIterable<string>): Promise<unknown>;
    getStyleModel(id: number): Partial<Style> | null;
  }
  export = StylesXform;
}

// exceljs's cell range, as its streaming writer lists merged cells (write-memory-workbook.ts).
declare module 'exceljs/lib/doc/range' {
  class Range {
    constructor(range: string);
  }
  export = Range;
}
