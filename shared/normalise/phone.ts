/**
 * Phone numbers as a normaliser: the reading of phone-reading.ts as a normalise outcome. Numbers of
 * the template's region are written nationally (CN: mobile "13800138000", landline "010-62345678"),
 * others internationally ("+1 415 555 2671"), and on a list that is not the template region's team's
 * (`foreignList`) all of them; an extension in the sheet's language ("分机 123", "ext. 123").
 */
import type { CellValue } from '../sheet/cell-value';
import type { NormaliseContext, NormaliseOutcome } from './types';
import { EMPTY } from './text';
import { isTrunklessLandline, readPhone, type PhoneContext } from './phone-reading';
import { phoneParts } from './phone-parts';
import { labelledLine, labelledNumbers } from './phone-labels';
import { namesPerson } from './phone-note-name';

const INVALID: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'phone.invalid' });

type PhoneNormaliseContext = Partial<
  Pick<
    NormaliseContext,
    'defaultRegion' | 'locale' | 'sheetRegion' | 'otherSheetRegions' | 'rowRegion' | 'rowPlace' | 'foreignList'
  >
>;

function regionOf(region: string | undefined): string {
  return typeof region === 'string' && region !== '' ? region.toUpperCase() : 'CN';
}

function phoneContext(ctx: PhoneNormaliseContext | undefined): PhoneContext {
  const home = regionOf(ctx?.defaultRegion);
  return {
    home,
    sheet: ctx?.sheetRegion ? regionOf(ctx.sheetRegion) : home,
    ...(ctx?.otherSheetRegions?.length ? { others: ctx.otherSheetRegions } : {}),
    row: ctx?.rowRegion ?? null,
    ...(ctx?.rowPlace ? { place: ctx.rowPlace } : {}),
    ...(ctx?.foreignList ? { foreignList: true } : {}),
    locale: ctx?.locale,
  };
}

const SEVERAL: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'phone.several' });
const WITH_NOTE: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'phone.withNote' });
const WITH_NAME: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'phone.withName' });
const NO_AREA_CODE: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'phone.noAreaCode' });
const FAX: NormaliseOutcome = Object.freeze({ status: 'invalid', code: 'phone.fax' });
/** A note after a number: 13800138000 (微信同号), 138…（晚上打）. */
const TRAILING_NOTE = /^(.*\d)\s*[（(]([^()（）]*)[)）]$/;
/** A note after a space, without brackets and without digits: 13812345672 微信同号, 138… 晚上打. */
const SPACED_NOTE = /^(.*\d)\s+([\p{L}][^\d]*)$/u;
/** A note after a slash, without digits: 13912345678 / 微信同号 (a digit after it is a second number). */
const SLASHED_NOTE = /^(.*\d)\s*[/／]\s*([\p{L}][^\d]*)$/u;

/**
 * Why a cell that reads as no number is not one: two numbers, a number and a note, a number and a
 * person's name (13912345678 张总: the contact, no note), or a Chinese landline without its area code
 * (else plain invalid).
 */
function whyInvalid(value: CellValue | undefined, context: PhoneContext): NormaliseOutcome {
  if (isTrunklessLandline(value, context)) return NO_AREA_CODE;
  if (typeof value !== 'string') return INVALID;
  const reads = (text: string) => {
    const kind = readPhone(text, context).kind;
    return kind === 'valid' || kind === 'ambiguous';
  };
  if (phoneParts(value, reads)) return SEVERAL;
  const noted = splitNote(value);
  if (noted === null || !reads(noted.number)) return INVALID;
  return namesPerson(noted.note) ? WITH_NAME : WITH_NOTE;
}

function splitNote(value: string): { number: string; note: string } | null {
  const text = value.trim();
  const noted = TRAILING_NOTE.exec(text) ?? SLASHED_NOTE.exec(text) ?? SPACED_NOTE.exec(text);
  return noted ? { number: noted[1]!, note: noted[2]! } : null;
}

/**
 * The text before a note at the end of a phone cell (416-555-0143 of 416-555-0143 (call after 5pm),
 * 13812345672 of 13812345672 微信同号), or null; whether it reads as a number is the caller's.
 */
export function numberBeforeNote(value: string): string | null {
  return splitNote(value)?.number ?? null;
}

/**
 * A cell of labelled numbers (QuickBooks' Phone:(305) 909-1726 Mobile:(305) 555-0100) whose every
 * number reads: each number in its clean form, the labels and what lies between them as typed, so
 * the cell still says which number is the mobile. One number with two readings leaves the cell as typed.
 */
function labelledOutcome(value: CellValue | undefined, context: PhoneContext): NormaliseOutcome | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = labelledNumbers(value);
  if (!parts) return undefined;
  const readings = parts.map((part) => readPhone(part.number, context));
  if (readings.some((r) => r.kind !== 'valid' && r.kind !== 'ambiguous')) return undefined;
  let text = '';
  let from = parts[0]!.start;
  for (const [i, part] of parts.entries()) {
    const reading = readings[i]!;
    if (reading.kind === 'ambiguous')
      return { status: 'ambiguous', code: 'phone.ambiguous', readings: reading.readings.map((r) => part.label + r) };
    if (reading.kind !== 'valid') return undefined;
    text += value.slice(from, part.numberStart) + reading.text;
    from = part.end;
  }
  return { status: 'valid', value: text };
}

/** A cell holding one number labelled as a fax (传真:010-88886666), which no phone line is. */
function isFax(value: CellValue | undefined): boolean {
  return typeof value === 'string' && labelledLine(value) === 'fax' && labelledNumbers(value) === null;
}

export function normalisePhone(value: CellValue | undefined, ctx?: PhoneNormaliseContext): NormaliseOutcome {
  // Cleaned, a fax would lose its label and read as a number to call: it stays as typed, said to be a fax.
  if (isFax(value)) return FAX;
  const context = phoneContext(ctx);
  const reading = readPhone(value, context);
  switch (reading.kind) {
    case 'empty':
      return EMPTY;
    case 'invalid':
      return labelledOutcome(value, context) ?? whyInvalid(value, context);
    case 'ambiguous':
      return { status: 'ambiguous', code: 'phone.ambiguous', readings: reading.readings };
    case 'valid':
      return reading.privacy
        ? { status: 'valid', value: reading.text, warning: PRIVACY }
        : { status: 'valid', value: reading.text };
  }
}

/** A platform's privacy number for one order (17012345678-4821): valid, kept, and said to be no one's own. */
const PRIVACY = Object.freeze({ code: 'phone.privacy', readings: Object.freeze([]) as readonly string[] } as const);

/** Whether a cell holds a phone number, under one reading or two (for telling what an unnamed column holds). */
export function isPhoneNumber(value: CellValue | undefined, region = 'CN'): boolean {
  const kind = readPhone(value, phoneContext({ defaultRegion: region })).kind;
  return kind === 'valid' || kind === 'ambiguous';
}

/**
 * A duplicate-matching key: E.164 ("+8613800138000", ";ext=123" appended for an extension), or null
 * when blank, invalid or ambiguous (an ambiguous number has no one E.164 form to match on).
 */
export function phoneKey(value: CellValue | undefined, region: string | PhoneNormaliseContext = 'CN'): string | null {
  const reading = readPhone(value, phoneContext(typeof region === 'string' ? { defaultRegion: region } : region));
  return reading.kind === 'valid' ? reading.key : null;
}
