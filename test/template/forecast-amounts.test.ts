/**
 * A CRM's forecast of a deal (飞书 and 钉钉 CRM's 预计成交金额, 商机金额, Salesforce's Expected Revenue, a
 * HubSpot deal's Amount) is money not yet spent: no total spend, the way an order's 订单金额（元） is none.
 * Mapped as spend, report segments and a CRM export would count promises as purchases.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, type HeaderMapping } from '../../shared/template/header-mapping';

const mapOf = (values: CellValue[][]) => mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1));
/** Each header's field, or the field it holds more of (`second:totalSpend`), or null. */
const fieldsOf = (mapping: HeaderMapping) =>
  Object.fromEntries(mapping.columns.map((c) => [c.header, c.field ?? (c.secondOf ? `second:${c.secondOf}` : null)]));

// 飞书多维表格's customer table as a sales team keeps it.
const FEISHU: CellValue[][] = [
  ['客户名称', '客户阶段', '负责人', '联系人', '手机号', '城市', '最近联系日期', '预计成交金额', '创建时间'],
  ['杭州森源建材有限公司', '赢单', '何静', '王建国', '13812345678', '杭州', '2024/03/05', '50000', '2023/01/05 09:00'],
  ['上海华通物流有限公司', '谈判', '李娜', '陈明', '13917778888', '上海', '2024/02/28', '120000', '2022/12/12 09:00'],
  ['南京鼎盛贸易有限公司', '初步接触', '王磊', '王伟', '13951234567', '南京', '2024/03/01', '8000', '2023/09/09 09:00'],
  [
    '苏州明德电子科技有限公司',
    '赢单',
    '何静',
    '周杰',
    '18962345678',
    '苏州',
    '2024/03/02',
    '300000',
    '2022/05/05 09:00',
  ],
  [
    '无锡天成机械制造有限公司',
    '需求确认',
    '',
    '钱进',
    '13706171234',
    '无锡',
    '2024/03/04',
    '20000',
    '2023/03/03 09:00',
  ],
];

/** The 飞书 table with the forecast column headed `header` instead. */
const withForecast = (header: string) =>
  FEISHU.map((row, r) => (r === 0 ? row.map((h) => (h === '预计成交金额' ? header : h)) : row));

describe('header-mapping of forecast amounts', () => {
  test('leaves 飞书’s 预计成交金额 without a field when the customers have no total spend column', () => {
    const mapping = mapOf(FEISHU);
    expect(fieldsOf(mapping)['预计成交金额']).toBeNull();
    expect(mapping.byField.totalSpend).toBeUndefined();
    expect(mapping.missing).toContain('totalSpend');
    // The rest of the table still maps.
    expect(fieldsOf(mapping)).toMatchObject({
      客户名称: 'company',
      联系人: 'contact',
      手机号: 'phone',
      负责人: 'owner',
    });
  });

  test.each([
    '预计成交金额',
    '预计成交金额（元）',
    '预计金额',
    '预计签约金额',
    '预估金额',
    '预测成交额',
    '商机金额',
    '意向金额',
    'Expected Revenue',
    'Expected Revenue (USD)',
    'Forecast Amount',
    'Estimated Value',
    'Projected Revenue',
    'Weighted Amount',
    'Pipeline Amount',
  ])('leaves the forecast %j without a field, also as a second amount', (header) => {
    const mapping = mapOf(withForecast(header));
    expect(fieldsOf(mapping)[header]).toBeNull();
    expect(mapping.byField.totalSpend).toBeUndefined();
  });

  test('maps 累计消费金额 beside 预计成交金额 as the total spend, and the forecast as no second amount', () => {
    const values = FEISHU.map((row, r) => [...row, r === 0 ? '累计消费金额' : String(1000 * r)]);
    expect(fieldsOf(mapOf(values))).toMatchObject({ 累计消费金额: 'totalSpend', 预计成交金额: null });
  });

  // 钉钉 CRM's opportunity (商机) export.
  test('leaves 钉钉 CRM’s 商机金额 and 预计签约金额 without a field on an opportunity export', () => {
    const values: CellValue[][] = [
      ['商机名称', '客户名称', '商机阶段', '商机金额', '预计签约金额', '预计成交日期', '负责人'],
      ['森源建材年度采购', '杭州森源建材有限公司', '方案报价', '80000', '60000', '2024/06/30', '何静'],
      ['华通物流仓储系统', '上海华通物流有限公司', '商务谈判', '150000', '120000', '2024/05/15', '李娜'],
      ['鼎盛贸易办公设备', '南京鼎盛贸易有限公司', '初步接触', '12000', '8000', '2024/08/01', '王磊'],
    ];
    const fields = fieldsOf(mapOf(values));
    expect(fields).toMatchObject({ 商机金额: null, 预计签约金额: null, 客户名称: 'company', 负责人: 'owner' });
  });

  // Salesforce's Opportunities report and HubSpot's deals export: Amount is the deal's, not a purchase total.
  test.each([
    [['Opportunity Name', 'Account Name', 'Stage', 'Amount', 'Expected Revenue', 'Close Date', 'Opportunity Owner']],
    [['Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Deal Owner', 'Associated Company']],
    [['Deal Name', 'Deal Amount', 'Forecast Amount', 'Close Date', 'Deal Owner']],
  ])('leaves a deal export’s amounts without a field: %j', (headers) => {
    const rows: CellValue[][] = [
      ['Acme - 200 Widgets', 'Acme Corp', 'Proposal', '25000', '18750', '2024-06-30', 'Sarah Lee'],
      ['Globex Renewal', 'Globex Inc.', 'Negotiation', '48000', '43200', '2024-05-15', 'Tom Brown'],
      ['Initech Pilot', 'Initech LLC', 'Qualification', '9500', '950', '2024-08-01', 'Sarah Lee'],
    ].map((row) => row.slice(0, headers.length));
    const mapping = mapOf([headers, ...rows]);
    for (const header of headers.filter((h) => /amount|revenue/i.test(h))) expect(fieldsOf(mapping)[header]).toBeNull();
    expect(mapping.byField.totalSpend).toBeUndefined();
  });

  test.each(['累计消费金额', '消费总额', '成交总额', 'Total Spent', 'Lifetime Value', 'Revenue'])(
    'still maps a spent total headed %j',
    (header) => {
      expect(fieldsOf(mapOf(withForecast(header)))[header]).toBe('totalSpend');
    },
  );
});
