/**
 * Gives cells with equal styles one style object before exceljs writes a workbook. exceljs finds a
 * cell's style id by the object's identity and renders the style's XML for every object it has not
 * seen; a loaded sheet gives each cell its own object (an empty one, or a copy of its column's),
 * so writing a cleaned 100,000-row list rendered that XML for 1.7 million cells.
 */
import type ExcelJS from 'exceljs';

type Style = Partial<ExcelJS.Style>;

export function shareEqualStyles(workbook: ExcelJS.Workbook): void {
  const byContent = new Map<string, Style>();
  const known = new WeakMap<Style, Style>();
  // A style's parts (font, protection…) are compared by identity: the copies share their column's.
  const partIds = new WeakMap<object, number>();
  let parts = 0;
  const partId = (part: unknown): string => {
    if (typeof part !== 'object' || part === null) return JSON.stringify(part);
    let id = partIds.get(part);
    if (id === undefined) partIds.set(part, (id = ++parts));
    return `#${id}`;
  };
  const shared = (style: Style): Style => {
    let found = known.get(style);
    if (found) return found;
    let key = '';
    for (const [name, part] of Object.entries(style)) key += `${name}=${partId(part)};`;
    found = byContent.get(key);
    if (!found) byContent.set(key, (found = style));
    known.set(style, found);
    return found;
  };
  for (const sheet of workbook.worksheets)
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const style = shared(cell.style);
        if (style !== cell.style) cell.style = style;
      }),
    );
}
