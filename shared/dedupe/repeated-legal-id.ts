/**
 * A company register export (企查查, 天眼查) gives a company's ID twice: 纳税人识别号 holds the same
 * 18-character code as 统一社会信用代码 for a company registered since 2015. Read as two columns, one
 * ID would count twice toward a match and twice again as a difference: a column of legal IDs that
 * only repeats an earlier one (each of its values is that column's on the row) is left out, as the
 * same kind of column saying nothing more. One that holds other codes (an old 15-digit tax number
 * where the credit code is blank) stays.
 */
import type { MatchField } from './records';

export function withoutRepeatedLegalIds(fields: MatchField[]): MatchField[] {
  const kept: MatchField[] = [];
  return fields.filter((field) => {
    if (field.role !== 'legalId') return true;
    if (kept.some((earlier) => repeats(field, earlier))) return false;
    kept.push(field);
    return true;
  });
}

/** Whether every record holding a value in `field` holds the same one in `earlier`. */
function repeats(field: MatchField, earlier: MatchField): boolean {
  for (let record = 0; record < field.ids.length; record++) {
    const id = field.ids[record]!;
    if (id < 0) continue;
    const other = earlier.ids[record]!;
    if (other < 0 || earlier.keys[other] !== field.keys[id]) return false;
  }
  return true;
}
