import { normalisePhone } from '../../shared/normalise';
import { checkSheet } from '../../shared/check/check-sheet';
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

// A 京东/抖店 order export: the buyer's phone is the platform's privacy number for each order.
const ORDERS: CellValue[][] = [
  ['订单号', '客户姓名', '联系电话', '客户地址'],
  ['290010013001', '王建国', '17012345678-4821', '北京市朝阳区建国路88号SOHO现代城A座1203'],
  ['290010013002', '王建国', '17012345678-2233', '北京市朝阳区建国路88号SOHO现代城A座1203'],
  ['290010013003', '李红', '17012345678-9910', '上海市浦东新区张江镇祖冲之路1077号'],
  ['290010013004', '赵磊', '13912345678', '江苏省南京市鼓楼区中山路1号'],
];

describe('a platform’s privacy number (a mobile with an extension)', () => {
  test('is valid, written as it reads, with a warning that it is no one’s own', () => {
    for (const value of ['17012345678-4821', '17012349876转2233', '13800138000-1234']) {
      const outcome = normalisePhone(value, { defaultRegion: 'CN', locale: 'zh-CN' });
      expect(outcome).toMatchObject({ status: 'valid', warning: { code: 'phone.privacy' } });
    }
    expect(normalisePhone('17012349876转2233', { defaultRegion: 'CN', locale: 'zh-CN' })).toMatchObject({
      value: '17012349876 分机 2233',
    });
    // An office line's extension is the office's: no warning.
    expect(normalisePhone('0755-83456789-8012', { defaultRegion: 'CN', locale: 'zh-CN' })).not.toHaveProperty(
      'warning',
    );
    expect(normalisePhone('13800138000', { defaultRegion: 'CN', locale: 'zh-CN' })).not.toHaveProperty('warning');
  });

  test('check warns on each, in both languages, and names it a privacy number', () => {
    const issues = checkSheet({ name: '订单列表', values: ORDERS }).issues.filter((i) => i.code === 'phone.privacy');
    expect(issues.map((i) => [i.row, i.severity])).toEqual([
      [2, 'warning'],
      [3, 'warning'],
      [4, 'warning'],
    ]);
    expect(issues[0]!.message).toContain('隐私号');
    const english = checkSheet({
      name: 'Orders',
      values: [
        ['Order ID', 'Name', 'Phone'],
        ['1001', 'Wang Jianguo', '17012345678-4821'],
      ],
    }).issues.find((i) => i.code === 'phone.privacy');
    expect(english?.message).toContain('privacy number');
  });

  test('is no evidence for duplicates: the buyer’s two orders still group on name and address, other buyers do not join', () => {
    const clusters = findDuplicates({ name: '订单列表', values: ORDERS }).clusters;
    expect(clusters.map((c) => c.rows)).toEqual([[2, 3]]);
    const reasons = clusters[0]!.reasons.map((r) => r.message).join('\n');
    expect(reasons).not.toMatch(/联系电话/);
  });
});
