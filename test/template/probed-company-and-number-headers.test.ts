/**
 * Headers a prober found left alone on real exports: 开票信息's 名称 (the company whose invoice it is,
 * beside 纳税人识别号 and 开户行及账号), a hand-kept list's Business, Freshsales' Work number and a
 * Singapore list's Office (phones beside the mobile). Each names its field only where the sheet or
 * the values say so: 名称 on a product list and Office of branch names stay alone.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson, type HeaderMapping } from '../../shared/template/header-mapping';

const map = (values: readonly CellValue[][]) => mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1));
const column = (mapping: HeaderMapping, header: string) => mapping.columns.find((c) => c.header === header)!;

// prettier-ignore
const INVOICE: CellValue[][] = [
  ['序号', '名称', '纳税人识别号', '地址电话', '开户行及账号', '发票类型', '邮箱'],
  ['1', '深圳市腾飞科技有限公司', '91440300MA5DABCD1X', '深圳市南山区科技园南区高新南一道6号 0755-86001234', '招商银行深圳科技园支行 755912345610902', '增值税专用发票', 'invoice@tengfei.com'],
  ['2', '深圳腾飞科技有限公司', '91440300MA5DABCD1X', '深圳市南山区科技园高新南一道6号0755-86001234', '招商银行深圳科技园支行755912345610902', '专票', 'INVOICE@TENGFEI.COM'],
  ['3', '广州市白云贸易有限公司', '91440111MA59EFGH2Y', '广州市白云区机场路100号 020-86001111', '中国银行广州白云支行 6217 8576 0000 1234 567', '普票', ''],
  ['4', '广州白云山贸易有限公司', '91440111MA5AIJKL3Z', '广州市白云区白云大道北88号 020-86002222', '中国工商银行广州白云支行 3602000109000123456', '增值税普通发票', 'fin@byshan.com'],
  ['5', '成都天府软件有限公司', '915101007MA6CMNOP4', '成都市高新区天府大道中段1号 028-85001234', '成都银行高新支行 1001300000123456', '电子发票', 'tax@tianfu.cn'],
  ['6', '个人', '', '', '', '普票', ''],
];

describe('mapHeaders on 开票信息 (a company’s invoicing details)', () => {
  test('reads 名称 beside 纳税人识别号 and 开户行及账号 as the company, and the list as companies', () => {
    const mapping = map(INVOICE);
    expect(mappingToJson(mapping)).toEqual({
      序号: null,
      名称: 'company',
      纳税人识别号: null,
      地址电话: null,
      开户行及账号: null,
      发票类型: null,
      邮箱: 'email',
    });
    expect(mapping.customers).toBe('company');
    // 地址电话 ends in the company's phone: where it is filled the phone is not missing.
    expect(column(mapping, '地址电话').standsInFor).toBe('phone');
  });

  test('keeps 地址电话 an address ending in a phone beside the contact’s own 手机, never a second phone column', () => {
    // A B2B customer list with the invoicing details appended: 地址电话 holds the address and the
    // company's landline together, which no phone check reads as one number.
    // prettier-ignore
    const mapping = map([
      ['客户名称', '联系人', '手机', '纳税人识别号', '地址电话', '开户行及账号'],
      ['北京华信科技有限公司', '张伟', '13812345678', '91110105MA01ABCD2X', '北京市朝阳区建国路88号 010-65281234', '招商银行北京分行 110912345610901'],
      ['上海明达贸易有限公司', '王明', '13912345678', '91310115MA1K3ABC4D', '上海市浦东新区张江路100号 021-58881234', '中国银行上海张江支行 4508 6600 1234'],
      ['广州天河商贸有限公司', '刘洋', '', '91440106MA5CXYZ12K', '广州市天河区体育西路1号 020-38881234', ''],
    ]);
    const column = mapping.columns.find((c) => c.header === '地址电话')!;
    expect(column.field).toBeNull();
    expect(column.secondOf).toBeUndefined();
    expect(column.standsInFor).toBe('phone');
    expect(mappingToJson(mapping)['手机']).toBe('phone');
  });

  test('leaves 地址电话 alone outside invoicing details rather than checking it as phone numbers', () => {
    // prettier-ignore
    const mapping = map([
      ['客户名称', '联系人', '手机', '地址电话'],
      ['北京华信科技有限公司', '张伟', '13812345678', '北京市朝阳区建国路88号 010-65281234'],
      ['上海明达贸易有限公司', '王明', '13912345678', '上海市浦东新区张江路100号 021-58881234'],
    ]);
    const column = mapping.columns.find((c) => c.header === '地址电话')!;
    expect(column.field).toBeNull();
    expect(column.secondOf).toBeUndefined();
  });

  test('leaves 名称 alone on a list with no invoicing columns (a product’s or a shop’s name)', () => {
    // prettier-ignore
    const mapping = map([
      ['名称', '规格', '单价', '联系人', '手机'],
      ['不锈钢保温杯', '500ml', '59.00', '王芳', '13800001111'],
      ['陶瓷马克杯', '350ml', '29.00', '李强', '13900002222'],
      ['玻璃水杯', '400ml', '19.90', '张伟', '13700003333'],
    ]);
    expect(mappingToJson(mapping)['名称']).toBeNull();
  });
});

// prettier-ignore
const HANDKEPT: CellValue[][] = [
  ['Business', 'Contact', 'Phone', 'Email', 'Address', 'Last Order', 'Notes'],
  ['Maple Leaf Hardware', 'Greg Wilson', '416-555-0143 (call after 5pm)', 'greg@mapleleafhw.ca', '120 King St W, Toronto, ON M5H 1J9, Canada', '03/04/2025', 'pays net 30'],
  ['Maple Leaf Hardware Ltd.', 'G. Wilson', '(416) 555-0143', 'GREG@MAPLELEAFHW.CA', '120 King St. West, Toronto ON M5H1J9', '4 Mar 2025', 'same as above'],
  ['Maple Leaf Hardwood', 'Gary Wilson', '604-555-0177', 'gary@mapleleafhardwood.com', '55 Granville St, Vancouver, BC V6C 1T2', '2025-02-11', 'different company'],
  ['Kangaroo Coffee Co', 'Sheila Ng', '(02) 9876 5432', 'sheila@kangaroocoffee.com.au', '12 George St, Sydney NSW 2000, Australia', '12/11/2024', ''],
  ['Kangaroo Coffee Co', 'Sheila Ng', '0412 345 678', 'N/A', 'Level 3, 12 George Street, Sydney NSW 2000', 'Nov 12 2024', 'her mobile'],
  ['Wombat Web Design', 'N/A', 'N/A', 'hello@wombatweb.com.au', 'PO Box 123, Fitzroy VIC 3065', 'TBD', ''],
  ["Smith's Bakery", 'Ann Smith', '555-0100', 'ann@smithsbakery.com', '45 Main St, Springfield', 'yesterday', ''],
];

describe('mapHeaders on a hand-kept list headed Business', () => {
  test('reads Business of business names as the company, Contact as the person to talk to', () => {
    const mapping = map(HANDKEPT);
    expect(mappingToJson(mapping)).toMatchObject({ Business: 'company', Contact: 'contact', Phone: 'phone' });
    expect(mapping.customers).toBe('company');
  });

  test('leaves Business of lines of business alone', () => {
    // prettier-ignore
    const mapping = map([
      ['Name', 'Business', 'Phone'],
      ['Greg Wilson', 'Retail', '416-555-0143'],
      ['Sheila Ng', 'Hospitality', '(02) 9876 5432'],
      ['Ann Smith', 'Food & Beverage', '555-0100'],
      ['Gary Wilson', 'Construction', '604-555-0177'],
    ]);
    expect(mappingToJson(mapping)).toEqual({ Name: 'name', Business: null, Phone: 'phone' });
  });
});

describe('mapHeaders on an office or work number beside the mobile', () => {
  test('reads Freshsales’ Work number as the customer’s second phone', () => {
    // prettier-ignore
    const mapping = map([
      ['First name', 'Last name', 'Emails', 'Work number', 'Mobile number', 'Job title', 'Account name'],
      ['Arjun', 'Mehta', 'arjun@tatanova.in', '+91 22 6665 8282', '+91 98200 12345', 'Head of IT', 'Tata Nova Pvt Ltd'],
      ['Arjun', 'Mehta', 'arjun@tatanova.in, arjun.mehta@gmail.com', '022-6665 8282', '09820012345', 'Head - IT', 'Tata Nova Private Limited'],
      ['Arjun', 'Mehra', 'arjun.mehra@infosoft.in', '+91 80 4111 2222', '+91 99000 54321', 'CTO', 'Infosoft Solutions'],
      ['Grace', 'Okafor', 'grace@lagosbrew.ng', '+234 1 270 0000', '+234 803 123 4567', 'Owner', 'Lagos Brewhouse Ltd'],
      ['Grace', 'Okafor', 'grace.okafor@ecobank.com', '', '+234 803 765 4321', 'Analyst', 'Ecobank'],
      ['Hiroshi', 'Tanaka', 'h.tanaka@kyotoceramics.jp', '+81 75-123-4567', '+81 90-1234-5678', 'Export Manager', 'Kyoto Ceramics K.K.'],
    ]);
    expect(mappingToJson(mapping)).toMatchObject({ 'Work number': null, 'Mobile number': 'phone' });
    expect(column(mapping, 'Work number').secondOf).toBe('phone');
  });

  test('reads a Singapore list’s Office of numbers as the second phone, even with two filled', () => {
    // prettier-ignore
    const mapping = map([
      ['Name', 'NRIC/Passport', 'Mobile', 'Office', 'Email', 'Company', 'Country', 'Joined'],
      ['Tan Wei Ming 陈伟明', 'S8812345D', '9123 4567', '6123 4567', 'weiming.tan@lionco.sg', 'Lion Co Pte Ltd', 'Singapore', '01/02/2024'],
      ['TAN WEI MING', 'S8812345D', '+65 9123-4567', '', 'WEIMING.TAN@LIONCO.SG', 'Lion Co Pte. Ltd.', 'SG', '1 Feb 2024'],
      ['Tan Wei Meng 陈伟明', 'S9054321A', '9876 5432', '', 'wmeng@merlion.sg', 'Merlion Trading', 'Singapore', '15/03/2024'],
      ['Lim Siew Ling 林秀玲', '880101-14-5678', '012-345 6789', '03-2161 1234', 'siewling@petaling.my', 'Petaling Jaya Foods Sdn Bhd', 'Malaysia', '20/06/2024'],
      ['Lim Siew Ling', '880101145678', '+60 12-345 6789', '', 'siewling@petaling.my', 'PJ Foods Sdn. Bhd.', 'MY', '2024-06-20'],
    ]);
    expect(mappingToJson(mapping)).toMatchObject({ Mobile: 'phone', Office: null });
    expect(column(mapping, 'Office').secondOf).toBe('phone');
  });

  test('leaves Office of branch names alone', () => {
    // prettier-ignore
    const mapping = map([
      ['Name', 'Office', 'Mobile'],
      ['Tan Wei Ming', 'Singapore HQ', '9123 4567'],
      ['Lim Siew Ling', 'Kuala Lumpur', '012-345 6789'],
      ['Raj Kumar', 'Singapore HQ', '8123 4567'],
      ['Hafiz Abdullah', 'Penang', '019-876 5432'],
    ]);
    expect(mappingToJson(mapping)).toEqual({ Name: 'name', Office: null, Mobile: 'phone' });
    expect(column(mapping, 'Office').secondOf).toBeUndefined();
  });
});
