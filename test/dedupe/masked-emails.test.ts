import { findDuplicates } from '../../shared/dedupe';
import { maskedEmailKey } from '../../shared/dedupe/compare/masked-email';
import type { CellValue } from '../../shared/sheet/cell-value';

// An order export from a Taobao shop: the buyer's Alipay account comes starred out.
const HEADER = ['收货人姓名', '买家支付宝账号', '收货地址', '联系手机', '订单编号'];

function groups(rows: CellValue[][]) {
  return findDuplicates({ name: '订单', values: [HEADER, ...rows] }).clusters.map((c) => ({
    rows: c.rows,
    band: c.band,
    reasons: c.reasons.map((r) => r.message),
  }));
}

describe('masked e-mail addresses', () => {
  test('keys an address by what it shows, and nothing else as masked', () => {
    expect(maskedEmailKey('lily***@163.com')).toBe('lily*@163.com');
    expect(maskedEmailKey(' ZM＊＊＊@126.COM ')).toBe('zm*@126.com');
    expect(maskedEmailKey('lily@163.com')).toBeNull();
    expect(maskedEmailKey('***@163.com')).toBeNull();
    expect(maskedEmailKey('138****8000')).toBeNull();
  });

  test('two buyers of one name whose masked addresses show the same letters are reviewed, not merged', () => {
    // zm***@126.com is what 张敏, 赵明 and 周木 all show: the letters are the name's own.
    const found = groups([
      ['张敏', 'zm***@126.com', '广东省 深圳市 南山区 科苑路 15号', '', '3578963214785236987'],
      ['张敏', 'zm***@126.com', '北京市 朝阳区 建国路 88号 SOHO现代城', '', '3578963214785236988'],
      ['李丽', 'lily***@163.com', '浙江省 杭州市 西湖区 文三路 478号', '', '3569874125478963214'],
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.rows).toEqual([2, 3]);
    expect(found[0]!.band).toBe('review');
    expect(found[0]!.reasons).toContain('买家支付宝账号: same visible characters of a masked address (zm***@126.com)');
    expect(found[0]!.reasons.join('\n')).not.toMatch(/same address \(zm/);
  });

  test('one buyer’s orders still merge on the phone and name, the masked address agreeing beside them', () => {
    const found = groups([
      ['李丽', 'lily***@163.com', '浙江省 杭州市 西湖区 文三路 478号', '13857123456', '3569874125478963214'],
      ['李丽', 'lily***@163.com', '浙江省 杭州市 滨江区 网商路 699号', '13857123456', '3579632147852369874'],
      ['王晓明', 'wxm***@qq.com', '上海市 浦东新区 祖冲之路 1077号', '13601234567', '3572589631478523698'],
    ]);
    expect(found.map((g) => [g.rows, g.band])).toEqual([[[2, 3], 'merge']]);
  });

  test('masked addresses that show other letters are two buyers’, and a masked one says nothing of a whole one', () => {
    expect(
      groups([
        ['张敏', 'zm***@126.com', '广东省 深圳市 南山区 科苑路 15号', '', '3578963214785236987'],
        ['张敏', 'zx***@126.com', '北京市 朝阳区 建国路 88号 SOHO现代城', '', '3578963214785236988'],
      ]).filter((g) => g.band === 'merge'),
    ).toEqual([]);
    const whole = groups([
      ['张敏', 'zhangmin@126.com', '广东省 深圳市 南山区 科苑路 15号', '13923456789', '3578963214785236987'],
      ['张敏', 'zm***@126.com', '广东省 深圳市 南山区 科苑路 15号', '13923456789', '3578963214785236988'],
    ]);
    expect(whole.map((g) => g.rows)).toEqual([[2, 3]]);
    expect(whole[0]!.reasons.join('\n')).not.toMatch(/different addresses \(zhangmin/);
  });
});
