/**
 * A Suffix column (Outlook's Suffix, Google's Name Suffix: Jr., Sr., III) names a row's generation:
 * another row's Jr. is another person's, never a fill for the survivor's blank (José Luis Martínez, the
 * president, does not become José Luis Martínez Jr.). The survivor keeps its own, blank or not; the
 * others are noted, and the archive keeps each row as typed.
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import { generationHeader } from '../dedupe/column-headers';
import type { RowRecord } from './choose-survivor';
import type { SheetColumn } from './columns';
import { textKey } from './field-values';

/** A column of name suffixes the template does not map. */
export function isGenerationColumn(column: SheetColumn): boolean {
  return column.fieldKey === null && generationHeader(column.header);
}

/** The survivor's own suffix, and a note (`otherLabel` Jr.) for each other suffix of the group. */
export function ownGeneration(
  records: readonly RowRecord[],
  survivor: RowRecord,
  column: SheetColumn,
  otherLabel: string,
): { value: CellValue; notes: string[] } {
  const value = survivor.values[column.col - 1] ?? null;
  const seen = new Set([textKey(cellText(value).trim())]);
  const notes: string[] = [];
  for (const record of records) {
    const text = cellText(record.values[column.col - 1] ?? null).trim();
    const key = textKey(text);
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    notes.push(`${otherLabel}${text}`);
  }
  return { value, notes };
}
