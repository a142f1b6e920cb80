/**
 * A person's name, whichever way each list wrote it: a combined list holds the whole name (Name, 姓名)
 * of one list's rows and the parts (First Name and Last Name, 姓 and 名) of another's. Matching reads a
 * row that has only the parts as the whole name they make (王 + 志刚 → 王志刚, Sarah + O'Connor → Sarah
 * O'Connor), so the two layouts are compared as names. No whole name is split: one with two readings
 * (Lee Wei Ming) is compared as written, and the name comparison takes its words in either order.
 */
import { addNotSame, NOT_SAME_META, readNotSame, rowMarkKeys } from '../dedupe';
import { joinPersonName } from '../export/split-name';
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import type { SheetSnapshot } from '../sheet/snapshot';
import { customerNameField } from '../template/column-evidence';
import type { HeaderMapping } from '../template/header-mapping';
import type { CombinedList } from './combine-lists';

/**
 * The combined sheet to match on: `list.snapshot` itself, or a copy whose rows with a name in parts
 * alone hold it whole in the name column, their part cells emptied so that one name is not weighed
 * twice. Only where the list has both layouts and the key columns (combined headers, when given)
 * take the whole name and neither part. `mapping` is the one matching reads the sheet with.
 */
export function matchingNames(
  list: CombinedList,
  mapping: HeaderMapping,
  keyColumns?: readonly string[],
): SheetSnapshot {
  const nameKey = customerNameField(list.template)?.key;
  if (nameKey === undefined) return list.snapshot;
  const whole = list.columns.find((c) => c.field === nameKey);
  const given = list.columns.find((c) => c.field === `${nameKey}.given`);
  const family = list.columns.find((c) => c.field === `${nameKey}.family`);
  if (!whole || !given || !family) return list.snapshot;
  if (
    keyColumns &&
    (!keyColumns.includes(whole.header) || keyColumns.some((h) => h === given.header || h === family.header))
  )
    return list.snapshot;
  const values = list.snapshot.values;
  const cell = (row: readonly CellValue[], col: number) => row[col - 1];
  let wholeOnly = false;
  const joined = new Map<number, string>();
  for (let r = 1; r < values.length; r++) {
    const row = values[r]!;
    const blankParts = isBlank(cell(row, given.col)) && isBlank(cell(row, family.col));
    if (!isBlank(cell(row, whole.col))) {
      wholeOnly ||= blankParts;
      continue;
    }
    // One part alone (a first name) is no whole name: compared against one, it would read as another person.
    const first = cellText(cell(row, given.col)).trim();
    const last = cellText(cell(row, family.col)).trim();
    if (first && last) joined.set(r, joinPersonName(first, last));
  }
  if (!wholeOnly || joined.size === 0) return list.snapshot;
  const read = values.map((row, r) => {
    const name = joined.get(r);
    if (name === undefined) return row;
    const out = row.slice();
    out[whole.col - 1] = name;
    out[given.col - 1] = null;
    out[family.col - 1] = null;
    return out;
  });
  const view: SheetSnapshot = { ...list.snapshot, values: read };
  const marks = carryMarks(list, view, mapping);
  if (marks !== undefined) view.meta = { ...list.snapshot.meta, [NOT_SAME_META]: marks };
  return view;
}

/**
 * "Not the same customer" marks name rows by keys of their name, phone and e-mail cells (dedupe/not-same.ts):
 * a row read with its name whole has another key, so each mark is named again as the view names its rows.
 */
function carryMarks(list: CombinedList, view: SheetSnapshot, mapping: HeaderMapping): string | undefined {
  const marks = readNotSame(list.snapshot.meta);
  if (marks.length === 0) return undefined;
  const before = rowMarkKeys(list.snapshot, mapping, list.template);
  const after = rowMarkKeys(view, mapping, list.template);
  const renamed = new Map<string, Set<string>>();
  before.forEach((key, row) => {
    if (key === '') return;
    let keys = renamed.get(key);
    if (!keys) renamed.set(key, (keys = new Set()));
    keys.add(after[row]!);
  });
  let json: string | undefined;
  for (const mark of marks) {
    const keys = mark.flatMap((k) => [...(renamed.get(k) ?? [k])]);
    json = addNotSame(json === undefined ? undefined : { [NOT_SAME_META]: json }, keys);
  }
  return json;
}
