/**
 * Set up (and clean, which sets up first) renames a mapped header to its field's label only when the
 * label says the same thing in other words. A city is no region, consent to e-mail marketing no consent
 * to be contacted, the day the customer became one no day the record was made: those headers stay as
 * typed and their columns are still governed as the field.
 */
import { planSetup } from '../../shared/operations/setup';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, sampleRows } from '../../shared/template/header-mapping';
import { after } from './apply';
import { sheet, TODAY } from './fixtures';

function setUp(values: CellValue[][], locale: 'zh-CN' | 'en-US') {
  const snapshot = sheet(values);
  const { plan, mapping } = planSetup(snapshot, { now: TODAY, locale });
  const done = after(snapshot, plan);
  const headers = done.values[0] as string[];
  const again = mapHeaders(done.values[0]!, DEFAULT_TEMPLATE, {}, sampleRows(done.values));
  return { headers, mapping, again };
}

describe('set up keeps a header the label would change', () => {
  test.each([
    // Salesforce's Contacts report, HubSpot, Shopify, Xero, a Salesforce accounts report.
    ['Mailing City', 'Mailing State/Province', 'Chicago', 'Boston'],
    ['City', 'State/Region', 'Atlanta', 'London'],
    ['Default Address City', 'Default Address Province Code', 'Phoenix', 'Austin'],
    ['POCity', 'PORegion', 'Sydney', 'Geelong'],
    ['Billing City', 'Billing State', 'Newark', 'Miami'],
  ])('%s stays, governed as the region, beside its state column %s', (city, state, a, b) => {
    const { headers, mapping, again } = setUp(
      [
        ['First Name', 'Last Name', 'Email', city, state],
        ['Claire', 'Campbell', 'clairec@keystone.com', a, 'IL'],
        ['Oliver', 'Harrison', 'oharrison@hotmail.com', b, 'MA'],
        ['Lauren', 'Reed', 'lreed@outlook.com', a, 'GA'],
      ],
      'en-US',
    );
    expect(headers.slice(0, 5)).toEqual(['First Name', 'Last Name', 'Email', city, state]);
    expect(headers).not.toContain('Region');
    expect(mapping.byField.region).toBe(4);
    expect(again.byField.region).toBe(4);
  });

  test('a Chinese list’s 城市 and 省份 keep their words too', () => {
    const { headers, mapping } = setUp(
      [
        ['客户名称', '联系人', '手机', '省份', '城市'],
        ['杭州云栖科技有限公司', '王磊', '13800138001', '浙江省', '杭州'],
        ['宁波海曙贸易有限公司', '李娜', '13900139002', '浙江省', '宁波'],
        ['合肥金桥电子商务有限公司', '赵敏', '13700137003', '安徽省', '合肥'],
      ],
      'zh-CN',
    );
    expect(headers.slice(0, 5)).toEqual(['公司', '联系人', '手机', '省份', '城市']);
    expect(headers).not.toContain('地区');
    expect(mapping.byField.region).toBe(4);
  });

  test('Shopify: Accepts Email Marketing stays (consent to e-mail marketing is not consent to any contact)', () => {
    const { headers, mapping } = setUp(
      [
        ['Customer ID', 'First Name', 'Last Name', 'Email', 'Accepts Email Marketing', 'Total Spent'],
        ['7000741438562', 'Aisha', 'Wright', 'aishaw@outlook.com', 'yes', '682.97'],
        ['7000741438563', 'Ben', 'Cole', 'ben@cole.io', 'no', '12.00'],
        ['7000741438564', 'Cara', 'Diaz', 'cara@diaz.net', 'yes', '99.50'],
      ],
      'en-US',
    );
    expect(headers.slice(0, 6)).toEqual([
      'Customer ID',
      'First Name',
      'Last Name',
      'Email',
      'Accepts Email Marketing',
      'Total Spend',
    ]);
    expect(mapping.byField.consent).toBe(5);
    // The template's own Consent to Contact column is not added beside it.
    expect(headers).not.toContain('Consent to Contact');
  });

  test('Customer Since stays, as the created date, and so does 有赞’s 成为客户时间', () => {
    const en = setUp(
      [
        ['Account Name', 'Phone', 'Billing Street', 'Customer Since'],
        ['Trident Systems LLC', '(862) 420-9745', '12 Elm St', '2019-08-01'],
        ['Bluebird Consulting LLC', '(737) 851-7142', '9 Oak Ave', '2020-02-15'],
        ['Beacon Foods', '973-229-2276', '3 Pine Rd', '2021-06-30'],
      ],
      'en-US',
    );
    expect(en.headers.slice(0, 4)).toEqual(['Company', 'Phone', 'Billing Street', 'Customer Since']);
    expect(en.mapping.byField).toMatchObject({ createdAt: 4, address: 3 });
    expect(en.mapping.byField.firstPurchaseDate).toBeUndefined();
    const zh = setUp(
      [
        ['客户姓名', '手机号', '会员卡号', '所在城市', '成为客户时间', '会员等级'],
        ['熊丽', '18117057776', 'VIP0001', '合肥', '2023-04-04 12:08:04', 'A'],
        ['贺桂飞', '18978756105', 'VIP0002', '杭州', '2024-02-15 18:25:33', 'B'],
        ['唐勇丹', '18968530154', 'VIP0003', '杭州', '2023-11-21 15:18:15', 'A'],
      ],
      'zh-CN',
    );
    // The card number is the member's customer number: the label says it in other words.
    expect(zh.headers.slice(0, 6)).toEqual(['姓名', '手机', '客户编号', '所在城市', '成为客户时间', '会员等级']);
    expect(zh.mapping.byField).toMatchObject({ customerId: 3, region: 4, createdAt: 5, valueTier: 6 });
    expect(zh.again.byField).toMatchObject({ customerId: 3, region: 4, createdAt: 5, valueTier: 6 });
  });

  test('still renames a header the label says in other words, in both languages', () => {
    const en = setUp(
      [
        ['Full Name', 'Email Address', 'Phone Number', 'Create Date', 'Location', 'Agree to be contacted'],
        ['Sarah Johnson', 'sarah@northwind.com', '(415) 555-2671', '2021-03-04', 'West', 'Yes'],
        ['Michael Chen', 'mchen@contoso.com', '(212) 555-0100', '2022-11-19', 'East', 'No'],
        ['Emily Davis', 'emily.davis@fabrikam.com', '(646) 555-0199', '2020-06-30', 'East', 'Yes'],
      ],
      'en-US',
    );
    expect(en.headers.slice(0, 6)).toEqual(['Name', 'Email', 'Phone', 'Created', 'Region', 'Consent to Contact']);
    const zh = setUp(
      [
        ['客户姓名', '手机号', '所在地区', '创建时间', '是否同意联系'],
        ['张伟', '13800138000', '浙江', '2024-01-05', '是'],
        ['李娜', '13900139000', '上海', '2024-02-06', '否'],
        ['王芳', '13700137000', '北京', '2024-03-07', '是'],
      ],
      'zh-CN',
    );
    expect(zh.headers.slice(0, 5)).toEqual(['姓名', '手机', '地区', '创建日期', '同意联系']);
  });

  test('QuickBooks: Customer (companies and people) stays as typed, Full Name becomes Name', () => {
    const { headers, mapping } = setUp(
      [
        ['Customer', 'Phone Numbers', 'Email', 'Full Name'],
        ['Horizon Consulting LLC', 'Phone:(305) 909-1726', 'ethan_ellis@horizon.com', 'Ethan Ellis'],
        ['George Ward', 'Phone:(857) 219-6240', 'georgew@outlook.com', 'George Ward'],
        ['Granite Capital', 'Phone:(615) 333-0424 Mobile:(615) 925-7247', 'joshua5@granite.com', 'Joshua Richardson'],
        ['Amy Lauterbach', 'Mobile:(650) 555-1234', 'birds@intuit.com', 'Amy Lauterbach'],
      ],
      'en-US',
    );
    expect(headers.slice(0, 4)).toEqual(['Customer', 'Phone', 'Email', 'Name']);
    expect(mapping.byField).toMatchObject({ company: 1, phone: 2, email: 3, name: 4 });
    // The phone column is there: no second, empty Phone column is added.
    expect(headers.filter((h) => h === 'Phone')).toHaveLength(1);
  });
});
