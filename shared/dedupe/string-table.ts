/**
 * A set of strings numbered in the order they were added: open addressing over typed arrays.
 * Interning a million mostly distinct keys (phones, e-mails) through a Map cost three times as
 * much, most of it in the Map's growth and its scattered entries; here a lookup reads one slot
 * and compares one hash before it compares any text.
 */
import { hashString } from './similarity';

const EMPTY = -1;

export class StringTable {
  /** The strings, by number. */
  readonly strings: string[] = [];
  private hashes = new Int32Array(1024);
  /** Numbers of the strings by hash position, EMPTY where free; at most half full. */
  private slots = new Int32Array(2048).fill(EMPTY);

  get size(): number {
    return this.strings.length;
  }

  /** The number of `s`, or -1 when it was never added. */
  indexOf(s: string): number {
    const hash = hashString(s);
    const mask = this.slots.length - 1;
    for (let p = hash & mask; ; p = (p + 1) & mask) {
      const at = this.slots[p]!;
      if (at === EMPTY) return -1;
      if (this.hashes[at] === hash && this.strings[at] === s) return at;
    }
  }

  /** The number of `s`, adding it when new (the next number). */
  add(s: string): number {
    const hash = hashString(s);
    const mask = this.slots.length - 1;
    let p = hash & mask;
    for (; ; p = (p + 1) & mask) {
      const at = this.slots[p]!;
      if (at === EMPTY) break;
      if (this.hashes[at] === hash && this.strings[at] === s) return at;
    }
    const index = this.strings.length;
    this.strings.push(s);
    if (index === this.hashes.length) {
      const hashes = new Int32Array(index * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[index] = hash;
    this.slots[p] = index;
    if (2 * this.strings.length > this.slots.length) this.grow();
    return index;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let index = 0; index < this.strings.length; index++) {
      let p = this.hashes[index]! & mask;
      while (slots[p] !== EMPTY) p = (p + 1) & mask;
      slots[p] = index;
    }
    this.slots = slots;
  }
}
