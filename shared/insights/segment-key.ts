/**
 * What makes two forms of a segment value one value: case aside, and traditional characters read
 * as simplified (跟進中 = 跟进中), since a team in Hong Kong or Taiwan and one on the mainland type one
 * status in both scripts. Only characters with a simplified form change; other text stays itself.
 */
import { simplifiedHan } from '../dedupe/simplified';

export function segmentKey(form: string): string {
  return simplifiedHan(form).toLowerCase();
}
