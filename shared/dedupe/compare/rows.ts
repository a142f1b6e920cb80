/**
 * The compare stage for one field of two records: the comparison code of a pair, 0 when either
 * value is missing (unknown, never disagreement), else 1 + the comparator's level. Levels of
 * fields with few distinct values are cached in a small matrix.
 */
import type { MatchField } from '../records';
import { differentLevel } from './comparator';
import { NAME_LEVEL, compareNames, type PreparedName } from './person-name';
import type { SameKindColumns } from './same-kind-columns';
import { OTHER_SCRIPTS, scriptOf, surnamesApart } from './text';

export type FieldCoder = (i: number, j: number) => number;

const MATRIX_LIMIT = 1_500;

/**
 * Each record's value ids of every field side by side (record r's at r * stride), read through
 * `offset`, and after them the quick-test numbers of its name, phone and e-mail values (from
 * `quickAt`): a candidate pair reads what most pairs need of its partner from one or two cache
 * lines instead of a line per field, which is most of what scoring a pair costs on a large sheet.
 */
interface SharedIds {
  ids: Int32Array;
  stride: number;
}

/** Roles the scorer compares first: their quick numbers are kept in each record's row. */
const EARLY_ROLES = new Set<MatchField['role']>(['name', 'given', 'family', 'phone', 'email']);

/** The coders of `fields`, reading ids and quick numbers from one shared record-major array. */
export function fieldCoders(fields: readonly MatchField[]): FieldCoder[] {
  const n = fields[0]?.ids.length ?? 0;
  // Fields compared later (company, address) are reached by few pairs: their numbers stay per value.
  const quicks = fields.map((f) =>
    f.keys.length > MATRIX_LIMIT && EARLY_ROLES.has(f.role) ? f.comparator.quick : undefined,
  );
  const quickAt = fields.map(() => -1);
  let stride = fields.length;
  quicks.forEach((quick, f) => {
    if (quick) {
      quickAt[f] = stride;
      stride += quick.width;
    }
  });
  const table = new Int32Array(n * stride);
  fields.forEach((field, f) => {
    const own = field.ids;
    for (let r = 0; r < n; r++) table[r * stride + f] = own[r]!;
    const quick = quicks[f];
    if (!quick) return;
    const width = quick.width;
    const numbers = new Int32Array(field.keys.length * width);
    for (let id = 0; id < field.keys.length; id++) quick.write(field.values[id], numbers, id * width);
    const at = quickAt[f]!;
    for (let r = 0; r < n; r++) {
      const id = own[r]!;
      if (id < 0) continue;
      for (let k = 0; k < width; k++) table[r * stride + at + k] = numbers[id * width + k]!;
    }
  });
  return fields.map((field, f) => {
    const own = coderOver(field, { ids: table, stride }, f, quickAt[f]!);
    const group = field.sameKind?.among(fields);
    return group ? acrossColumns(own, group, group.fields.indexOf(field)) : own;
  });
}

/**
 * A phone or e-mail column's coder that also meets the other columns of its kind: a value of record i
 * here that record j holds in another column agrees (exact), and while it does, the kind's other
 * columns' own disagreements say nothing (a second number, not another person).
 */
function acrossColumns(own: FieldCoder, group: SameKindColumns, index: number): FieldCoder {
  return (i, j) => {
    const credited = group.credited(i, j);
    if (credited < 0) return own(i, j);
    if (credited === index) return 1;
    return own(i, j) === 1 ? 1 : 0;
  };
}

/** The coder of one field on its own. */
export function fieldCoder(field: MatchField): FieldCoder {
  return coderOver(field, { ids: field.ids, stride: 1 }, 0, -1);
}

/** `quickAt` ≥ 0: the field's quick numbers are in each record's row from there; else kept per value here. */
function coderOver(field: MatchField, { ids, stride }: SharedIds, offset: number, quickAt: number): FieldCoder {
  const { values, comparator, partner } = field;
  const size = field.keys.length;
  const matrix = size <= MATRIX_LIMIT ? new Uint8Array(size * size) : null;
  const quick = matrix ? undefined : comparator.quick;
  const width = quick?.width ?? 0;
  const perValue = quick !== undefined && quickAt < 0;
  const numbers = new Int32Array(perValue ? size * width : 0);
  if (perValue) for (let id = 0; id < size; id++) quick.write(values[id], numbers, id * width);
  const perRecord = quick !== undefined && quickAt >= 0 ? quick : undefined;
  const different = differentLevel(comparator);
  // Values in two scripts that the comparator finds different were not compared (text.ts): code 0, as an empty cell.
  const scripts = Uint8Array.from(field.keys, scriptOf);
  const differs = comparator.levels.map((l) => l.label === 'different');
  const surnames = field.role === 'name' || field.role === 'family';
  const code = (l: number, a: number, b: number): number =>
    differs[l] &&
    scripts[a]! + scripts[b]! === OTHER_SCRIPTS &&
    !(surnames && surnamesApart(field.keys[a]!, field.keys[b]!))
      ? 0
      : l + 1;
  const level = (a: number, b: number): number => {
    if (matrix) {
      const cached = matrix[a * size + b]!;
      if (cached !== 0) return cached - 1;
      const l = comparator.compare(values[a], values[b]);
      matrix[a * size + b] = l + 1;
      matrix[b * size + a] = l + 1;
      return l;
    }
    if (perValue && quick.differ(numbers, a * width, b * width)) return different;
    return comparator.compare(values[a], values[b]);
  };
  /** The level of records i and j holding values a and b (other values, both present). */
  const recordLevel = (i: number, j: number, a: number, b: number): number =>
    perRecord && perRecord.differ(ids, i * stride + quickAt, j * stride + quickAt) ? different : level(a, b);
  if (!partner) {
    return (i, j) => {
      const a = ids[i * stride + offset]!;
      const b = ids[j * stride + offset]!;
      if (a < 0 || b < 0) return 0;
      if (a === b) return 1;
      return code(recordLevel(i, j, a, b), a, b);
    };
  }
  // A split name: given and family typed into each other's columns (typos allowed) count as reordered.
  const otherIds = partner.ids;
  const otherValues = partner.values as PreparedName[];
  const mine = values as PreparedName[];
  const otherSize = partner.keys.length;
  // Cross levels (this part of one row against the other part of another), cached like `level`.
  const crossMatrix = size <= MATRIX_LIMIT && otherSize <= MATRIX_LIMIT ? new Uint8Array(size * otherSize) : null;
  /** The name level of this part of one row against the other part of another. */
  const cross = (a: number, b: number): number => {
    if (crossMatrix) {
      const cached = crossMatrix[a * otherSize + b]!;
      if (cached !== 0) return cached - 1;
    }
    const x = mine[a]!;
    const y = otherValues[b]!;
    const result = x.key === y.key ? NAME_LEVEL.exact : compareNames(x, y);
    if (crossMatrix) crossMatrix[a * otherSize + b] = result + 1;
    return result;
  };
  // Swapped parts: both a typo apart at most, or one the same and the other similar (Sndl ≈ Snell).
  const swapped = (x: number, y: number): boolean =>
    (x <= NAME_LEVEL.typo && y <= NAME_LEVEL.typo) ||
    (Math.min(x, y) === NAME_LEVEL.exact && Math.max(x, y) <= NAME_LEVEL.similar);
  return (i, j) => {
    const a = ids[i * stride + offset]!;
    const b = ids[j * stride + offset]!;
    if (a < 0 || b < 0) return 0;
    if (a === b) return 1;
    const l = recordLevel(i, j, a, b);
    if (l > NAME_LEVEL.typo) {
      const pa = otherIds[i]!;
      const pb = otherIds[j]!;
      if (pa >= 0 && pb >= 0 && swapped(cross(a, pb), cross(b, pa))) return NAME_LEVEL.reordered + 1;
    }
    return code(l, a, b);
  };
}
