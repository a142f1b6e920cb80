/**
 * 0000-00-00 is how MySQL-based exports (有赞, many 小程序 back ends) write a date nobody gave: a
 * placeholder for no value, as 微信用户 is for no name, reported as a warning, not an invalid date.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const YOUZAN: CellValue[][] = [
  ['客户姓名', '手机号', '生日', '所在地区'],
  ['张伟', '13812345678', '1988-03-15', '浙江省杭州市西湖区'],
  ['李娜', '13912345678', '0000-00-00', '浙江省杭州市西湖区'],
  ['王芳', '13712345678', '0000-00-00 00:00:00', '浙江省杭州市滨江区'],
];

const dateIssues = (locale: 'zh-CN' | 'en-US') =>
  checkSheet(sheet(YOUZAN), { now: TODAY, locale }).issues.filter((i) => i.field === 'birthDate');

describe('check: a zero date', () => {
  test('is no value, a warning, not an invalid date', () => {
    expect(dateIssues('zh-CN').map((i) => [i.row, i.code, i.severity])).toEqual([
      [3, 'value.placeholder', 'warning'],
      [4, 'value.placeholder', 'warning'],
    ]);
  });

  test('says so in both languages', () => {
    expect(dateIssues('zh-CN')[0]!.message).toContain('“0000-00-00”表示没有值');
    expect(dateIssues('en-US')[0]!.message).toContain('"0000-00-00" stands for no value');
  });

  test('clean leaves it as typed, as any placeholder', () => {
    const edits = planClean(sheet(YOUZAN), { now: TODAY }).plan.edits.filter((e) => e.col === 3);
    expect(edits).toEqual([]);
  });

  test('a date with a real part is still checked as a date', () => {
    const values = [YOUZAN[0]!, ['张伟', '13812345678', '1988-00-15', '浙江省杭州市西湖区']];
    const issues = checkSheet(sheet(values), { now: TODAY }).issues.filter((i) => i.field === 'birthDate');
    expect(issues.map((i) => i.code)).not.toContain('value.placeholder');
  });
});
