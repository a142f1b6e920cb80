/**
 * String similarities used by the comparators: Jaro-Winkler (Winkler 1990, prefix scale 0.1 over
 * at most 4 characters), optimal string alignment distance (Damerau-Levenshtein without
 * re-editing a substring), and the Dice coefficient over character bigrams.
 */

// Scratch marks for jaro(): a position is matched when its mark equals the current call's stamp.
let marksA = new Int32Array(64);
let marksB = new Int32Array(64);
let stamp = 0;

export function jaro(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  if (marksA.length < la) marksA = new Int32Array(la * 2);
  if (marksB.length < lb) marksB = new Int32Array(lb * 2);
  if (++stamp === 0x7fffffff) {
    marksA.fill(0);
    marksB.fill(0);
    stamp = 1;
  }
  const ma = marksA;
  const mb = marksB;
  const s = stamp;
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - range);
    const hi = Math.min(lb - 1, i + range);
    const ch = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (mb[j] !== s && b.charCodeAt(j) === ch) {
        ma[i] = s;
        mb[j] = s;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (ma[i] !== s) continue;
    while (mb[k] !== s) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  return (m / la + m / lb + (m - transpositions / 2) / m) / 3;
}

export function jaroWinkler(a: string, b: string, prefixScale = 0.1): number {
  const j = jaro(a, b);
  if (j === 0 || j === 1) return j;
  let prefix = 0;
  const max = Math.min(4, a.length, b.length);
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * prefixScale * (1 - j);
}

/** True when one substitution, insertion, deletion or swap of neighbours turns a into b (or a = b). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Common suffix length, not overlapping the common prefix.
  let ja = la;
  let jb = lb;
  while (ja > i && jb > i && a.charCodeAt(ja - 1) === b.charCodeAt(jb - 1)) {
    ja--;
    jb--;
  }
  const restA = ja - i;
  const restB = jb - i;
  if (restA <= 1 && restB <= 1) return true; // one substitution, insertion or deletion
  // Two neighbours swapped: "ab" vs "ba" in the middle.
  return (
    restA === 2 && restB === 2 && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i)
  );
}

export { hashHead, hashString } from '../sheet/string-table';

/**
 * The strings in code-unit order (as `sort()` orders them), joined. Insertion sort on a copy:
 * names and addresses hold a handful of words, where `sort()`'s set-up costs more than sorting.
 */
export function sortedJoin(items: readonly string[], separator: string): string {
  const out = items.slice();
  for (let i = 1; i < out.length; i++) {
    const item = out[i]!;
    let j = i - 1;
    while (j >= 0 && out[j]! > item) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = item;
  }
  return out.join(separator);
}

/**
 * A quick filter for `withinOneEdit` without reading the strings: one edit leaves the first five
 * or the last five characters of strings of ten or more untouched (unless both are ten long and
 * their middle characters swap places), and changes how often its
 * characters occur by two at most (counted in ten classes, code mod 10): 13800138000 and
 * 13800138599 share their head, but not their digits.
 */
export interface EditSketch {
  sketchLength: number;
  sketchHead: number;
  sketchTail: number;
  /** Occurrences of each class of characters, modulo 8, three bits a class. */
  sketchBag: number;
}

/** Numbers `writeEditSketch` writes. */
export const SKETCH_WIDTH = 4;
const CLASSES = 10;
const classCounts = new Uint8Array(CLASSES);

function hash5(s: string, from: number): number {
  let h = 0;
  for (let k = from; k < from + 5; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h >>> 2;
}

function characterBag(s: string): number {
  classCounts.fill(0);
  for (let k = 0; k < s.length; k++) classCounts[s.charCodeAt(k) % CLASSES]!++;
  let bag = 0;
  for (let c = 0; c < CLASSES; c++) bag |= (classCounts[c]! & 7) << (3 * c);
  return bag;
}

/** Whether two bags are at most two single changes apart (a count modulo 8 one up or down is one). */
function bagsNear(x: number, y: number): boolean {
  let changes = 0;
  for (let c = 0; c < CLASSES; c++) {
    const d = ((x >>> (3 * c)) - (y >>> (3 * c))) & 7;
    if (d !== 0) changes += d === 1 || d === 7 ? 1 : 3;
    if (changes > 2) return false;
  }
  return true;
}

export function editSketch(s: string): EditSketch {
  return { sketchLength: s.length, sketchHead: sketchHead(s), sketchTail: sketchTail(s), sketchBag: characterBag(s) };
}

/** `editSketch(s).sketchHead`, for a prepared value that holds its sketch's numbers itself. */
export function sketchHead(s: string): number {
  return s.length >= 10 ? hash5(s, 0) : 0;
}

/** `editSketch(s).sketchTail`. */
export function sketchTail(s: string): number {
  return s.length >= 10 ? hash5(s, s.length - 5) : 0;
}

/** `editSketch(s).sketchBag`. */
export { characterBag as sketchBag };

function sketchesMeet(la: number, lb: number, headA: number, headB: number, tailA: number, tailB: number): boolean {
  const d = la - lb;
  if (d > 1 || d < -1) return false;
  // Two strings of ten may swap their fifth and sixth characters, which touches head and tail.
  if (la < 10 || lb < 10 || la + lb === 20) return true;
  return headA === headB || tailA === tailB;
}

/** False only when the strings are surely more than one edit apart. */
export function mayBeWithinOneEdit(a: EditSketch, b: EditSketch): boolean {
  return (
    sketchesMeet(a.sketchLength, b.sketchLength, a.sketchHead, b.sketchHead, a.sketchTail, b.sketchTail) &&
    bagsNear(a.sketchBag, b.sketchBag)
  );
}

/** Writes a sketch as SKETCH_WIDTH numbers from `at` (length, head, tail, bag), for mayBeWithinOneEditAt. */
export function writeEditSketch(sketch: EditSketch, out: Int32Array, at: number): void {
  out[at] = sketch.sketchLength;
  out[at + 1] = sketch.sketchHead;
  out[at + 2] = sketch.sketchTail;
  out[at + 3] = sketch.sketchBag;
}

/** `mayBeWithinOneEdit` on sketches written by `writeEditSketch` from `a` and `b`. */
export function mayBeWithinOneEditAt(numbers: Int32Array, a: number, b: number): boolean {
  return (
    sketchesMeet(numbers[a]!, numbers[b]!, numbers[a + 1]!, numbers[b + 1]!, numbers[a + 2]!, numbers[b + 2]!) &&
    bagsNear(numbers[a + 3]!, numbers[b + 3]!)
  );
}

/** Optimal string alignment distance (edits: insert, delete, substitute, swap neighbours). */
export function osaDistance(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  if (la === 0) return lb;
  if (lb === 0) return la;
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = Array.from({ length: lb + 1 }, (_, j) => j);
  let cur = new Array<number>(lb + 1).fill(0);
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[lb]!;
}

/** Characters turned into a string a slice at a time (an argument list has a length limit). */
function fromCodes(codes: Uint16Array): string {
  let out = '';
  for (let k = 0; k < codes.length; k += 4096)
    out += String.fromCharCode.apply(null, codes.subarray(k, k + 4096) as unknown as number[]);
  return out;
}

/**
 * Sorted bigrams of a string (with a boundary marker), for `dice`: each bigram's two characters,
 * in code order, in one string. A typed array per value was three objects and a buffer outside
 * the heap for each of a million addresses, which the collector walked on every pass.
 */
export function bigrams(text: string): string {
  const s = `\u0001${text}\u0001`;
  const codes = new Uint32Array(s.length - 1);
  for (let i = 0; i + 1 < s.length; i++) codes[i] = ((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1)) >>> 0;
  codes.sort();
  const chars = new Uint16Array(2 * codes.length);
  for (let i = 0; i < codes.length; i++) {
    chars[2 * i] = codes[i]! >>> 16;
    chars[2 * i + 1] = codes[i]! & 0xffff;
  }
  return fromCodes(chars);
}

/** Dice coefficient of two sorted bigram multisets (strings from `bigrams`). */
export function dice(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i) * 0x10000 + a.charCodeAt(i + 1);
    const y = b.charCodeAt(j) * 0x10000 + b.charCodeAt(j + 1);
    if (x === y) {
      common++;
      i += 2;
      j += 2;
    } else if (x < y) i += 2;
    else j += 2;
  }
  return (4 * common) / (a.length + b.length);
}
