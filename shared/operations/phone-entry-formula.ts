/**
 * The phone rule's formula (phone-entry-rule.ts says which digit counts each first character takes),
 * the shape read back from a formula a sheet keeps, and the mirror a host that checks typed values itself
 * runs (the demo grid). Only functions Excel 2007, Google Sheets and LibreOffice all have, no array
 * constants or names (Excel refuses them in rules) and under Excel's 255 characters in any column.
 */
import type { CellValue } from '../sheet/cell-value';
import { cellText } from '../sheet/cell-value';

/**
 * Most digits a cell may hold: an E.164 number (15) with a seven-digit extension, and the longest any
 * country allows (19 with its country code: Japan's and Indonesia's service numbers) with a short one.
 * The table of counts is one character a digit, so the formula stays under 255 characters.
 */
export const MAX_PHONE_DIGITS = 22;

const DIGITS = '0123456789';
const WIDE_DIGITS = '０１２３４５６７８９';
/**
 * Characters a phone cell may hold besides digits: the separators phone-parse.ts folds (full-width
 * ones too), a slashed area code (310/246-1501), and the extension words phone-reading.ts reads
 * (转 801, 分机号 801, 内线, ext. 12, x12, #12). Labels (手机：) and the spelt-out "extension" are Check's only.
 */
const OTHER_CHARACTERS = ' +-().－（）＋/:：#转轉分机機号號内內线線extEXT';

/**
 * The value refused whatever its digits: what people type where a number is asked for. Check reports
 * it on every list; on a Chinese one it is the only 12xxx hotline Check reports (phone-reading.ts CN_SERVICE).
 */
export const REFUSED_PHONE = '12345';

/**
 * Digit counts a cell may hold, for a first character that is each digit 0-9 (`leads[0..9]`), an
 * opening bracket (`leads[10]`: an area code's, (021) 6234 5678, or a country code's, (852) 2987 6543),
 * the two digits 10 (`leads[11]`: Beijing's area code without its 0, a carrier's 100xx; else as 1)
 * and any other (`leads[12]`: +, a full-width digit).
 */
export interface PhoneEntryShape {
  /** The region whose numbers the hint shows, or null for a list of several countries. */
  region: string | null;
  leads: readonly (readonly number[])[];
  /** Whether REFUSED_PHONE is refused: a rule set up before took it as its digit count said. */
  refusesPlaceholder?: boolean;
}

/**
 * First characters with their own entry in a shape's `leads`, the last of which any other shares. A
 * cell led by 10 is looked up as TEN_LEAD (the formula swaps 10 for it before taking the first character).
 */
const TEN_LEAD = 'A';
const LEADS = `${DIGITS}(${TEN_LEAD}`;
/** Where each first character's entry is in `leads`. */
const TEN = LEADS.indexOf(TEN_LEAD);
const OTHER = LEADS.length;
const BRACKET = LEADS.indexOf('(');
/** The first characters the formula looks up: 10 has no entry of its own there. */
const FORMULA_LEADS = LEADS.replace(TEN_LEAD, '');

/** Excel's limit for a rule's formula; a file with a longer one opens as damaged. */
const FORMULA_MAX = 255;

export const countRange = (from: number, to = MAX_PHONE_DIGITS) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Lead classes: the distinct digit-count sets of a shape (at most five, one bit each in the formula's table). */
function classesOf(shape: PhoneEntryShape): { classOfLead: number[]; sets: (readonly number[])[] } {
  const sets: (readonly number[])[] = [];
  const classOfLead = shape.leads.map((counts) => {
    const key = counts.join(',');
    let index = sets.findIndex((s) => s.join(',') === key);
    if (index < 0) index = sets.push(counts) - 1;
    return index;
  });
  if (sets.length > 5) throw new Error('a phone shape has at most five kinds of first character');
  return { classOfLead, sets };
}

/**
 * The rule formula for the span's first cell. It counts the cell's digits (half- or full-width; a
 * character outside the allowed ones makes FIND fail, which IFERROR turns into a refusal), then looks
 * up that count in a table of letters, one a count from the fewest any first character takes to the
 * most, whose bits (of the letter's code, 64 plus at most 31) say which kinds of first character take
 * it; ISODD truncates the quotient, so no INT is needed. With four kinds or fewer the first character
 * gives the divisor itself (1, 2, 4 or 8), else its power of 2; a bracket taking what any other first
 * character takes is not looked up. REFUSED_PHONE asks MID for no letter at all. Where the shape tells
 * a cell led by 10 from one led by another 1 (a Chinese list), the formula reads 10 as a first 9,
 * whose counts hold 10's. All of it fits in 255 characters in any column to row 9 and to column ZZ to
 * row 99 (tested); further down 10 takes what any 1 takes, and where that is still too long, 12345
 * takes what its digits say.
 */
export function phoneShapeFormula(cell: string, shape: PhoneEntryShape): string {
  const ten = shape.leads[TEN]!;
  const one = shape.leads[1]!;
  const nine = shape.leads[9]!;
  if (ten.join(',') !== one.join(',') && ten.every((n) => nine.includes(n))) {
    const formula = shapeFormula(cell, { ...shape, leads: shape.leads.map((c, i) => (i === TEN ? nine : c)) }, true);
    if (formula.length <= FORMULA_MAX) return formula;
  }
  const merged = countRange(1).filter((n) => ten.includes(n) || one.includes(n));
  const leads = shape.leads.map((counts, i) => (i === 1 || i === TEN ? merged : counts));
  const formula = shapeFormula(cell, { ...shape, leads }, false);
  return formula.length <= FORMULA_MAX
    ? formula
    : shapeFormula(cell, { ...shape, leads, refusesPlaceholder: false }, false);
}

function shapeFormula(cell: string, shape: PhoneEntryShape, tenAsNine: boolean): string {
  const { classOfLead, sets } = classesOf(shape);
  const counts = sets.flat();
  const [fewest, most] = [Math.min(...counts), Math.max(...counts)];
  const table = countRange(fewest, most)
    .map((count) =>
      String.fromCharCode(64 + sets.reduce((bits, s, k) => (s.includes(count) ? bits | (1 << k) : bits), 0)),
    )
    .join('');
  const digits = `SUMPRODUCT(--(FIND(MID(${cell},ROW(INDIRECT("1:"&LEN(${cell}))),1),"${DIGITS}${WIDE_DIGITS}${OTHER_CHARACTERS}")<21))`;
  // A count under the table's first is a start of 0 or less, which MID refuses.
  const at = fewest > 1 ? `${digits}-${fewest - 1}` : digits;
  // Setup formats a phone column as text, so what is typed in it is text.
  const letters = shape.refusesPlaceholder ? `${cell}<>"${REFUSED_PHONE}"` : '1';
  // Any other first character is found at the end, where the cell itself is appended. SUBSTITUTE
  // changes the first character only where the cell starts with 10.
  const first = tenAsNine ? `LEFT(SUBSTITUTE(${cell},10,9))` : `LEFT(${cell})`;
  const looked = classOfLead[BRACKET] === classOfLead[OTHER] ? DIGITS : FORMULA_LEADS;
  const classes = [...[...looked].map((c) => classOfLead[LEADS.indexOf(c)]!), classOfLead[OTHER]!];
  const divisors = sets.length <= 4;
  const lead = `MID("${classes.map((k) => (divisors ? 2 ** k : k)).join('')}",FIND(${first},"${looked}"&${cell}),1)`;
  return `=ISODD(IFERROR(CODE(MID("${table}",${at},${letters}))/${divisors ? '' : '2^'}${lead},0))`;
}

/**
 * The shape a formula of phoneShapeFormula's encodes, or undefined for another formula. It reads the
 * formulas setup wrote before too (IFERROR outside, INT around the quotient, a power of 2 always, a
 * table of 22 from one digit, no REFUSED_PHONE), which sheets keep.
 */
export function shapeOfFormula(formula: string): PhoneEntryShape | undefined {
  const match =
    /^=(?:ISODD\(IFERROR|IFERROR\(ISODD)\((?:INT\()?CODE\(MID\("([@-_]+)",SUMPRODUCT\(.*?[<>]\d+\)\)(?:-(\d+))?,.*?\)\)\/(2\^)?MID\("(\d+)",FIND\(LEFT\(.*?\),"([\d(]+)"&/.exec(
      formula,
    );
  if (!match) return undefined;
  const [table, offset, power, leadClasses, looked] = [
    match[1]!,
    Number(match[2] ?? 0),
    match[3],
    match[4]!,
    match[5]!,
  ];
  const classOf = (i: number) => (power ? Number(leadClasses[i]) : Math.log2(Number(leadClasses[i])));
  const other = classOf(looked.length);
  const classes = [...LEADS, 'other'].map((lead) => (looked.includes(lead) ? classOf(looked.indexOf(lead)) : other));
  // 10 is read as a first 9 where the formula swaps it, else as any 1.
  classes[TEN] = formula.includes('SUBSTITUTE(') ? classes[9]! : classes[1]!;
  const leads = classes.map((k) => countRange(1).filter((count) => (table.charCodeAt(count - 1 - offset) >> k) & 1));
  return { region: null, leads, refusesPlaceholder: formula.includes(`<>"${REFUSED_PHONE}"`) };
}

/** What phoneShapeFormula accepts, for a host that checks typed values itself (the demo grid). */
export function phoneShapeHolds(value: CellValue, shape: PhoneEntryShape): boolean {
  const text = cellText(value);
  if (shape.refusesPlaceholder && text === REFUSED_PHONE) return false;
  let digits = 0;
  for (const c of text) {
    if (DIGITS.includes(c) || WIDE_DIGITS.includes(c)) digits++;
    else if (!OTHER_CHARACTERS.includes(c)) return false;
  }
  const first = text.startsWith('10') ? TEN_LEAD : text.charAt(0);
  const lead = first === '' || !LEADS.includes(first) ? OTHER : LEADS.indexOf(first);
  return shape.leads[lead]!.includes(digits);
}
