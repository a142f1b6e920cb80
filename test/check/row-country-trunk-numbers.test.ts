/**
 * A number typed with a trunk 0 and dashes (090-1234-5678, 020 7946 0958) is written so in Japan,
 * Korea, Britain and China alike: the row's own country column settles which it is. Only a list
 * without one leaves such a number as typed with both readings named.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const phoneIssues = (values: CellValue[][], locale: 'en-US' | 'zh-CN' = 'en-US') =>
  checkSheet(sheet(values), { now: TODAY, locale })
    .issues.filter((i) => i.field === 'phone')
    .map((i) => [i.row, i.code, i.suggestion]);

describe('a trunk-0 number in a row that names its country', () => {
  test('is the row country’s: a Japanese mobile beside Japan, JP or 日本', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Country'],
      ['Yuki Tanaka', '090-1234-5678', 'Japan'],
      ['Kenji Sato', '090-1234-5679', 'JP'],
      ['Aiko Ito', '090-1234-5670', '日本'],
      ['Min-jun Kim', '010-1234-5678', 'KR'],
    ];
    expect(phoneIssues(values)).toEqual([
      [2, 'phone.nonCanonical', '+81 90 1234 5678'],
      [3, 'phone.nonCanonical', '+81 90 1234 5679'],
      [4, 'phone.nonCanonical', '+81 90 1234 5670'],
      [5, 'phone.nonCanonical', '+82 10 1234 5678'],
    ]);
  });

  test('a London number beside United Kingdom is London’s, not Guangzhou’s', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Country'],
      ['Tom Wilson', '020-7946-0958', 'United Kingdom'],
      ['Ann Hughes', '0161 496 0000', 'UK'],
    ];
    const issues = phoneIssues(values);
    expect(issues.map(([, code]) => code)).not.toContain('phone.ambiguous');
    expect(issues[0]).toEqual([2, 'phone.nonCanonical', '+44 20 7946 0958']);
  });

  test('a Chinese landline beside 中国 stays China’s', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['客户名称', '电话', '国家'],
      ['华信科技', '020-8765-4321', '中国'],
      ['明达贸易', '0755-86001234', '中国'],
    ];
    expect(phoneIssues(values, 'zh-CN').map(([, code]) => code)).not.toContain('phone.ambiguous');
  });
});
