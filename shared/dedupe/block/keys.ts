/**
 * Block keys: the values under which records are put side by side. Exact keys (normalised
 * phone, email, mailbox, name in pinyin either order, company and brand, ID number halves,
 * postcode + initials, birth date, address) make blocks; sorted keys (name both ways round,
 * phone, email, address) are read through a sliding window (sorted neighbourhood).
 */
import type { PreparedName } from '../compare/person-name';
import type { MatchField, MatchRecords } from '../records';

export interface KeySet {
  name: string;
  /** Sorted neighbourhood: one window over all keys in order, instead of blocks of equal keys. */
  sorted: boolean;
  /** Entry k says record recs[k] has key keys[k]. */
  recs: Int32Array;
  keys: Int32Array;
  /** Key text by key number (needed to order sorted keys). */
  text: string[];
}

class KeySetBuilder {
  private readonly recs: number[] = [];
  private readonly keys: number[] = [];
  private readonly index = new Map<string, number>();
  readonly text: string[] = [];
  constructor(readonly name: string, readonly sorted: boolean) {}

  keyNumber(key: string): number {
    let k = this.index.get(key);
    if (k === undefined) {
      k = this.text.length;
      this.index.set(key, k);
      this.text.push(key);
    }
    return k;
  }

  add(rec: number, keyNumber: number): void {
    this.recs.push(rec);
    this.keys.push(keyNumber);
  }

  build(): KeySet | null {
    if (this.recs.length === 0) return null;
    return { name: this.name, sorted: this.sorted, recs: Int32Array.from(this.recs), keys: Int32Array.from(this.keys), text: this.text };
  }
}

/** Adds each record's per-value keys; keys are computed once per distinct value. */
function addFieldKeys(builder: KeySetBuilder, field: MatchField, keysOf: (value: unknown, key: string) => string[]): void {
  const perId = field.values.map((value, id) => keysOf(value, field.keys[id]!).map((k) => builder.keyNumber(`${k}`)));
  const { ids } = field;
  for (let r = 0; r < ids.length; r++) {
    const id = ids[r]!;
    if (id < 0) continue;
    for (const k of perId[id]!) builder.add(r, k);
  }
}

function addRecordKeys(builder: KeySetBuilder, n: number, keysOf: (r: number) => string[] | string | null): void {
  for (let r = 0; r < n; r++) {
    const keys = keysOf(r);
    if (keys === null) continue;
    if (typeof keys === 'string') builder.add(r, builder.keyNumber(keys));
    else for (const k of keys) builder.add(r, builder.keyNumber(k));
  }
}

export interface NameView {
  /** Name letters run together in the orders people write it; empty when the record has no name. */
  forms(r: number): string[];
  /** Sorted first letters of the first two name parts ("wz" for Zhang Wei). */
  initials(r: number): string;
}

export function nameView(records: MatchRecords): NameView | null {
  const full = records.fields.find((f) => f.role === 'name');
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
    };
  }
  if (!full) return null;
  const name = (r: number) => (full.ids[r]! >= 0 ? (full.values[full.ids[r]!] as PreparedName) : null);
  return {
    forms: (r) => name(r)?.forms ?? [],
    initials(r) {
      const p = name(r);
      return p ? p.tokens.slice(0, 2).map((t) => t.charAt(0)).sort().join('') : '';
    },
  };
}

export function collectKeySets(records: MatchRecords): KeySet[] {
  const n = records.rows.length;
  const out: KeySetBuilder[] = [];
  const byRole = (role: MatchField['role']) => records.fields.filter((f) => f.role === role);
  const add = (name: string, sorted: boolean) => {
    const b = new KeySetBuilder(name, sorted);
    out.push(b);
    return b;
  };

  const names = nameView(records);
  if (names) {
    addRecordKeys(add('name', false), n, (r) => names.forms(r));
    addRecordKeys(add('name-sorted', true), n, (r) => names.forms(r)[0] ?? null);
    addRecordKeys(add('name-sorted-reversed', true), n, (r) => names.forms(r)[1] ?? null);
  }
  for (const [role, sortedToo] of [['phone', true], ['email', true], ['company', false], ['idNumber', false], ['address', false]] as const) {
    const fields = byRole(role);
    if (fields.length === 0) continue;
    const exact = add(role, false);
    for (const f of fields) addFieldKeys(exact, f, (value, key) => f.comparator.blockKeys?.(value, key) ?? [key]);
    if (sortedToo) {
      const sorted = add(`${role}-sorted`, true);
      for (const f of fields) addFieldKeys(sorted, f, (_value, key) => [key]);
    }
  }
  const postcode = byRole('postcode')[0];
  if (postcode && names) {
    addRecordKeys(add('postcode-initials', false), n, (r) => {
      const id = postcode.ids[r]!;
      return id >= 0 ? `${postcode.keys[id]}|${names.initials(r)}` : null;
    });
  }
  for (const f of byRole('birthDate')) addFieldKeys(add('birthDate', false), f, (_v, key) => [key]);
  return out.map((b) => b.build()).filter((k): k is KeySet => k !== null);
}

/** A rank per record from a signature of its main values, used to order records inside an oversized block. */
export function signatureRanks(records: MatchRecords): Int32Array {
  const n = records.rows.length;
  const names = nameView(records);
  const pick = (role: MatchField['role']) => records.fields.find((f) => f.role === role);
  const parts = [pick('company'), pick('phone'), pick('email'), pick('postcode'), pick('birthDate'), pick('address')].filter(
    (f): f is MatchField => f !== undefined,
  );
  const signatures: string[] = new Array<string>(n);
  for (let r = 0; r < n; r++) {
    let s = names?.forms(r)[0] ?? '';
    for (const f of parts) {
      const id = f.ids[r]!;
      s += `|${id >= 0 ? f.keys[id] : ''}`;
    }
    signatures[r] = s;
  }
  const order = Array.from({ length: n }, (_, r) => r).sort((a, b) => (signatures[a]! < signatures[b]! ? -1 : signatures[a]! > signatures[b]! ? 1 : a - b));
  const ranks = new Int32Array(n);
  order.forEach((r, rank) => (ranks[r] = rank));
  return ranks;
}
