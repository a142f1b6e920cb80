/**
 * When two columns claim one field, the one nearer the field's own words wins (its label, then its
 * synonyms in the template's order), and the other is still governed (a second column of the field,
 * checked and cleaned alike) or named as left alone, never dropped in silence. A column naming a group
 * (Xero's ContactGroups) is no person, and one saying when the customer became one is no first purchase.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson, sampleRows } from '../../shared/template/header-mapping';
import { sheet, TODAY } from '../operations/fixtures';

function mapped(values: CellValue[][]) {
  const mapping = mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, sampleRows(values));
  const second = Object.fromEntries(mapping.columns.filter((c) => c.secondOf).map((c) => [c.header, c.secondOf]));
  return { json: mappingToJson(mapping), second, mapping };
}

describe('columns that claim one field', () => {
  test('有赞: 累计消费金额(元) is the total spend, the bare 累计消费金额 and 消费金额（元） more of it', () => {
    // /tmp/probe-zh/v2/t/hdr.csv, with the rows of a member export.
    const { json, second } = mapped([
      ['客户姓名', '手机号', '累计消费金额(元)', '累计消费金额', '消费金额（元）', '成为客户时间', '储值余额'],
      ['熊丽', '18117057776', '7302.54', '7302.54', '7302.54', '2023-04-04 12:08:04', '337.36'],
      ['贺桂飞', '18978756105', '12474.31', '12474.31', '12474.31', '2024-02-15 18:25:33', '73.43'],
      ['唐勇丹', '18968530154', '23559.04', '23559.04', '23559.04', '2023-11-21 15:18:15', '0'],
    ]);
    expect(json).toMatchObject({
      '累计消费金额(元)': 'totalSpend',
      累计消费金额: null,
      '消费金额（元）': null,
      成为客户时间: 'createdAt',
      储值余额: null,
    });
    expect(second).toEqual({ 累计消费金额: 'totalSpend', '消费金额（元）': 'totalSpend' });
  });

  test('微盟: 累计消费 beats 消费金额 and 注册时间 beats 成为会员时间 whichever comes first', () => {
    // /tmp/probe-zh/v2/t/hdr2.csv: 消费金额 left of 累计消费, 成为会员时间 left of 注册时间.
    const { json, second } = mapped([
      ['姓名', '手机', '消费金额', '累计消费', '会员卡号', '订单金额（元）', '成为会员时间', '注册时间'],
      ['张一', '13800138001', '100', '100', 'A001', '100', '2024-01-01', '2024-01-01'],
      ['李二', '13800138002', '260.5', '980', 'A002', '260.5', '2023-06-12', '2023-05-30'],
      ['王三', '13800138003', '88', '1288', 'A003', '88', '2022-11-02', '2022-11-02'],
    ]);
    expect(json).toMatchObject({
      消费金额: null,
      累计消费: 'totalSpend',
      '订单金额（元）': null,
      成为会员时间: null,
      注册时间: 'createdAt',
    });
    expect(second).toEqual({ 消费金额: 'totalSpend', 成为会员时间: 'createdAt' });
  });

  test('an English list: Date Created is the created date, Customer Since a second one of it', () => {
    const { json, second } = mapped([
      ['Name', 'Email', 'Customer Since', 'Date Created', 'Total Spent', 'Lifetime Value'],
      ['Sarah Johnson', 'sarah@northwind.com', '2019-03-04', '2021-03-04', '1280.50', '4000'],
      ['Michael Chen', 'mchen@contoso.com', '2020-11-19', '2022-11-19', '56.00', '300'],
      ['Emily Davis', 'emily.davis@fabrikam.com', '2018-06-30', '2020-06-30', '9900.00', '20000'],
    ]);
    expect(json).toMatchObject({ 'Customer Since': null, 'Date Created': 'createdAt', 'Total Spent': 'totalSpend' });
    expect(second).toEqual({ 'Customer Since': 'createdAt', 'Lifetime Value': 'totalSpend' });
  });

  test('check names the second columns and checks their cells as the field, in both languages', () => {
    const zh = checkSheet(
      sheet([
        ['姓名', '手机', '累计消费金额(元)', '累计消费金额'],
        ['张伟', '13800138000', '100', '一百'],
      ]),
      { now: TODAY },
    );
    expect(zh.issues.find((i) => i.column === '累计消费金额')).toMatchObject({ field: 'totalSpend', row: 2 });
    const en = checkSheet(
      sheet([
        ['Name', 'Phone', 'Date Created', 'Customer Since'],
        ['Ann Lee', '+1 415 555 0101', '2024-01-05', 'last spring'],
      ]),
      { now: TODAY },
    );
    expect(en.issues.find((i) => i.column === 'Customer Since')).toMatchObject({ field: 'createdAt', row: 2 });
  });

  test('QuickBooks’ Customer Contact List: Full Name is the person, Customer (companies and people) the organisation', () => {
    const { json, mapping } = mapped([
      ['', 'Customer', 'Phone Numbers', 'Email', 'Full Name', 'Billing Address', 'Open Balance'],
      [
        null,
        'Horizon Consulting LLC',
        'Phone:(305) 909-1726',
        'ethan_ellis@horizon.com',
        'Ethan Ellis',
        '4657 Maple Dr',
        '33.34',
      ],
      [null, 'George Ward', 'Phone:(857) 219-6240', 'georgew@outlook.com', 'George Ward', '1898 Sunset Blvd', '991.81'],
      [
        null,
        'Granite Capital',
        'Phone:(615) 333-0424 Mobile:(615) 925-7247',
        'joshua5@granite.com',
        'Joshua Richardson',
        '5754 Hillcrest Dr',
        '0.00',
      ],
      [
        null,
        'Amy Lauterbach',
        'Mobile:(650) 555-1234',
        'birds@intuit.com',
        'Amy Lauterbach',
        '4581 Finch St.',
        '239.00',
      ],
    ]);
    expect(json).toMatchObject({
      Customer: 'company',
      'Phone Numbers': 'phone',
      'Full Name': 'name',
      'Billing Address': 'address',
    });
    expect(mapping.customers).toBe('person');
    // Some of its rows are people: setup does not call the column Company.
    expect(mapping.columns[1]).toMatchObject({ field: 'company', keepHeader: true });
  });

  test('a column of customers’ companies and people under a person header keeps the header (Xero’s ContactName)', () => {
    const { mapping } = mapped([
      ['*ContactName', 'EmailAddress', 'FirstName', 'LastName'],
      ['Priya Bennett', 'priya87@bigpond.com', 'Priya', 'Bennett'],
      ['Parramatta Auto Repairs Pty Ltd', 'claire_hill@parramatta.com.au', 'Claire', 'Hill'],
      ['Harbourside Cafe Pty Ltd', 'tom@harbourside.com.au', 'Tom', 'Nguyen'],
      ['Kevin Mitchell', 'kmitchell@bigpond.com', 'Kevin', 'Mitchell'],
      ['Bondi Surf Supplies Pty Ltd', 'sales@bondisurf.com.au', 'Mia', 'Clarke'],
    ]);
    expect(mapping.columns[0]).toMatchObject({ field: 'company', redirected: true, keepHeader: true });
  });
});

describe('a group or kind is no person', () => {
  test.each<[string, CellValue[]]>([
    ['ContactGroups', ['Trade', 'Retail', 'Trade', 'Wholesale', 'Retail']],
    ['Contact Type', ['Supplier', 'Customer', 'Customer', 'Supplier', 'Customer']],
    ['Customer Group', ['Wholesale', 'Retail', 'Retail', 'Trade', 'Wholesale']],
    ['客户分组', ['批发', '零售', '零售', '批发', '代理']],
  ])('%s beside the person’s name columns maps to nothing', (header, groups) => {
    const people = [
      ['Priya', 'Bennett', 'priya87@bigpond.com'],
      ['Kevin', 'Mitchell', 'kmitchell@bigpond.com'],
      ['Claire', 'Hill', 'claire_hill@parramatta.com.au'],
      ['Tom', 'Nguyen', 'tom@harbourside.com.au'],
      ['Mia', 'Clarke', 'mia@bondisurf.com.au'],
    ];
    const { json } = mapped([
      ['FirstName', 'LastName', 'EmailAddress', header],
      ...people.map((p, i) => [...p, groups[i]!]),
    ]);
    expect(json).toEqual({ FirstName: 'name.given', LastName: 'name.family', EmailAddress: 'email', [header]: null });
  });
});
