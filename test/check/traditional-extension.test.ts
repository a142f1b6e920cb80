/**
 * An extension typed with # or ext on a Taiwan or Hong Kong list is written in the list's own
 * characters when cleaned (分機 201), as one typed 分機 already is; a mainland list's stays 分机.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const suggestions = (values: CellValue[][]) =>
  checkSheet(sheet(values), { now: TODAY, locale: 'zh-CN' })
    .issues.filter((i) => i.field === 'phone' && i.suggestion)
    .map((i) => i.suggestion);

describe('an extension on a Traditional-Chinese list', () => {
  test('a Taiwan list’s #201 becomes 分機 201', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['公司名稱', '聯絡人', '電話', '行動電話'],
      ['台灣精密機械股份有限公司', '陳志明', '(02)2345-6789 #201', '0912-345-678'],
      ['宏達電子股份有限公司', '林美玲', '(02)2765-4321', '0933-123-456'],
      ['永豐貿易有限公司', '黃建國', '(04)2234-5678 ext. 15', '0922-333-444'],
    ];
    const shown = suggestions(values);
    expect(shown.filter((s) => String(s).includes('分'))).toEqual([
      expect.stringMatching(/2345 6789 分機 201$/),
      expect.stringMatching(/2234 5678 分機 15$/),
    ]);
  });

  test('a mainland list’s #801 stays 分机 801', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['客户名称', '联系人', '电话'],
      ['华信科技有限公司', '张伟', '010-62345678 #801'],
      ['明达贸易有限公司', '王明', '021-58881234'],
    ];
    expect(suggestions(values)).toEqual(['010-62345678 分机 801']);
  });
});
