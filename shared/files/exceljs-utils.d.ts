// exceljs's XML text helpers, as its writers use them (xlsx-row-xml.ts); exceljs ships no types for them.
declare module 'exceljs/lib/utils/utils' {
  const utils: {
    xmlEncode(text: string): string;
    dateToExcel(date: Date, date1904?: boolean): number;
  };
  export = utils;
}
