/**
 * A company register export (企查查, 天眼查, their English pages): one row per company, with its legal
 * representative, its standing with the registry (存续, 注销), its credit code twice (统一社会信用代码 and
 * 纳税人识别号 hold one 18-character code for a company registered since 2015), a phone and a list of
 * further phones.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson, sampleRows } from '../../shared/template/header-mapping';
import { legalIdColumn } from '../../shared/dedupe/legal-id-column';

// prettier-ignore
const QICHACHA: CellValue[][] = [
  ['企业名称', '法定代表人', '登记状态', '成立日期', '注册资本', '统一社会信用代码', '纳税人识别号', '所属行业', '所属省份', '所属城市', '电话', '更多电话', '邮箱', '企业地址', '网址', '经营范围'],
  ['杭州云栖科技有限公司', '王建国', '存续', '2015-06-18', '1000万元人民币', '91330106MA27XK4L2W', '91330106MA27XK4L2W', '软件和信息技术服务业', '浙江省', '杭州市', '0571-88212345', '13905710123; 0571-88212346', 'info@yunqi-tech.cn', '浙江省杭州市西湖区文三路478号', 'www.yunqi-tech.cn', '软件开发；技术服务'],
  ['上海申联贸易有限公司', '李秀英', '在业', '2012-03-02', '500万元人民币', '91310115MA1H7N3P0U', '91310115MA1H7N3P0U', '批发业', '上海市', '上海市', '021-58812345', '13817654321', 'sales@shenlian.com', '上海市浦东新区张杨路500号', '', '国内贸易代理'],
  ['深圳前海星河电子有限公司', '陈志强', '注销', '2016-11-09', '300万元人民币', '91440300MA5DPQ8K1M', '91440300MA5DPQ8K1M', '计算机、通信和其他电子设备制造业', '广东省', '深圳市', '0755-26651234', '-', '', '深圳市南山区科技园南区', '', '电子产品研发'],
  ['成都蓉锦餐饮管理有限公司', '刘芳', '吊销', '2014-04-21', '50万元人民币', '91510104MA61XR2E3B', '91510104MA61XR2E3B', '餐饮业', '四川省', '成都市', '028-86661234', '18628001234; 028-86661235', 'lf@rongjin.cn', '四川省成都市锦江区春熙路8号', '', '餐饮服务'],
];

// prettier-ignore
const QICHACHA_EN: CellValue[][] = [
  ['Company Name', 'Legal Representative', 'Registration Status', 'Established Date', 'Registered Capital', 'Unified Social Credit Code', 'Taxpayer ID', 'Industry', 'Province', 'City', 'Phone', 'More Phones', 'Email', 'Address', 'Website', 'Business Scope'],
  ['Hangzhou Yunqi Technology Co., Ltd.', 'Wang Jianguo', 'In Business', '2015-06-18', 'CNY 10 million', '91330106MA27XK4L2W', '91330106MA27XK4L2W', 'Software', 'Zhejiang', 'Hangzhou', '0571-88212345', '13905710123; 0571-88212346', 'info@yunqi-tech.cn', '478 Wensan Road, Xihu District, Hangzhou', 'www.yunqi-tech.cn', 'Software development'],
  ['Shanghai Shenlian Trading Co., Ltd.', 'Li Xiuying', 'Active', '2012-03-02', 'CNY 5 million', '91310115MA1H7N3P0U', '91310115MA1H7N3P0U', 'Wholesale', 'Shanghai', 'Shanghai', '021-58812345', '13817654321', 'sales@shenlian.com', '500 Zhangyang Road, Pudong, Shanghai', '', 'Trade agency'],
  ['Shenzhen Qianhai Xinghe Electronics Co., Ltd.', 'Chen Zhiqiang', 'Deregistered', '2016-11-09', 'CNY 3 million', '91440300MA5DPQ8K1M', '91440300MA5DPQ8K1M', 'Electronics', 'Guangdong', 'Shenzhen', '0755-26651234', '', '', 'Science Park, Nanshan, Shenzhen', '', 'Electronics R&D'],
];

const map = (values: CellValue[][]) => mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, sampleRows(values));

describe('mapHeaders on a company register export', () => {
  test('reads 法定代表人 as the contact when the export names no one else to talk to', () => {
    const mapping = map(QICHACHA);
    expect(mappingToJson(mapping)).toMatchObject({
      企业名称: 'company',
      法定代表人: 'contact',
      所属省份: 'region',
      电话: 'phone',
      邮箱: 'email',
      企业地址: 'address',
    });
  });

  test('reads Legal Representative as the contact on the English export', () => {
    expect(mappingToJson(map(QICHACHA_EN))).toMatchObject({
      'Company Name': 'company',
      'Legal Representative': 'contact',
      Province: 'region',
      Phone: 'phone',
      Email: 'email',
      Address: 'address',
    });
  });

  test('leaves 法定代表人 alone beside a 联系人 column: the representative is not whom the team talks to', () => {
    // prettier-ignore
    const withContact: CellValue[][] = [
      ['企业名称', '法定代表人', '联系人', '电话'],
      ['杭州云栖科技有限公司', '王建国', '赵敏', '0571-88212345'],
      ['上海申联贸易有限公司', '李秀英', '孙浩', '021-58812345'],
      ['深圳前海星河电子有限公司', '陈志强', '周婷', '0755-26651234'],
    ];
    expect(mappingToJson(map(withContact))).toEqual({
      企业名称: 'company',
      法定代表人: null,
      联系人: 'contact',
      电话: 'phone',
    });
  });

  test('leaves 法人 alone on a list of people, whose 姓名 is the customer', () => {
    // prettier-ignore
    const people: CellValue[][] = [
      ['姓名', '手机', '单位', '法人'],
      ['王建国', '13800138000', '杭州云栖科技有限公司', '王建国'],
      ['李秀英', '13917654321', '上海申联贸易有限公司', '李明'],
      ['陈志强', '13612345678', '深圳前海星河电子有限公司', '陈志强'],
    ];
    expect(mappingToJson(map(people))).toMatchObject({ 姓名: 'name', 法人: null });
  });

  test.each([
    ['登记状态', QICHACHA],
    ['Registration Status', QICHACHA_EN],
  ])('maps %s to no field: the registry’s standing (存续, 注销) is no customer status or stage', (header, values) => {
    const mapping = map(values);
    expect(mappingToJson(mapping)[header]).toBeNull();
    expect(mapping.columns.some((c) => c.field === 'status' || c.field === 'lifecycleStage')).toBe(false);
  });

  test.each(['经营状态', '企业状态'])('maps 天眼查’s %s to no field either', (header) => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['企业名称', header, '电话'],
      ['杭州云栖科技有限公司', '存续', '0571-88212345'],
      ['深圳前海星河电子有限公司', '注销', '0755-26651234'],
      ['成都蓉锦餐饮管理有限公司', '吊销，未注销', '028-86661234'],
    ];
    expect(mappingToJson(map(values))[header]).toBeNull();
  });

  test.each([
    ['更多电话', QICHACHA],
    ['More Phones', QICHACHA_EN],
  ])('reads %s as a second phone column, checked and cleaned as the phone', (header, values) => {
    const column = map(values).columns.find((c) => c.header === header)!;
    expect(column.field).toBeNull();
    expect(column.secondOf).toBe('phone');
  });

  test.each(['Other Phones', 'Additional Phones'])('reads %s beside Phone as a second phone column', (header) => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['Company', 'Phone', header],
      ['Northpeak Systems', '(617) 555-0198', '(617) 555-0199; (617) 555-0100'],
      ['Tidewater Co', '(415) 555-0172', '(415) 555-0173'],
    ];
    expect(map(values).columns[2]!.secondOf).toBe('phone');
  });

  test('leaves Accounts Receivable Balance alone: a plural before other words names something else', () => {
    const mapping = mapHeaders(['Contact Name', 'Accounts Receivable Balance'], DEFAULT_TEMPLATE);
    expect(mappingToJson(mapping)['Accounts Receivable Balance']).toBeNull();
  });

  test.each([
    ['统一社会信用代码', '纳税人识别号', QICHACHA],
    ['Unified Social Credit Code', 'Taxpayer ID', QICHACHA_EN],
  ])(
    'leaves %s and %s to the columns the template has no field for, both read as legal IDs by matching',
    (code, taxpayer, values) => {
      const mapping = map(values);
      expect(mappingToJson(mapping)).toMatchObject({ [code]: null, [taxpayer]: null });
      const rows = Int32Array.from(values.slice(1).map((_, k) => k + 2));
      for (const header of [code, taxpayer]) {
        const col = values[0]!.indexOf(header) + 1;
        expect(legalIdColumn(header, values as CellValue[][], rows, col)).toBe(true);
      }
    },
  );
});
