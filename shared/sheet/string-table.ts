/**
 * A set of strings numbered in the order they were added: open addressing over typed arrays.
 * Interning a million mostly distinct keys (phones, e-mails) through a Map cost three times as
 * much, most of it in the Map's growth and its scattered entries; here a lookup reads one slot,
 * which holds a string's number and its hash side by side, and compares the hash before any text.
 */

const EMPTY = -1;

export class StringTable {
  /** The strings, by number. */
  readonly strings: string[] = [];
  /**
   * Slot p at 2p and 2p + 1: the number of a string and its hash, EMPTY where free; at most half
   * full. One cache line gives both, where a number's hash kept apart cost a second miss.
   */
  private slots = new Int32Array(4096).fill(EMPTY);

  get size(): number {
    return this.strings.length;
  }

  /** The number of `s`, or -1 when it was never added. */
  indexOf(s: string): number {
    const hash = hashString(s);
    const mask = (this.slots.length >> 1) - 1;
    for (let p = hash & mask; ; p = (p + 1) & mask) {
      const at = this.slots[2 * p]!;
      if (at === EMPTY) return -1;
      if (this.slots[2 * p + 1] === hash && this.strings[at] === s) return at;
    }
  }

  /** The number of `s`, adding it when new (the next number). */
  add(s: string): number {
    const hash = hashString(s);
    const mask = (this.slots.length >> 1) - 1;
    let p = hash & mask;
    for (; ; p = (p + 1) & mask) {
      const at = this.slots[2 * p]!;
      if (at === EMPTY) break;
      if (this.slots[2 * p + 1] === hash && this.strings[at] === s) return at;
    }
    const index = this.strings.length;
    this.strings.push(s);
    this.slots[2 * p] = index;
    this.slots[2 * p + 1] = hash;
    if (4 * this.strings.length > this.slots.length) this.grow();
    return index;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2).fill(EMPTY);
    const mask = (slots.length >> 1) - 1;
    for (let q = 0; q < old.length; q += 2) {
      const index = old[q]!;
      if (index === EMPTY) continue;
      const hash = old[q + 1]!;
      let p = hash & mask;
      while (slots[2 * p] !== EMPTY) p = (p + 1) & mask;
      slots[2 * p] = index;
      slots[2 * p + 1] = hash;
    }
    this.slots = slots;
  }
}

/**
 * FNV-1a hash kept to 30 bits (a small integer V8 stores inline): equal strings have equal
 * hashes, so unequal hashes settle inequality without reading both strings.
 */
export function hashString(s: string): number {
  return hashHead(s, s.length);
}

/** `hashString(s.slice(0, end))` without making the slice. */
export function hashHead(s: string, end: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h >>> 2;
}
