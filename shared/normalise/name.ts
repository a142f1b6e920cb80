/**
 * Person names: text normalisation, then the two fixes Chinese lists need. Han names lose the
 * spaces typed between characters ("张 伟"), and the separators of transliterated names (阿卜杜·热合曼)
 * become the one middle dot U+00B7. Latin names keep their case; only spaces are collapsed.
 */
import type { CellValue } from '../sheet/cell-value';
import type { NormaliseOutcome } from './types';
import { EMPTY, cellString, cleanText } from './text';

// Bullet, katakana middle dot (IMEs type it), hyphenation point, bullet and dot operators.
const MIDDLE_DOTS = /\s*[·•・‧∙⋅]\s*/g;
// A full stop between Han characters is a mistyped middle dot: 阿卜杜.热合曼.
const HAN_FULL_STOP = /(?<=\p{Script=Han})\s*\.\s*(?=\p{Script=Han})/gu;
const HAN_SPACE = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu;
const HAN_NAME = /^\p{Script=Han}+(?:·\p{Script=Han}+)*$/u;
const PLAIN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** A name written only in Han characters, optionally in parts joined by "·". */
export function isHanName(s: string): boolean {
  return HAN_NAME.test(s);
}

export function cleanPersonName(s: string): string {
  if (PLAIN_ASCII.test(s)) return s; // nothing below touches ASCII
  return cleanText(s).replace(MIDDLE_DOTS, '·').replace(HAN_FULL_STOP, '·').replace(HAN_SPACE, '');
}

export function normalisePersonName(value: CellValue | undefined): NormaliseOutcome {
  const raw = cellString(value);
  if (raw === null) return EMPTY;
  const name = cleanPersonName(raw);
  return name === '' ? EMPTY : { status: 'valid', value: name };
}
