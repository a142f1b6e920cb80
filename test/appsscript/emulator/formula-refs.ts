/**
 * What Sheets does to formulas when rows of a sheet are inserted or deleted: every A1 reference to
 * a moved row follows it ($ or not), on the sheet itself or from another sheet (客户!B8), a reference
 * to a deleted cell becomes #REF!, a range keeps its surviving rows (it grows only when rows go in
 * strictly inside it, not at its edge). References inside string literals, and to other sheets, are left alone.
 * The emulator's own, independent of shared/sheet/formula-rows.ts (the reference host's).
 */

/** New number of an old row, or null for a deleted row. */
export type RowMap = (row: number) => number | null;

// A sheet name needs quotes only for spaces and punctuation: 客户!B8 and Sheet1!B8 are both references.
const REF =
  /((?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?(\$?[A-Za-z]{1,3}\$?)(\d+)(?::(\$?[A-Za-z]{1,3}\$?)(\d+))?(?![\p{L}\p{N}_(!])/gu;

function sheetOf(prefix: string | undefined): string | null {
  if (!prefix) return null;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function firstSurvivor(map: RowMap, from: number, to: number, step: 1 | -1): number | null {
  for (let r = from; step > 0 ? r <= to : r >= to; r += step) {
    const mapped = map(r);
    if (mapped !== null) return mapped;
  }
  return null;
}

/** Rewrites `formula` (held by a cell of `ownSheet`) after rows of `movedSheet` moved by `map`. */
export function remapRows(formula: string, ownSheet: string, movedSheet: string, map: RowMap): string {
  // Split out string literals ("…", with "" escapes): they are text, not references.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(
            REF,
            (
              whole,
              prefix: string | undefined,
              col1: string,
              row1: string,
              col2: string | undefined,
              row2: string | undefined,
              offset: number,
              text: string,
            ) => {
              if (offset > 0 && /[\p{L}\p{N}_.$]/u.test(text[offset - 1]!)) return whole;
              if ((sheetOf(prefix) ?? ownSheet) !== movedSheet) return whole;
              const a = Number(row1);
              if (row2 === undefined) {
                const to = map(a);
                return to === null ? `${prefix ?? ''}#REF!` : `${prefix ?? ''}${col1}${to}`;
              }
              const b = Number(row2);
              const low = Math.min(a, b);
              const high = Math.max(a, b);
              const first = firstSurvivor(map, low, high, 1);
              const last = firstSurvivor(map, high, low, -1);
              return first === null || last === null
                ? `${prefix ?? ''}#REF!`
                : `${prefix ?? ''}${col1}${first}:${col2}${last}`;
            },
          ),
    )
    .join('');
}
