/**
 * A 有赞 (Youzan) order export names the member who ordered (会员姓名, 会员手机号, 买家昵称, or 下单人 and
 * 下单人手机号) and the recipient of the parcel or the person who picks it up at a store (收货人/提货人,
 * 收货人手机号/提货人手机号, 详细收货地址/提货地址): often someone else, a family member or a colleague.
 * Beside the member's own columns, the recipient's are no name, phone or address of the customer's.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson, type HeaderMapping } from '../../shared/template/header-mapping';

const map = (values: readonly CellValue[][]) => mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1));
const column = (mapping: HeaderMapping, header: string) => mapping.columns.find((c) => c.header === header)!;

// prettier-ignore
const MEMBER_ORDERS: CellValue[][] = [
  ['订单号', '订单状态', '下单时间', '买家昵称', '会员姓名', '会员手机号', '收货人/提货人', '收货人手机号/提货人手机号', '收货人省份', '收货人城市', '收货人地区', '详细收货地址/提货地址', '商品名称', '订单实付金额'],
  ['E20240312142205001234', '交易成功', '2024-03-12 14:22:05', '小红🌷', '张小红', '13912345678', '李梅', '13587654321', '浙江省', '杭州市', '西湖区', '文三路90号东部软件园', '有机燕麦片 1kg', '128.00'],
  ['E20240315091044002345', '已发货', '2024-03-15 09:10:44', 'Lily', '王丽', '13611112222', '王丽', '13611112222', '上海市', '上海市', '浦东新区', '张江路88弄3号', '坚果礼盒', '259.90'],
  ['E20240402160500003456', '交易成功', '2024-04-02 16:05:00', 'A建材老王', '王志刚', '15811112222', '陈晨', '15900003333', '广东省', '佛山市', '禅城区', '季华五路22号', '有机燕麦片 1kg', '128.00'],
  ['E20240420100000004567', '待发货', '2024-04-20 10:00:00', 'zw1988', '张伟', '13912340000', '张伟', '13912340000', '浙江省', '杭州市', '滨江区', '江南大道3850号', '坚果礼盒', '259.90'],
];

// prettier-ignore
const PICKUP_ORDERS: CellValue[][] = [
  ['订单号', '订单状态', '下单时间', '下单人', '下单人手机号', '提货人', '提货人手机号', '提货地址', '收货人', '收货人手机号', '收货地址', '订单实付金额'],
  ['E20240312142205001234', '交易成功', '2024-03-12 14:22:05', '张小红', '13912345678', '李梅', '13587654321', '西湖区文三路90号门店', '', '', '', '128.00'],
  ['E20240315091044002345', '已发货', '2024-03-15 09:10:44', '王丽', '13611112222', '', '', '', '王丽', '13611112222', '上海市浦东新区张江路88弄3号', '259.90'],
  ['E20240402160500003456', '交易成功', '2024-04-02 16:05:00', '王志刚', '15811112222', '陈晨', '15900003333', '禅城区季华五路22号门店', '', '', '', '128.00'],
  ['E20240420100000004567', '待发货', '2024-04-20 10:00:00', '张伟', '13912340000', '', '', '', '张伟', '13912340000', '浙江省杭州市滨江区江南大道3850号', '259.90'],
];

describe('mapHeaders on a 有赞 order export', () => {
  test('the member’s name and phone are the customer’s, the recipient’s columns someone else’s', () => {
    const mapping = map(MEMBER_ORDERS);
    expect(mappingToJson(mapping)).toMatchObject({
      会员姓名: 'name',
      会员手机号: 'phone',
      '收货人/提货人': null,
      '收货人手机号/提货人手机号': null,
      收货人省份: null,
      收货人城市: null,
      '详细收货地址/提货地址': null,
    });
    for (const header of ['收货人/提货人', '收货人手机号/提货人手机号', '收货人省份', '详细收货地址/提货地址'])
      expect([header, column(mapping, header).someoneElse]).toEqual([header, true]);
    expect(column(mapping, '收货人手机号/提货人手机号').secondOf).toBeUndefined();
  });

  test('the pickup person’s and the recipient’s columns beside 下单人 are someone else’s', () => {
    const mapping = map(PICKUP_ORDERS);
    // 下单人 is left alone: 快团团's is the buyer's WeChat nickname (阳光小区-王姐), not a name.
    expect(mappingToJson(mapping)).toMatchObject({
      下单人: null,
      下单人手机号: 'phone',
      提货人: null,
      提货人手机号: null,
      提货地址: null,
      收货人: null,
      收货人手机号: null,
      收货地址: null,
    });
    for (const header of ['提货人', '提货人手机号', '提货地址', '收货人', '收货人手机号', '收货地址'])
      expect([header, column(mapping, header).someoneElse]).toEqual([header, true]);
  });

  test('an export naming the recipient alone keeps the recipient as the customer', () => {
    const values = MEMBER_ORDERS.map((row) => row.filter((_, i) => i < 3 || i > 5));
    expect(mappingToJson(map(values))).toMatchObject({
      '收货人/提货人': 'name',
      '收货人手机号/提货人手机号': 'phone',
      '详细收货地址/提货地址': 'address',
    });
  });

  test('a member list’s own 收货地址 stays the member’s address', () => {
    // 有赞's customer export: no order, so the address is where the member has parcels sent.
    // prettier-ignore
    const mapping = map([
      ['会员姓名', '会员手机号', '会员等级', '收货地址', '累计消费金额', '成为会员时间'],
      ['张小红', '13912345678', '金卡', '浙江省杭州市西湖区文三路90号', '1280.00', '2023-11-11'],
      ['王丽', '13611112222', '银卡', '上海市浦东新区张江路88弄3号', '259.90', '2024-01-05'],
      ['王志刚', '15811112222', '普通会员', '广东省佛山市禅城区季华五路22号', '128.00', '2024-04-02'],
    ]);
    expect(mappingToJson(mapping)).toMatchObject({ 会员姓名: 'name', 会员手机号: 'phone', 收货地址: 'address' });
  });
});
