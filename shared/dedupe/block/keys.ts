/**
 * Block keys: the values under which records are put side by side. Exact keys (normalised
 * phone, one with an extension also without it, email, mailbox, name in pinyin either order,
 * company and brand with the surname, ID number halves, postcode + initials, birth date, address)
 * make blocks; sorted keys (a name split into given and family both ways round, personal phones)
 * are read through a sliding window (sorted neighbourhood).
 * A name in one column blocks by its sound forms, which already meet homophones and reordered
 * names, and an email by its mailbox and user name: windows over them met no further duplicates
 * on any test list and were a third of the candidate pairs. Keys are numbers:
 * a 30-bit hash for exact keys (a rare collision only merges two blocks), the first ten letters
 * or digits as a base-37 number for sorted keys, so a million rows sort natively.
 */
import type { PreparedName } from '../compare/person-name';
import type { MatchField, MatchRecords } from '../records';
import { hashString } from '../similarity';
import { nameView, surnameHashes } from './name-view';

export interface KeySet {
  name: string;
  /** Sorted neighbourhood: one window over all keys in order, instead of blocks of equal keys. */
  sorted: boolean;
  /** Entry k says record recs[k] has key keys[k]. */
  recs: Int32Array;
  keys: Float64Array;
  length: number;
}

class KeySetBuilder {
  private recs = new Int32Array(1024);
  private keys = new Float64Array(1024);
  private length = 0;
  constructor(
    readonly name: string,
    readonly sorted: boolean,
  ) {}

  add(rec: number, key: number): void {
    if (this.length === this.recs.length) {
      const recs = new Int32Array(this.length * 2);
      recs.set(this.recs);
      this.recs = recs;
      const keys = new Float64Array(this.length * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    this.recs[this.length] = rec;
    this.keys[this.length] = key;
    this.length++;
  }

  /** The key of text for this set: a hash for blocks, a sortable number for sorted keys. */
  keyOf(text: string): number {
    return this.sorted ? sortCode(text) : hashString(text);
  }

  build(): KeySet | null {
    if (this.length === 0) return null;
    return {
      name: this.name,
      sorted: this.sorted,
      recs: this.recs.subarray(0, this.length),
      keys: this.keys.subarray(0, this.length),
      length: this.length,
    };
  }
}

/** The first ten letters and digits of a key as a base-37 number (other characters count as 0). */
export function sortCode(text: string): number {
  let code = 0;
  let used = 0;
  for (let k = 0; k < text.length && used < 10; k++) {
    const c = text.charCodeAt(k);
    let v = 0;
    if (c >= 97 && c <= 122) v = c - 96;
    else if (c >= 48 && c <= 57) v = c - 21;
    else if (c >= 65 && c <= 90) v = c - 64;
    code = code * 37 + v;
    used++;
  }
  for (; used < 10; used++) code *= 37;
  return code;
}

/**
 * Adds each record's per-value keys; keys are computed once per distinct value. With `surnames`
 * (from `surnameHashes`), each key is joined with the record's surnames instead.
 */
function addFieldKeys(
  builder: KeySetBuilder,
  field: MatchField,
  keysOf: (value: unknown, key: string) => string[],
  surnames?: Int32Array,
): void {
  // Each distinct value's keys, flat: those of value id are flat[start[id] .. start[id + 1]).
  const start = new Int32Array(field.values.length + 1);
  const flat: number[] = [];
  for (let id = 0; id < field.values.length; id++) {
    const keys = keysOf(field.values[id], field.keys[id]!);
    for (let k = 0; k < keys.length; k++) flat.push(builder.keyOf(keys[k]!));
    start[id + 1] = flat.length;
  }
  const { ids } = field;
  for (let r = 0; r < ids.length; r++) {
    const id = ids[r]!;
    if (id < 0) continue;
    const first = surnames ? surnames[2 * r]! : -1;
    const second = surnames ? surnames[2 * r + 1]! : -1;
    for (let k = start[id]!; k < start[id + 1]!; k++) {
      const key = flat[k]!;
      if (first < 0) builder.add(r, key);
      else {
        builder.add(r, Math.imul(key ^ first, 0x9e3779b1) >>> 2);
        if (second >= 0) builder.add(r, Math.imul(key ^ second, 0x9e3779b1) >>> 2);
      }
    }
  }
}

/**
 * Some numbers of the columns carry a country code (+1…) and some do not (#…): only then can one
 * number key two ways.
 */
function mixesCountryCodes(fields: readonly MatchField[]): boolean {
  let plus = false;
  let bare = false;
  for (const field of fields)
    for (let id = 0; id < field.keys.length; id++) {
      if (field.keys[id]!.charCodeAt(0) === 0x2b) plus = true;
      else bare = true;
      if (plus && bare) return true;
    }
  return false;
}

/**
 * A column of personal numbers (most values typed once), not a shared line (a company's
 * switchboard, typed on every colleague's row): in phone order a shared line's run of equal keys
 * fills the window with colleagues its block has already met, and its typos are not the point.
 */
function mostlyDistinct(field: MatchField): boolean {
  return field.keys.length * 2 > field.nonNull;
}

/** The last eight digits of each number of a key (a cell of several numbers keys them apart by spaces). */
function phoneTail(key: string): string[] {
  return key.split(' ').flatMap((one) => {
    const digits = one.replace(/;.*$/, '').replace(/\D/g, '');
    return digits.length >= 8 ? [`tail:${digits.slice(-8)}`] : [];
  });
}

/** More extensions than this on one number make it a switchboard, whose number alone names no one. */
const MAX_LINE_EXTENSIONS = 3;

/**
 * The numbers without extension under which a number with one also keys (021-6234 5678 转 808 as
 * 021-62345678): those typed bare on some row too, so that the two meet when names are written
 * differently (王经理, 王建国), and carrying at most `MAX_LINE_EXTENSIONS` extensions. A line whose
 * colleagues each have an extension (801..820) is a company's: a row with it bare could be any of
 * them, and one block of them all would be large and say nothing. Only numbers with an extension
 * are looked at, so the cost stays with them.
 */
function lineBases(fields: readonly MatchField[]): Set<string> {
  const extensions = new Map<string, Set<string>>();
  for (const field of fields)
    for (const whole of field.keys) {
      if (!whole.includes(';ext=')) continue;
      for (const key of whole.split(' ')) {
        const at = key.indexOf(';ext=');
        if (at < 0) continue;
        const base = key.slice(0, at);
        let seen = extensions.get(base);
        if (!seen) extensions.set(base, (seen = new Set()));
        seen.add(key.slice(at));
      }
    }
  const out = new Set<string>();
  if (extensions.size === 0) return out;
  for (const field of fields)
    for (const whole of field.keys)
      for (const key of whole.includes(' ') ? whole.split(' ') : [whole]) {
        const seen = extensions.get(key);
        if (seen && seen.size <= MAX_LINE_EXTENSIONS) out.add(key);
      }
  return out;
}

/** `keys` and, for a number with an extension on one of `bases`, that number without it. */
function withLineBases(keys: string[], bases: Set<string>): string[] {
  if (bases.size === 0) return keys;
  let out = keys;
  for (const key of keys) {
    const at = key.indexOf(';ext=');
    if (at < 0) continue;
    const base = key.slice(0, at);
    if (bases.has(base) && !out.includes(base)) out = [...out, base];
  }
  return out;
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
  let surnames: Int32Array | undefined;
  if (names?.full?.length === 1) {
    addFieldKeys(add('name', false), names.full[0]!, (value) => (value as PreparedName).forms);
  } else if (names?.full) {
    // Several name columns: one entry per form a row holds in any of them, so a row that fills
    // only the second (联系人) meets those that fill the first (姓名) with that name.
    const exact = add('name', false);
    for (let r = 0; r < n; r++) for (const form of names.forms(r)) exact.add(r, exact.keyOf(form));
  } else if (names) {
    const exact = add('name', false);
    const sorted = add('name-sorted', true);
    const reversed = add('name-sorted-reversed', true);
    for (let r = 0; r < n; r++) {
      const forms = names.forms(r);
      for (const form of forms) exact.add(r, exact.keyOf(form));
      if (forms[0]) sorted.add(r, sorted.keyOf(forms[0]));
      if (forms[1]) reversed.add(r, reversed.keyOf(forms[1]));
    }
  }
  for (const role of ['phone', 'email', 'company', 'idNumber', 'legalId', 'address', 'account', 'vehicle'] as const) {
    const fields = byRole(role);
    if (fields.length === 0) continue;
    const exact = add(role, false);
    // Colleagues share a company and its switchboard (a number on many rows), and a block of them
    // all (a third of all candidate pairs) met almost no duplicate that the name, phone, email or
    // address had not met; those it did met kept the surname (陈敏轩 = 陈轩敏), as in record
    // linkage's compound blocking on company and name. So these keys are joined with the surname;
    // a record without a name keys by the value alone, among the other nameless rows.
    const byName = (f: MatchField) =>
      names && (role === 'company' || (role === 'phone' && !mostlyDistinct(f)))
        ? (surnames ??= surnameHashes(names, n))
        : undefined;
    const addKeys = (builder: KeySetBuilder, f: MatchField, keysOf: (value: unknown, key: string) => string[]) =>
      addFieldKeys(builder, f, keysOf, byName(f));
    // A number with its extension also keys as the number without it, where that is typed bare.
    const bases = role === 'phone' ? lineBases(fields) : new Set<string>();
    for (const f of fields)
      addKeys(exact, f, (value, key) => withLineBases(f.comparator.blockKeys?.(value, key) ?? [key], bases));
    // A number written with its country code in one row and without in another keys differently:
    // its last eight digits still meet, in one column or across two (+1 415… as Phone, 415… as Mobile).
    if (role === 'phone') {
      const tails = add('phone-tail', false);
      for (const f of mixesCountryCodes(fields) ? fields : []) addKeys(tails, f, (_v, key) => phoneTail(key));
      const sorted = add('phone-sorted', true);
      for (const f of fields.filter(mostlyDistinct)) addFieldKeys(sorted, f, (_value, key) => [key]);
    }
  }
  const postcode = byRole('postcode')[0];
  if (postcode && names) {
    const b = add('postcode-initials', false);
    for (let r = 0; r < n; r++) {
      const id = postcode.ids[r]!;
      if (id >= 0) b.add(r, b.keyOf(`${postcode.keys[id]}|${names.initials(r)}`));
    }
  }
  for (const f of byRole('birthDate')) addFieldKeys(add('birthDate', false), f, (_v, key) => [key]);
  return out.map((b) => b.build()).filter((k): k is KeySet => k !== null);
}

/**
 * A number per record that orders records inside an oversized block so that likely duplicates
 * sit together: the ids of its two most telling values (company and phone, say) packed into one.
 */
export function secondaryKeys(records: MatchRecords): Float64Array {
  const n = records.rows.length;
  const pick = (role: MatchField['role']) => records.fields.find((f) => f.role === role);
  const parts = [pick('company'), pick('phone'), pick('email'), pick('postcode'), pick('birthDate'), pick('address')]
    .filter((f): f is MatchField => f !== undefined)
    .slice(0, 2);
  const out = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let key = 0;
    for (const f of parts) key = key * 2 ** 24 + (f.ids[r]! + 1);
    out[r] = key;
  }
  return out;
}
