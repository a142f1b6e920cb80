/**
 * Yes/no fields: booleans, 1/0, check marks and the words both languages use (是/否, 有/无,
 * 同意/不同意, Y/N, TRUE/FALSE) become the locale's own pair: 是/否 or Yes/No.
 */
import type { CellValue } from '../sheet/cell-value';
import type { Locale } from '../i18n/locale';
import type { NormaliseOutcome } from './types';
import { EMPTY, foldText } from './text';

const YES = new Set(['true', 'yes', 'y', '1', '是', '有', '同意', '已同意', '对', '√', '✓', '✔', '☑']);
const NO = new Set(['false', 'no', 'n', '0', '否', '无', '没有', '不同意', '未同意', '拒绝', '×', '✗', '✘', '☒']);
const YES_NO_LABELS: Record<Locale, readonly [yes: string, no: string]> = {
  'zh-CN': ['是', '否'],
  'en-US': ['Yes', 'No'],
};

export function normaliseYesNo(value: CellValue | undefined, locale: Locale): NormaliseOutcome {
  if (value === null || value === undefined) return EMPTY;
  let answer: boolean | undefined;
  if (typeof value === 'boolean') answer = value;
  else if (typeof value === 'number') answer = value === 1 ? true : value === 0 ? false : undefined;
  else if (typeof value === 'string') {
    const key = foldText(value)
      .toLowerCase()
      .replace(/[\s\x85.]+/g, '');
    if (key === '') return EMPTY;
    answer = YES.has(key) ? true : NO.has(key) ? false : undefined;
  }
  if (answer === undefined) return { status: 'invalid', code: 'yesNo.invalid' };
  const [yes, no] = YES_NO_LABELS[locale] ?? YES_NO_LABELS['zh-CN'];
  return { status: 'valid', value: answer ? yes : no };
}
