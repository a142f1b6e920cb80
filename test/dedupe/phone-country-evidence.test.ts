/**
 * Duplicate detection reads a phone as check does: a number the row's country does not take, or one
 * beside a single foreign number, is not keyed as another country's number.
 */
import { phoneComparator, phoneRowKeys } from '../../shared/dedupe/compare/phone';
import { readPhoneSheet } from '../../shared/normalise/phone-region';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';

function phoneSheet(values: CellValue[][]) {
  return readPhoneSheet(values, mapHeaders(values[0]!, DEFAULT_TEMPLATE), DEFAULT_TEMPLATE);
}

describe('phone keys where a row or the sheet names another country', () => {
  test('does not key a British row’s drama-range number as the Chinese landline it would be in Guangxi', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Country'],
      ['Emma Wilson', '07700 900456', 'United Kingdom'],
      ['韦丽', '0770-0900456', '中国'],
    ];
    const keyOf = phoneRowKeys('CN', phoneSheet(values))!;
    const [british, chinese] = values.slice(1).map((row) => keyOf(row[1]!, row));
    expect(chinese).toBe('#7700900456');
    expect(british).not.toBe(chinese);
  });

  test('does not key a bare number as German because one other row is German', () => {
    const values: CellValue[][] = [
      ['Name', 'Email', 'Phone'],
      ['Lucy Harris', 'lucy.harris@gmail.com', '07400 222333'],
      ['Anna Schmidt', 'anna@web.de', '+49 30 12345678'],
    ];
    const comparator = phoneComparator('CN', phoneSheet(values));
    const german = comparator.key('+49 7400 222333');
    expect(german).toBe('+497400222333');
    expect(comparator.key('07400 222333')).not.toBe(german);
  });
});
