/**
 * An order export names two people: the buyer who pays (Billing Phone, Bill-to Name, 买家手机号) and
 * the recipient of the delivery (Shipping Phone, Ship-to Name, 收货人手机号), often someone else (a
 * gift, an office's front desk). Beside the buyer's columns the recipient's are no contact fields of
 * the customer's: no field, no second phone, marked as someone else's. An export that names the
 * recipient alone (淘宝's 收货人 beside a buyer known only by 买家会员名) is a list of its customers.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson, type HeaderMapping } from '../../shared/template/header-mapping';
import { ECOMMERCE } from './layouts/ecommerce';

const layout = (name: string) => {
  const found = ECOMMERCE.find((l) => l.name === name);
  if (!found) throw new Error(`no layout ${name}`);
  return found;
};
const map = (values: readonly CellValue[][]) => mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1));
const column = (mapping: HeaderMapping, header: string) => mapping.columns.find((c) => c.header === header)!;

describe('mapHeaders on an order export with billing and shipping columns', () => {
  test('a Shopify order shipped as a gift: the shipping phone and address are not the buyer’s', () => {
    const l = layout('en-shopify-orders-gift');
    const mapping = mapHeaders(l.headers, DEFAULT_TEMPLATE, {}, l.rows);
    expect(mappingToJson(mapping)).toMatchObject({
      'Billing Name': 'name',
      'Billing Phone': 'phone',
      'Billing Street': 'address',
      'Shipping Name': null,
      'Shipping Phone': null,
      'Shipping Address1': null,
      'Shipping City': null,
      'Shipping Zip': null,
    });
    for (const header of ['Shipping Name', 'Shipping Phone', 'Shipping Address1', 'Shipping Company', 'Shipping City'])
      expect([header, column(mapping, header).someoneElse]).toEqual([header, true]);
    expect(column(mapping, 'Shipping Phone').secondOf).toBeUndefined();
  });

  test('an Amazon order report: the buyer-* columns are the customer’s, the ship-* ones the recipient’s', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['order-id', 'purchase-date', 'buyer-email', 'buyer-name', 'buyer-phone-number', 'sku', 'product-name', 'recipient-name', 'ship-address-1', 'ship-city', 'ship-state', 'ship-postal-code', 'ship-country', 'ship-phone-number'],
      ['114-3941689-8772232', '2024-03-02T14:21:09+00:00', '0x7kqd1v3y2mlr8@marketplace.amazon.com', 'John Smith', '+1 206-555-0142', 'BC-1001', 'Bamboo Cutting Board', 'John Smith', '123 Pine St', 'Seattle', 'WA', '98101', 'US', '+1 206-555-0142'],
      ['114-7720113-1234567', '2024-03-05T09:02:44+00:00', '0x7kqd1v3y2mlr8@marketplace.amazon.com', 'John Smith', '+1 206-555-0142', 'BC-1002', 'Knife Set', 'Mary Smith', '77 Oak Ave', 'Portland', 'OR', '97201', 'US', '+1 503-555-0199'],
    ];
    const mapping = map(values);
    expect(mappingToJson(mapping)).toMatchObject({
      'buyer-email': 'email',
      'buyer-name': 'name',
      'buyer-phone-number': 'phone',
      'recipient-name': null,
      'ship-city': null,
      'ship-postal-code': null,
      'ship-country': null,
      'ship-phone-number': null,
    });
    for (const header of ['ship-phone-number', 'ship-city', 'ship-country'])
      expect([header, column(mapping, header).someoneElse]).toEqual([header, true]);
    // A shipment's own dates and numbers are no one's: Shipment Date is not the recipient's column.
    expect(
      column(
        map([
          ['Customer Name', 'Phone', 'Shipment Date'],
          ['Ann Lee', '+1 415 555 0101', '2024-05-01'],
        ]),
        'Phone',
      ).field,
    ).toBe('phone');
  });

  test('a Stripe customer export: the plain Phone and Address columns are the customer’s, the Shipping ones not', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['id', 'Email', 'Name', 'Shipping Name', 'Shipping Address Line1', 'Shipping Address City', 'Shipping Address Country', 'Shipping Address Postal Code', 'Shipping Phone', 'Phone', 'Address Line1', 'Address City', 'Address Country', 'Address Zip'],
      ['cus_PxK2a9LmN3oQ1r', 'billing@acme.example', 'Acme Corp', 'Jane Smith', '1 Infinite Loop', 'Cupertino', 'US', '95014', '+14085550101', '+14085550100', '1 Infinite Loop', 'Cupertino', 'US', '95014'],
      ['cus_PxK2c7ZZ9oQ1rY', 'tom@example.co.uk', 'Tom Hughes', 'Tom Hughes', '10 Downing St', 'London', 'GB', 'SW1A 2AA', '020 7946 0958', '020 7946 0958', '10 Downing St', 'London', 'GB', 'SW1A 2AA'],
    ];
    const mapping = map(values);
    expect(mappingToJson(mapping)).toMatchObject({
      Phone: 'phone',
      'Address Line1': 'address',
      'Address City': 'region',
      'Address Country': 'country',
      'Address Zip': 'postcode',
      'Shipping Phone': null,
      'Shipping Address City': null,
      'Shipping Address Country': null,
    });
    expect(column(mapping, 'Shipping Phone').someoneElse).toBe(true);
  });

  test('a WooCommerce order’s Shipping Phone is no second phone of the buyer’s', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['Order Number', 'Order Date', 'Billing First Name', 'Billing Last Name', 'Billing Email', 'Billing Phone', 'Billing Address 1', 'Billing City', 'Billing Postcode', 'Shipping First Name', 'Shipping Last Name', 'Shipping Phone', 'Shipping Address 1', 'Shipping City', 'Shipping Postcode', 'Order Total'],
      ['4412', '2024-11-28 09:12', 'Hannah', 'Wright', 'hannah.w@gmail.com', '07700 900123', '14 Mill Lane', 'Leeds', 'LS6 2AB', 'Hannah', 'Wright', '07700 900123', '14 Mill Lane', 'Leeds', 'LS6 2AB', '48.00'],
      ['4413', '2024-11-28 10:40', 'Oliver', 'Grant', 'ogrant@outlook.com', '07700 900456', '2 Station Rd', 'York', 'YO1 7HH', 'Margaret', 'Grant', '07700 900789', '9 Abbey Close', 'Bath', 'BA1 1LT', '65.00'],
      ['4414', '2024-11-29 14:03', 'Aisha', 'Khan', 'aisha.khan@yahoo.co.uk', '07700 900321', '80 Park Row', 'Bristol', 'BS1 5LJ', 'Reception', 'Brightwell Ltd', '0117 496 0555', 'Unit 4, Temple Quay', 'Bristol', 'BS1 6EA', '120.00'],
      ['4415', '2024-11-30 16:25', 'Tom', 'Ellis', 'tom.ellis@gmail.com', '07700 900654', '5 Queen St', 'Leeds', 'LS1 2TW', 'Tom', 'Ellis', '07700 900654', '5 Queen St', 'Leeds', 'LS1 2TW', '22.50'],
      ['4416', '2024-12-01 11:11', 'Grace', 'Liu', 'grace.liu@icloud.com', '07700 900987', '31 High St', 'Oxford', 'OX1 4AP', 'Ben', 'Liu', '07700 900111', '7 Hill View', 'Cardiff', 'CF10 1AA', '39.99'],
    ];
    const mapping = map(values);
    expect(mappingToJson(mapping)).toMatchObject({
      'Billing First Name': 'name.given',
      'Billing Last Name': 'name.family',
      'Billing Phone': 'phone',
      'Billing Address 1': 'address',
      'Shipping Phone': null,
      'Shipping Address 1': null,
    });
    expect(column(mapping, 'Shipping Phone')).toMatchObject({ field: null, someoneElse: true });
    expect(column(mapping, 'Shipping Phone').secondOf).toBeUndefined();
  });

  test('a Magento order grid’s Ship-to Name and Shipping Address are the recipient’s', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['ID', 'Purchase Date', 'Bill-to Name', 'Ship-to Name', 'Grand Total (Purchased)', 'Status', 'Billing Address', 'Shipping Address', 'Customer Email', 'Customer Group'],
      ['000000101', 'Nov 28, 2024 9:14:02 AM', 'Veronica Costello', 'Veronica Costello', '$39.64', 'complete', '6146 Honey Bluff Parkway, Calder, Michigan, 49628-7978', '6146 Honey Bluff Parkway, Calder, Michigan, 49628-7978', 'roni_cost@example.com', 'General'],
      ['000000102', 'Nov 28, 2024 1:02:45 PM', 'John Miller', 'Susan Miller', '$84.00', 'processing', '22 Oak St, Dayton, Ohio, 45402', '410 Lake Dr, Tampa, Florida, 33602', 'jmiller@gmail.com', 'General'],
      ['000000103', 'Nov 29, 2024 8:30:10 AM', 'Ana Torres', 'Front Desk - Brightline Inc', '$150.00', 'complete', '9 Pine Ave, Austin, Texas, 78701', '500 Congress Ave, Austin, Texas, 78701', 'ana.torres@yahoo.com', 'Wholesale'],
      ['000000104', 'Nov 30, 2024 6:45:00 PM', 'Kevin Park', 'Kevin Park', '$22.00', 'complete', '71 Elm St, Boston, Massachusetts, 02116', '71 Elm St, Boston, Massachusetts, 02116', 'kpark@outlook.com', 'General'],
      ['000000105', 'Dec 1, 2024 10:05:30 AM', 'Laura Chen', 'Mei Chen', '$64.50', 'pending', '3 Bay Rd, Seattle, Washington, 98101', '88 Hill St, Portland, Oregon, 97205', 'laura.chen@gmail.com', 'General'],
    ];
    const mapping = map(values);
    expect(mappingToJson(mapping)).toMatchObject({
      'Bill-to Name': 'name',
      'Billing Address': 'address',
      'Customer Email': 'email',
      'Ship-to Name': null,
      'Shipping Address': null,
    });
    expect(column(mapping, 'Shipping Address').someoneElse).toBe(true);
  });

  test('a 有赞 order’s 收货人, 收货人手机号 and 收货地址 are not the buyer’s beside 买家手机号', () => {
    const l = layout('zh-youzan-orders');
    const mapping = mapHeaders(l.headers, DEFAULT_TEMPLATE, {}, l.rows);
    expect(mappingToJson(mapping)).toMatchObject({
      买家手机号: 'phone',
      '收货人/提货人': null,
      '收货人手机号/提货人手机号': null,
      '详细收货地址/提货地址': null,
    });
    for (const header of ['收货人手机号/提货人手机号', '收货人省份', '详细收货地址/提货地址'])
      expect([header, column(mapping, header).someoneElse]).toEqual([header, true]);
    expect(column(mapping, '收货人手机号/提货人手机号').secondOf).toBeUndefined();
  });
});

describe('mapHeaders with the user’s choice for a shipping column', () => {
  test('a shop whose recipients are its customers maps Shipping Phone to the phone and keeps it', () => {
    const l = layout('en-shopify-orders-gift');
    const mapping = mapHeaders(l.headers, DEFAULT_TEMPLATE, { 'Shipping Phone': 'phone' }, l.rows);
    expect(column(mapping, 'Shipping Phone')).toMatchObject({ field: 'phone', match: 'manual' });
    expect(column(mapping, 'Shipping Phone').someoneElse).toBeUndefined();
    // The billing phone, the same kind of number, holds more of the customer's numbers.
    expect(column(mapping, 'Billing Phone')).toMatchObject({ field: null, secondOf: 'phone' });
  });
});

describe('mapHeaders on an order export that names the recipient alone', () => {
  test('a 淘宝 order report’s 收货人 is the customer: its buyer is known only by 买家会员名', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['订单编号', '买家会员名', '买家支付宝账号', '买家应付货款', '订单状态', '收货人姓名', '收货地址', '运送方式', '联系电话', '联系手机', '订单创建时间'],
      ['3801234567890123456', 'tb_xiaomao88', '138****8888', 129, '交易成功', '龙娟', '广东省 深圳市 南山区 粤海街道 科技园南区8栋', '快递', '', '13812348888', '2024-11-20 21:13:45'],
      ['3801234567890123457', '快乐的小鱼', 'xiaoyu***@163.com', 59.9, '卖家已发货', '史磊', '北京 北京市 朝阳区 望京街道 阜通东大街6号', '快递', '010-64701234', '13912347777', '2024-11-21 08:02:11'],
      ['3801234567890123458', 'jack_li2010', '150****6666', 349, '交易成功', '陶静', '浙江省 杭州市 西湖区 文三路90号', '快递', '', '15012346666', '2024-11-21 12:30:00'],
      ['3801234567890123459', '明月几时有', '186****5555', 18.8, '交易关闭', '黎明', '四川省 成都市 武侯区 天府大道中段1号', '快递', '', '18612345555', '2024-11-22 19:45:19'],
      ['3801234567890123460', 'sunny_day', 'sunny***@qq.com', 899, '等待买家付款', '贺敏', '湖北省 武汉市 洪山区 珞喻路1037号', 'EMS', '', '13712344444', '2024-11-23 10:10:10'],
    ];
    const mapping = map(values);
    expect(mappingToJson(mapping)).toMatchObject({ 收货人姓名: 'name', 收货地址: 'address', 联系手机: 'phone' });
    expect(column(mapping, '收货人姓名').someoneElse).toBeUndefined();
    expect(column(mapping, '收货地址').someoneElse).toBeUndefined();
  });

  test('a ShipStation shipment export’s Ship To columns are the customer’s', () => {
    const l = layout('en-shipstation-shipments');
    const mapping = mapHeaders(l.headers, DEFAULT_TEMPLATE, {}, l.rows);
    expect(mappingToJson(mapping)).toMatchObject({
      'Ship To - Name': 'name',
      'Ship To - Phone': 'phone',
      'Ship To - Address 1': 'address',
    });
    expect(mapping.columns.some((c) => c.someoneElse)).toBe(false);
  });

  test('a Shopify export with shipping columns alone keeps the shipping phone and address as the customer’s', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['Name', 'Email', 'Shipping Name', 'Shipping Address1', 'Shipping City', 'Shipping Zip', 'Shipping Phone'],
      ['#2001', 'jane.doe@gmail.com', 'Jane Doe', '12 Elm St', 'Boston', '02134', '+16175550101'],
      ['#2002', 'john.smith@gmail.com', 'John Smith', '400 Main St', 'Hartford', '06103', '(860) 555-0142'],
      ['#2003', 'sarah.lee@outlook.com', 'Sarah Lee', '77 Ocean Ave', 'Santa Monica', '90401', '+13105550199'],
      ['#2004', 'mike.brown@yahoo.com', 'Michael Brown', '9 Park Pl', 'Newark', '07102', '+1 973-555-0111'],
      ['#2005', 'ava.roy@gmail.com', 'Ava Roy', '9 Elm Ave', 'Portland', '97205', '+1 503-555-0177'],
    ];
    const mapping = map(values);
    expect(mappingToJson(mapping)).toMatchObject({
      'Shipping Name': 'name',
      'Shipping Address1': 'address',
      'Shipping Phone': 'phone',
    });
    expect(mapping.columns.some((c) => c.someoneElse)).toBe(false);
  });
});
