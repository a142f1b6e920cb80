/**
 * The compare stage for one field of two records: the comparison code of a pair, 0 when either
 * value is missing (unknown, never disagreement), else 1 + the comparator's level. Levels of
 * fields with few distinct values are cached in a small matrix.
 */
import type { MatchField } from '../records';
import { differentLevel } from './comparator';
import { NAME_LEVEL, compareNames, type PreparedName } from './person-name';

export type FieldCoder = (i: number, j: number) => number;

const MATRIX_LIMIT = 1_500;

/**
 * Each record's value ids of every field side by side (record r's at r * stride), read through
 * `offset`: a candidate pair reads its partner's ids from one cache line instead of one line per
 * field, which is most of what scoring a pair costs on a large sheet.
 */
interface SharedIds {
  ids: Int32Array;
  stride: number;
}

/** The coders of `fields`, reading ids from one shared record-major array. */
export function fieldCoders(fields: readonly MatchField[]): FieldCoder[] {
  const stride = fields.length;
  const n = fields[0]?.ids.length ?? 0;
  const ids = new Int32Array(n * stride);
  fields.forEach((field, f) => {
    const own = field.ids;
    for (let r = 0; r < n; r++) ids[r * stride + f] = own[r]!;
  });
  return fields.map((field, f) => coderOver(field, { ids, stride }, f));
}

/** The coder of one field on its own. */
export function fieldCoder(field: MatchField): FieldCoder {
  return coderOver(field, { ids: field.ids, stride: 1 }, 0);
}

function coderOver(field: MatchField, { ids, stride }: SharedIds, offset: number): FieldCoder {
  const { values, comparator, partner } = field;
  const size = field.keys.length;
  const matrix = size <= MATRIX_LIMIT ? new Uint8Array(size * size) : null;
  const quick = matrix ? undefined : comparator.quick;
  const width = quick?.width ?? 0;
  const numbers = new Int32Array(quick ? size * width : 0);
  if (quick) for (let id = 0; id < size; id++) quick.write(values[id], numbers, id * width);
  const different = differentLevel(comparator);
  const level = (a: number, b: number): number => {
    if (matrix) {
      const cached = matrix[a * size + b]!;
      if (cached !== 0) return cached - 1;
      const l = comparator.compare(values[a], values[b]);
      matrix[a * size + b] = l + 1;
      matrix[b * size + a] = l + 1;
      return l;
    }
    if (quick && quick.differ(numbers, a * width, b * width)) return different;
    return comparator.compare(values[a], values[b]);
  };
  if (!partner) {
    return (i, j) => {
      const a = ids[i * stride + offset]!;
      const b = ids[j * stride + offset]!;
      if (a < 0 || b < 0) return 0;
      if (a === b) return 1;
      return level(a, b) + 1;
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
    const l = level(a, b);
    if (l > NAME_LEVEL.typo) {
      const pa = otherIds[i]!;
      const pb = otherIds[j]!;
      if (pa >= 0 && pb >= 0 && swapped(cross(a, pb), cross(b, pa))) return NAME_LEVEL.reordered + 1;
    }
    return l + 1;
  };
}
