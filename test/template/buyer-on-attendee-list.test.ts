/**
 * On an attendee or guest list the buyer of the order is someone else: a colleague who bought the
 * ticket, a parent who paid. Their e-mail, phone and name are no second contact point of the
 * attendee. On an order export, where the buyer is the customer, the buyer's columns are the customer's.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, type HeaderMapping } from '../../shared/template/header-mapping';

const mapOf = (values: CellValue[][]) => mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1));
/** Each header's field (`name.given` for a part), or the field it holds more of (`second:email`), or null. */
const fieldsOf = (mapping: HeaderMapping) =>
  Object.fromEntries(
    mapping.columns.map((c) => [
      c.header,
      c.field ? (c.part ? `${c.field}.${c.part}` : c.field) : c.secondOf ? `second:${c.secondOf}` : null,
    ]),
  );

// Eventbrite's attendee report: Raj Mehta bought two tickets on one order, his own and Anita Desai's.
const EVENTBRITE: CellValue[][] = [
  [
    'Order #',
    'Order Date',
    'First Name',
    'Last Name',
    'Email',
    'Quantity',
    'Ticket Type',
    'Attendee #',
    'Buyer Last Name',
    'Buyer First Name',
    'Buyer Email',
    'Attendee Status',
    'Mobile Phone',
    'Company',
  ],
  [
    '7734512001',
    '2024-03-04 09:12:44-05:00',
    'Sarah',
    "O'Connor",
    'sarah.oconnor@acme.com',
    '1',
    'Early Bird',
    '1450001',
    "O'Connor",
    'Sarah',
    'sarah.oconnor@acme.com',
    'Attending',
    '+1 (617) 555-0142',
    'Acme Corp.',
  ],
  [
    '7734512002',
    '2024-03-04 10:30:01-05:00',
    'Raj',
    'Mehta',
    'raj.mehta@infosys.com',
    '2',
    'General Admission',
    '1450002',
    'Mehta',
    'Raj',
    'raj.mehta@infosys.com',
    'Attending',
    '+91 98200 11223',
    'Infosys Ltd',
  ],
  [
    '7734512002',
    '2024-03-04 10:30:01-05:00',
    'Anita',
    'Desai',
    'anita.desai@infosys.com',
    '2',
    'General Admission',
    '1450003',
    'Mehta',
    'Raj',
    'raj.mehta@infosys.com',
    'Attending',
    '+91 99300 44556',
    'Infosys Limited',
  ],
  [
    '7734512003',
    '2024-03-05 14:02:19-05:00',
    'Robert',
    'Kline',
    'bob.kline@gmail.com',
    '1',
    'General Admission',
    '1450004',
    'Kline',
    'Robert',
    'bob.kline@gmail.com',
    'Attending',
    '617-555-0199',
    '',
  ],
];

describe("a buyer's columns on an attendee list", () => {
  test("Eventbrite's Buyer Email is no second e-mail of the attendee", () => {
    const mapping = mapOf(EVENTBRITE);
    expect(fieldsOf(mapping)).toMatchObject({
      'First Name': 'name.given',
      'Last Name': 'name.family',
      Email: 'email',
      'Buyer Last Name': null,
      'Buyer First Name': null,
      'Buyer Email': null,
      'Mobile Phone': 'phone',
      Company: 'company',
    });
    // Dedupe and merge read no identity from them: Raj bought Anita's ticket, they are two people.
    const someoneElse = mapping.columns.filter((c) => c.someoneElse).map((c) => c.header);
    expect(someoneElse).toEqual(['Buyer Last Name', 'Buyer First Name', 'Buyer Email']);
  });

  test("a purchaser's name, e-mail and phone beside the guest's are left alone", () => {
    const mapping = mapOf([
      ['Guest Name', 'Guest Email', 'Ticket Type', 'Checked In', 'Buyer Name', 'Purchaser Email', 'Purchaser Phone'],
      ['Anita Desai', 'anita.desai@infosys.com', 'VIP', 'Yes', 'Raj Mehta', 'raj.mehta@infosys.com', '+91 98200 11223'],
      ['Raj Mehta', 'raj.mehta@infosys.com', 'VIP', 'No', 'Raj Mehta', 'raj.mehta@infosys.com', '+91 98200 11223'],
      ['Emily Zhang', 'emily.zhang@mit.edu', 'Student', 'Yes', 'Emily Zhang', 'emily.zhang@mit.edu', '617-555-0188'],
    ]);
    expect(fieldsOf(mapping)).toMatchObject({
      'Guest Name': 'name',
      'Guest Email': 'email',
      'Buyer Name': null,
      'Purchaser Email': null,
      'Purchaser Phone': null,
    });
  });

  test('购票人 and 下单人 beside the attendee are someone else', () => {
    const mapping = mapOf([
      ['姓名', '手机', '票种', '签到时间', '购票人', '购票人手机', '下单人邮箱'],
      ['王芳', '13812345678', '早鸟票', '2024-04-18 08:15', '李强', '13900001111', 'liqiang@163.com'],
      ['李强', '13900001111', '早鸟票', '', '李强', '13900001111', 'liqiang@163.com'],
      ['赵敏', '13700002222', '学生票', '2024-04-18 08:40', '赵敏', '13700002222', 'zhaomin@qq.com'],
    ]);
    expect(fieldsOf(mapping)).toMatchObject({
      姓名: 'name',
      手机: 'phone',
      购票人: null,
      购票人手机: null,
      下单人邮箱: null,
    });
  });

  test("on an order export the buyer is the customer: Buyer Name and Buyer Email stay the customer's", () => {
    const mapping = mapOf([
      ['Order ID', 'Buyer Name', 'Buyer Email', 'Buyer Phone', 'Lineitem name'],
      ['#1001', 'Raj Mehta', 'raj.mehta@infosys.com', '+91 98200 11223', 'Conference pass'],
      ['#1002', 'Anita Desai', 'anita.desai@infosys.com', '+91 99300 44556', 'Conference pass'],
      ['#1003', 'Emily Zhang', 'emily.zhang@mit.edu', '617-555-0188', 'Workshop'],
    ]);
    expect(fieldsOf(mapping)).toMatchObject({
      'Buyer Name': 'name',
      'Buyer Email': 'email',
      'Buyer Phone': 'phone',
    });
    expect(mapping.columns.some((c) => c.someoneElse)).toBe(false);
  });

  test("a ticket sales list whose only person is the buyer keeps the buyer's columns as the customer's", () => {
    const mapping = mapOf([
      ['Buyer Name', 'Buyer Email', 'Ticket Type', 'Quantity'],
      ['Raj Mehta', 'raj.mehta@infosys.com', 'General Admission', '2'],
      ['Emily Zhang', 'emily.zhang@mit.edu', 'Student', '1'],
      ['Liz Warren', 'liz.w@harbor.org', 'VIP', '1'],
    ]);
    expect(fieldsOf(mapping)).toMatchObject({ 'Buyer Name': 'name', 'Buyer Email': 'email' });
  });
});
