/**
 * 抖音, 拼多多 and 淘宝 order exports star out part of a buyer's phone (138****8000): a real number
 * partly hidden. Check says so, as a warning, instead of calling it an invalid phone; clean leaves it.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { isMasked } from '../../shared/check/placeholder';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { TODAY } from '../operations/fixtures';

const DOUYIN: CellValue[][] = [
  ['主订单编号', '收件人', '收件人手机号', '省', '详细地址'],
  ['6918273645001', '张**', '138****8000', '湖北', '中南路100号'],
  ['6918273645002', '李**', '13912345678', '广东', '科技园路1号'],
  ['6918273645003', '王*', '177****0001', '浙江', '文三路90号'],
];

describe('masked values', () => {
  test.each([
    '138****8000',
    '177****0001',
    '110101********1234',
    'li***@qq.com',
    '1**5',
    // 拼多多 writes its word for a number it hid whole.
    '[已脱敏]',
    '【隐私保护】',
    '已隐藏',
  ])('%s is masked', (value) => {
    expect(isMasked(value)).toBe(true);
  });

  test.each(['13800138000', 'A*B', '*', 'VIP*', null, 5, '脱敏处理说明见附件', '无'])('%j is not masked', (value) => {
    expect(isMasked(value)).toBe(false);
  });

  test('a Douyin order export: masked phones are warnings that say so, not invalid numbers', () => {
    const result = checkSheet({ name: '订单', values: DOUYIN }, { now: TODAY });
    const phones = result.issues.filter((i) => i.column === '收件人手机号');
    expect(phones.map((i) => [i.row, i.code, i.severity])).toEqual([
      [2, 'value.masked', 'warning'],
      [4, 'value.masked', 'warning'],
    ]);
    expect(phones[0]!.message).toBe(
      '“138****8000”是脱敏后的值：导出时隐藏了部分内容，无法校验或补全，已保持原样。如有完整的“收件人手机号”，请填写。',
    );
    const english = checkSheet({ name: '订单', values: DOUYIN }, { now: TODAY, locale: 'en-US' });
    expect(english.issues.find((i) => i.row === 2 && i.column === '收件人手机号')?.message).toBe(
      '"138****8000" is masked: the export hid part of it, so it cannot be checked or completed. Left as typed; fill in the full 收件人手机号 if you have it.',
    );
  });

  test('a 拼多多 order export’s [已脱敏] phone is masked, not an invalid number', () => {
    const values: CellValue[][] = [
      ['订单号', '收货人', '手机', '收货地址'],
      ['240512-123456789012345', '周*', '[已脱敏]', '浙江省杭州市西湖区文三路90号'],
    ];
    const phones = checkSheet({ name: '订单', values }, { now: TODAY }).issues.filter((i) => i.column === '手机');
    expect(phones.map((i) => [i.row, i.code, i.severity])).toEqual([[2, 'value.masked', 'warning']]);
  });

  test('clean leaves a masked phone as typed and counts it among the values it could not fix', () => {
    const { plan, summary } = planClean({ name: '订单', values: DOUYIN }, { now: TODAY });
    expect(plan.edits.filter((e) => e.col === 3 && (e.row === 2 || e.row === 4))).toEqual([]);
    expect(summary.unfixable).toBeGreaterThanOrEqual(2);
  });
});
