/**
 * China's unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of digits and
 * capitals without I, O, S, V and Z, the last a check character over the other 17. A column whose
 * values mostly pass the check holds companies' legal IDs whatever its header says.
 */
import { codeKey } from './code';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** Whether `text` is a credit code whose check character is right (a made-up code seldom is). */
export function isCreditCode(text: string): boolean {
  const key = codeKey(text);
  if (key === null || !SHAPE.test(key)) return false;
  let sum = 0;
  for (let k = 0; k < 17; k++) sum += ALPHABET.indexOf(key[k]!) * WEIGHTS[k]!;
  return ALPHABET[(31 - (sum % 31)) % 31] === key[17];
}
