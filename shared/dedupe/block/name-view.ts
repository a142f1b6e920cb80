/**
 * A record's name as blocking reads it, whether the sheet has it in one column or split into given
 * and family names: the orders people write it in, its initials, and the surnames a duplicate keeps.
 */
import type { PreparedName } from '../compare/person-name';
import type { MatchField, MatchRecords } from '../records';
import { hashString } from '../similarity';

/** Per record r, the hashes of its surnames (`NameView.surnames`, at most two) at 2r and 2r + 1; -1 for none. */
export function surnameHashes(names: NameView, n: number): Int32Array {
  const out = new Int32Array(2 * n).fill(-1);
  // A name in one column: its surnames are its value's, hashed once per distinct name.
  const full = names.full?.length === 1 ? names.full[0]! : undefined;
  const byId = full ? new Int32Array(2 * full.values.length).fill(-1) : null;
  if (full && byId) {
    for (let id = 0; id < full.values.length; id++) {
      const s = surnamesOf(full.values[id] as PreparedName);
      for (let k = 0; k < s.length; k++) byId[2 * id + k] = hashString(s[k]!);
    }
  }
  for (let r = 0; r < n; r++) {
    if (full && byId) {
      const id = full.ids[r]!;
      if (id < 0) continue;
      out[2 * r] = byId[2 * id]!;
      out[2 * r + 1] = byId[2 * id + 1]!;
      continue;
    }
    const s = names.surnames(r);
    for (let k = 0; k < s.length; k++) out[2 * r + k] = hashString(s[k]!);
  }
  return out;
}

/** The surnames of a name in one column (see `NameView.surnames`). */
function surnamesOf(p: PreparedName): string[] {
  const first = p.tokens[0]!;
  const last = p.tokens[p.tokens.length - 1]!;
  return p.isHan || first === last ? [first] : [first, last];
}

export interface NameView {
  /** Name letters run together in the orders people write it; empty when the record has no name. */
  forms(r: number): string[];
  /** Sorted first letters of the first two name parts ("wz" for Zhang Wei). */
  initials(r: number): string;
  /**
   * The parts a duplicate's name keeps: a Han name's surname in pinyin (chen for 陈敏轩 and 陈轩敏),
   * the first and last word of a name in letters (either may be the surname); none without a name.
   */
  surnames(r: number): string[];
  /**
   * The full-name fields, when names are in one column each (姓名, and 联系人 beside it): their
   * values carry their forms. A row may fill any of them, as lists combined from several exports do.
   */
  full?: MatchField[];
}

export function nameView(records: MatchRecords): NameView | null {
  const fulls = records.fields.filter((f) => f.role === 'name');
  const given = records.fields.find((f) => f.role === 'given');
  const family = records.fields.find((f) => f.role === 'family');
  const part = (f: MatchField | undefined, r: number): string => {
    const id = f ? f.ids[r]! : -1;
    return id >= 0 ? (f!.values[id] as PreparedName).tokens.join('') : '';
  };
  if (given || family) {
    return {
      forms(r) {
        const g = part(given, r);
        const f = part(family, r);
        if (!g || !f) return g || f ? [g || f] : [];
        return [f + g, g + f];
      },
      initials(r) {
        return [part(given, r).charAt(0), part(family, r).charAt(0)].sort().join('');
      },
      surnames(r) {
        const g = part(given, r);
        const f = part(family, r);
        return g && f && g !== f ? [f, g] : g || f ? [g || f] : [];
      },
    };
  }
  if (fulls.length === 0) return null;
  const namesOf = (r: number): PreparedName[] => {
    const out: PreparedName[] = [];
    for (const f of fulls) if (f.ids[r]! >= 0) out.push(f.values[f.ids[r]!] as PreparedName);
    return out;
  };
  const unique = (all: string[]) => [...new Set(all)];
  return {
    full: fulls,
    forms: (r) => unique(namesOf(r).flatMap((p) => p.forms)),
    initials(r) {
      const p = namesOf(r)[0];
      return p
        ? p.tokens
            .slice(0, 2)
            .map((t) => t.charAt(0))
            .sort()
            .join('')
        : '';
    },
    // At most two, the first name column's first: the key sets join a value with two surnames.
    surnames: (r) => unique(namesOf(r).flatMap(surnamesOf)).slice(0, 2),
  };
}
