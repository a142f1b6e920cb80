/**
 * Gives cells with equal styles one style object before exceljs writes a workbook. exceljs finds a
 * cell's style id by the object's identity and renders the style's XML for every object it has not
 * seen; a loaded sheet gives each cell its own object (an empty one, or a copy of its column's),
 * so writing a cleaned 100,000-row list rendered that XML for 1.7 million cells. A date cell without
 * a number format is kept apart: exceljs gives it a date format only when it first meets its style
 * object, so sharing that object with a text cell wrote the date as a bare serial number.
 */
import ExcelJS from 'exceljs';

type Style = Partial<ExcelJS.Style>;

export function shareEqualStyles(workbook: ExcelJS.Workbook): void {
  const byContent = new Map<string, Style>();
  const known = new WeakMap<Style, Style>();
  const knownDates = new WeakMap<Style, Style>();
  // A style's parts (font, protection…) are compared by identity: the copies share their column's.
  const partIds = new WeakMap<object, number>();
  let parts = 0;
  const partId = (part: unknown): string => {
    if (typeof part !== 'object' || part === null) return JSON.stringify(part);
    let id = partIds.get(part);
    if (id === undefined) partIds.set(part, (id = ++parts));
    return `#${id}`;
  };
  const shared = (style: Style, bareDate: boolean): Style => {
    const seen = bareDate ? knownDates : known;
    let found = seen.get(style);
    if (found) return found;
    let key = bareDate ? 'date;' : '';
    for (const [name, part] of Object.entries(style)) key += `${name}=${partId(part)};`;
    found = byContent.get(key);
    // A copy: the object itself may be a text cell's too.
    if (!found) byContent.set(key, (found = bareDate ? { ...style } : style));
    seen.set(style, found);
    return found;
  };
  for (const sheet of workbook.worksheets)
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const style = shared(cell.style, cell.type === ExcelJS.ValueType.Date && !cell.style.numFmt);
        if (style !== cell.style) cell.style = style;
      }),
    );
}
