/**
 * Columns that hold no customer's name or number though a name's or an ID's word is in them: a bank
 * account's 户名 on a 金蝶 customer list or 开票信息, a taxpayer's number (纳税人识别号, Tax ID, VAT
 * Number, EIN; the template has no field for it), a marketplace buyer's login and user number (eBay's
 * Buyer Username, Etsy's Buyer User ID and Buyer). An amount with its currency in brackets is read as
 * the amount without it.
 */
import { parseCsv } from '../../shared/files/parse-csv';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';

const csv = (text: string): CellValue[][] =>
  parseCsv(new TextEncoder().encode(text.trim() + '\n'), 'export.csv').rows as CellValue[][];
const mapped = (values: CellValue[][]) => mappingToJson(mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1)));

// prettier-ignore
const KINGDEE: CellValue[][] = [
  ['客户编码', '客户名称', '联系人', '联系电话', '开户银行', '银行账号', '户名', '纳税人识别号', '地址'],
  ['C0001', '杭州云栖科技有限公司', '王伟', '13812345678', '中国工商银行杭州西湖支行', '1202021234567890123', '杭州云栖科技有限公司', '91330106MA2B123456', '杭州市西湖区文三路90号'],
  ['C0002', '广州粤海贸易有限公司', '李芳', '13987654321', '招商银行广州天河支行', '6225881234567890', '广州粤海贸易有限公司', '91440101MA5C654321', '广州市天河区天河路385号'],
  ['C0003', '成都天府软件有限公司', '张强', '13700001111', '中国建设银行成都高新支行', '51001234567890000', '张强', '91510100MA6D789012', '成都市高新区天府大道1000号'],
  ['C0004', '宁波海曙五金商行', '陈静', '0574-87654321', '宁波银行海曙支行', '86011234567890', '陈静', '92330203MA2H345678', '宁波市海曙区中山西路12号'],
];

// prettier-ignore
const INVOICE: CellValue[][] = [
  ['名称', '纳税人识别号', '地址电话', '开户行', '账号', '户名'],
  ['上海明远贸易有限公司', '91310115MA1K4XYZ12', '上海市浦东新区张江路88号 021-50801234', '中国银行上海张江支行', '437765432109', '上海明远贸易有限公司'],
  ['深圳前海星辰科技有限公司', '91440300MA5F1ABC34', '深圳市南山区前海路1号 0755-86001234', '招商银行深圳前海支行', '755912345610801', '深圳前海星辰科技有限公司'],
  ['北京华信咨询有限公司', '91110108MA01DEF567', '北京市海淀区中关村大街1号 010-62751234', '中国工商银行北京海淀支行', '0200004509001234567', '北京华信咨询有限公司'],
];

describe('a bank account’s 户名', () => {
  test('on a 金蝶 customer list it is no contact beside 联系人, nor the name or company', () => {
    expect(mapped(KINGDEE)).toEqual({
      客户编码: 'customerId',
      客户名称: 'company',
      联系人: 'contact',
      联系电话: 'phone',
      开户银行: null,
      银行账号: null,
      户名: null,
      纳税人识别号: null,
      地址: 'address',
    });
  });

  test('on 开票信息 without 联系人 it is still the account’s holder, not the customer’s name', () => {
    expect(mapped(INVOICE)).toMatchObject({ 名称: 'company', 纳税人识别号: null, 户名: null });
  });
});

describe('tax numbers', () => {
  test('纳税人识别号, 税号, 统一社会信用代码, Tax ID, VAT Number and EIN have no field: no ID, ID number or customer ID', () => {
    const values = csv(`
Company Name,Contact Name,Phone,Tax ID,VAT Number,EIN,税号,统一社会信用代码,纳税人识别号
Acme Supply Inc,John Doe,(555) 010-0101,12-3456789,GB123456789,12-3456789,91330106MA2B123456,91330106MA2B123456,91330106MA2B123456
Beta Logistics LLC,Jane Roe,(555) 010-0102,98-7654321,DE123456789,98-7654321,91440101MA5C654321,91440101MA5C654321,91440101MA5C654321
Gamma Foods Ltd,Raj Mehta,(555) 010-0103,45-6789012,FR12345678901,45-6789012,91510100MA6D789012,91510100MA6D789012,91510100MA6D789012
`);
    expect(mapped(values)).toMatchObject({
      'Tax ID': null,
      'VAT Number': null,
      EIN: null,
      税号: null,
      统一社会信用代码: null,
      纳税人识别号: null,
    });
  });
});

describe('a marketplace buyer’s login and user number', () => {
  test('eBay: Buyer Username is no name beside Buyer Name', () => {
    const values = csv(`
Sales Record Number,Order Number,Buyer Username,Buyer Name,Buyer Email,Buyer City,Buyer Zip,Sold For,Total Price,Sale Date
1001,12-11111-22222,bargainhunter99,James Anderson,ab12cd34ef@members.ebay.com,Columbus,43215,$89.99,$98.49,Mar-15-24
1002,12-11111-33333,bargainhunter99,James Anderson,ab12cd34ef@members.ebay.com,Columbus,43215,$12.00,$15.00,Apr-02-24
1003,23-22222-44444,uk_collector,Oliver Smith,xy98zw76@members.ebay.com,Manchester,M1 1AE,$150.00,$175.00,Feb-01-24
`);
    expect(mapped(values)).toMatchObject({ 'Buyer Username': null, 'Buyer Name': 'name' });
    expect(Object.values(mapped(values))).not.toContain('contact');
  });

  test('Etsy: Buyer User ID and Buyer (the login) are no customer ID, name or contact', () => {
    const values = csv(`
Sale Date,Order ID,Buyer User ID,Full Name,Order Total,Buyer
05/03/24,3281234567,98765432,Megan Taylor,54.59,megantaylor22
05/04/24,3281234999,12345678,Hiroshi Sato,40.00,hsato_jp
12/01/23,3201111111,55555555,Chloé Bernard,68.00,chloeb
05/12/24,3281240001,98765432,Megan Taylor,27.39,megantaylor22
`);
    expect(mapped(values)).toEqual({
      'Sale Date': null,
      'Order ID': null,
      'Buyer User ID': null,
      'Full Name': 'name',
      'Order Total': null,
      Buyer: null,
    });
  });
});

describe('an amount with its currency in brackets', () => {
  const rows = [
    ['Rajesh Kumar', '+91 98100 12345', '1,25,000'],
    ['Sneha Patil', '9822012345', '45,500'],
    ['Mohammed Irfan', '+919876543210', '3,10,000'],
  ];

  test.each([
    ['Total Amount (INR)', 'totalSpend'],
    ['Total Spent (USD)', 'totalSpend'],
    // A bare Amount names no field of the template (one sale's or a total?), with its currency or without.
    ['Amount (INR)', null],
    ['Amount (USD)', null],
    ['Amount', null],
  ])('%s maps as the same header without its currency: %s', (header, field) => {
    expect(mapped([['Customer Name', 'Phone', header], ...rows])).toMatchObject({ [header]: field });
  });

  test('金额（元） is read as 金额, 累计金额(元) as the total spend', () => {
    const values: CellValue[][] = [
      ['客户名称', '手机', '累计金额(元)', '金额（元）'],
      ['王伟', '13812345678', '12000', '1200'],
      ['李芳', '13987654321', '3500.5', '350'],
      ['张强', '13700001111', '800', '80'],
    ];
    expect(mapped(values)).toMatchObject({ '累计金额(元)': 'totalSpend', '金额（元）': null });
    expect(mapped([['客户名称', '手机', '金额'], ...values.slice(1).map((r) => r.slice(0, 3))])).toMatchObject({
      金额: null,
    });
  });
});
