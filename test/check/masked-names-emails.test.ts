/**
 * Marketplaces star out more than a buyer's phone: 淘宝 the buyer's Alipay e-mail (lil***@163.com),
 * 抖音 and 拼多多 the recipient's name (张*, 李**, 欧阳**). Check says each is masked, a warning, as it
 * does of 138****8000; clean leaves them as typed, and the report counts them as masked.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { isMaskedName } from '../../shared/check/placeholder';
import { planClean } from '../../shared/operations/clean';
import { buildInsights } from '../../shared/insights/build-insights';
import type { CellValue } from '../../shared/sheet/cell-value';
import { TODAY } from '../operations/fixtures';

const TAOBAO: CellValue[][] = [
  ['订单编号', '买家会员名', '买家支付宝账号', '买家实际支付金额', '订单状态', '收货人姓名', '收货地址', '联系手机'],
  [
    '="3521746698123456789"',
    'lily_wang88',
    'lil***@163.com',
    '259.00',
    '交易成功',
    '王丽',
    '浙江省 杭州市 西湖区 文三路 478号(310012)',
    "'13867123456",
  ],
  [
    '="3522890011223344556"',
    'tb_zhou2019',
    'zho***@qq.com',
    '129.00',
    '交易成功',
    '周杰',
    '上海 上海市 浦东新区 张江路 887弄(201203)',
    "'13911112222",
  ],
  [
    '="3601122334455667788"',
    'chenxi_0601',
    'chenxi0601@126.com',
    '399.00',
    '卖家已发货，等待买家确认',
    '陈曦',
    '江苏省 南京市 鼓楼区 中山路 18号(210008)',
    "'18621345678",
  ],
];

const DOUYIN: CellValue[][] = [
  ['主订单编号', '子订单编号', '选购商品', '收件人', '收件人手机号', '省', '市', '区', '详细地址', '订单提交时间'],
  [
    '\t6919123400011223301',
    '\t69191234000112233011',
    '加绒卫衣',
    '张*',
    '138****5678',
    '浙江省',
    '杭州市',
    '余杭区',
    '五常大道***号',
    '2024/09/02 20:11:05',
  ],
  [
    '\t6919123400011223302',
    '\t69191234000112233021',
    '羊羔毛外套',
    '李**',
    '139****0001',
    '广东省',
    '深圳市',
    '南山区',
    '科技园路***号',
    '2024/10/15 21:00:00',
  ],
  [
    '\t6919123400011223303',
    '\t69191234000112233031',
    '围巾',
    '欧阳**',
    '177****0002',
    '湖北省',
    '武汉市',
    '洪山区',
    '珞喻路***号',
    '2024/11/11 00:01:00',
  ],
  [
    '\t6919123400011223304',
    '\t69191234000112233041',
    '毛线帽',
    '刘洋',
    '13700001111',
    '四川省',
    '成都市',
    '武侯区',
    '天府大道100号',
    '2024/11/12 09:30:00',
  ],
];

const codes = (result: ReturnType<typeof checkSheet>, column: string) =>
  result.issues.filter((i) => i.column === column).map((i) => [i.row, i.code, i.severity]);

describe('masked e-mails and names', () => {
  test.each(['张*', '李**', '欧阳**', '周*', '王*明', 'J*** S****'])('%s is a masked name', (value) => {
    expect(isMaskedName(value)).toBe(true);
  });

  test.each(['张伟', '欧阳娜娜', 'A*B', '*', 'Ann Lee', null])('%j is no masked name', (value) => {
    expect(isMaskedName(value)).toBe(false);
  });

  test('a 淘宝 order export: a starred-out Alipay e-mail is masked, a whole one is not', () => {
    const result = checkSheet({ name: '淘宝订单', values: TAOBAO }, { now: TODAY });
    expect(result.mapping.columns.find((c) => c.header === '买家支付宝账号')?.field).toBe('email');
    expect(codes(result, '买家支付宝账号')).toEqual([
      [2, 'value.masked', 'warning'],
      [3, 'value.masked', 'warning'],
    ]);
    expect(result.issues.find((i) => i.row === 2 && i.column === '买家支付宝账号')?.message).toBe(
      '“lil***@163.com”是脱敏后的值：导出时隐藏了部分内容，无法校验或补全，已保持原样。如有完整的“买家支付宝账号”，请填写。',
    );
  });

  test('a 抖音 order export: masked recipients are warnings, as their masked phones are', () => {
    const result = checkSheet({ name: '抖店订单', values: DOUYIN }, { now: TODAY, locale: 'en-US' });
    expect(codes(result, '收件人')).toEqual([
      [2, 'value.masked', 'warning'],
      [3, 'value.masked', 'warning'],
      [4, 'value.masked', 'warning'],
    ]);
    expect(result.issues.find((i) => i.row === 4 && i.column === '收件人')?.message).toBe(
      '"欧阳**" is masked: the export hid part of it, so it cannot be checked or completed. Left as typed; fill in the full 收件人 if you have it.',
    );
  });

  test('clean leaves masked names and e-mails as typed', () => {
    const douyin = planClean({ name: '抖店订单', values: DOUYIN }, { now: TODAY });
    expect(douyin.plan.edits.filter((e) => e.col === 4)).toEqual([]);
    const withCapitals = TAOBAO.map((row, r) => (r === 1 ? row.map((v, c) => (c === 2 ? 'LIL***@163.com' : v)) : row));
    const taobao = planClean({ name: '淘宝订单', values: withCapitals }, { now: TODAY });
    expect(taobao.plan.edits.filter((e) => e.col === 3)).toEqual([]);
  });

  test('the report counts masked names and e-mails as masked, like phones', () => {
    const douyin = buildInsights({ name: '抖店订单', values: DOUYIN }, { now: TODAY });
    const fields = douyin.quality.fields;
    expect(fields.find((f) => f.field === 'name')).toMatchObject({ filled: 4, valid: 4, canonical: 1, masked: 3 });
    expect(fields.find((f) => f.field === 'phone')).toMatchObject({ masked: 3 });
    const taobao = buildInsights({ name: '淘宝订单', values: TAOBAO }, { now: TODAY });
    expect(taobao.quality.fields.find((f) => f.field === 'email')).toMatchObject({ filled: 3, valid: 3, masked: 2 });
  });
});
