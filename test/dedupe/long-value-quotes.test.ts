import { findDuplicates } from '../../shared/dedupe';
import { quoteValue, quotePair } from '../../shared/dedupe/quote-value';
import { reasonText } from '../../shared/merge/audit-log';
import { mergeLabels } from '../../shared/merge/labels';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

// A shop's order export: one buyer's parcels sent home twice and once to the office, each address ending in its postcode.
const HOME = '浙江省 杭州市 西湖区 文三路 478号 华星时代广场A座 1203室(310012)';
const OFFICE = '浙江省 杭州市 滨江区 网商路 699号 阿里巴巴滨江园区(310052)';
const ORDERS: SheetSnapshot = {
  name: '订单',
  values: [
    ['收货人姓名', '联系手机', '收货地址', '买家会员名'],
    ['李丽', '13857123456', HOME, 'tb_lily2019'],
    ['李丽', '13857123456', HOME, 'tb_lily2019'],
    ['李丽', '13857123456', OFFICE, 'tb_lily2019'],
  ],
};

describe('quoting long values in a reason', () => {
  test('a long value is cut before a bracket the cut would leave open, so the reason’s own brackets still close', () => {
    expect(quoteValue(HOME)).toBe('浙江省 杭州市 西湖区 文三路 478号 华星时代广场A座 1203室…');
    expect(quoteValue('Acme Trading Co. (Shanghai Branch Office, Pudong New Area)')).toBe('Acme Trading Co.…');
    expect(quoteValue('  short  value ')).toBe('short value');
  });

  test('two long values that differ past the cut are quoted where they differ', () => {
    const a = '上海市 浦东新区 张江镇 祖冲之路 1077号 张江创新园区 科技孵化中心 3号楼 东塔 1502室';
    const b = '上海市 浦东新区 张江镇 祖冲之路 1077号 张江创新园区 科技孵化中心 3号楼 东塔 1702室';
    const [qa, qb] = quotePair(a, b);
    expect(qa).not.toBe(qb);
    expect(qa).toMatch(/^….*1502室$/);
    expect(qb).toMatch(/^….*1702室$/);
    // Values that differ early are quoted from the start.
    expect(quotePair(HOME, OFFICE)).toEqual([quoteValue(HOME), quoteValue(OFFICE)]);
  });

  test('the Chinese reason quotes both addresses of an order list, not a piece of one', () => {
    const group = findDuplicates(ORDERS).clusters[0]!;
    const address = group.reasons.find((r) => r.column === '收货地址')!;
    const text = reasonText(address, mergeLabels('zh-CN').reason);
    expect(text).toContain('华星时代广场A座 1203室…');
    expect(text).toContain(`≠ ${quoteValue(OFFICE)}`);
    expect(text).not.toMatch(/（310…/);
  });
});
