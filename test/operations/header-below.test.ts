import { checkSheet } from '../../shared/check/check-sheet';
import { headerBelowMessage, headerRowBelow } from '../../shared/operations/customer-list';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { readBelowTitle } from '../../shared/operations/read-below-title';
import { LAYOUTS } from '../template/layouts';
import { sheet, TODAY } from './fixtures';

/** A regional sales list as teams keep it: a title, who made it, then the header. */
const TITLED_ZH: CellValue[][] = [
  ['2024年华东区客户名单', null, null, null, null, null],
  ['制表人：何静  更新日期：2024-06-30', null, null, null, null, null],
  ['客户名称', '联系人', '手机', '城市', '客户等级', '年度销售额'],
  ['杭州西子网络科技有限公司', '刘晓明', '13588889999', '杭州', 'A', '125,000'],
  ['宁波博远模具有限公司', '王总', '13905741234', '宁波', 'B', '56,000'],
];

const TITLED_EN: CellValue[][] = [
  ['Customer List – Q2 2024'],
  [],
  ['Full Name', 'Email', 'Phone', 'Company', 'Status'],
  ['Ann Smith', 'ann@example.com', '+1 415 555 2671', 'Acme', 'Active'],
];

describe('a header under a title', () => {
  test('finds the header row of a Chinese list with a title and a note above it', () => {
    expect(headerRowBelow(TITLED_ZH, DEFAULT_TEMPLATE)).toEqual({
      row: 3,
      headers: ['客户名称', '联系人', '手机', '城市'],
    });
  });

  test('finds it under an English title and a blank row', () => {
    expect(headerRowBelow(TITLED_EN, DEFAULT_TEMPLATE)?.row).toBe(3);
  });

  test('leaves every real-world layout whose header is row 1 alone', () => {
    for (const layout of LAYOUTS)
      expect([layout.name, headerRowBelow([layout.headers, ...layout.rows], DEFAULT_TEMPLATE)]).toEqual([
        layout.name,
        undefined,
      ]);
  });

  test('leaves a two-column list alone, and an instructions sheet of sentences', () => {
    const twoColumns: CellValue[][] = [
      ['姓名', '手机'],
      ['张三', '13800138000'],
      ['客户名称', '联系人'],
    ];
    expect(headerRowBelow(twoColumns, DEFAULT_TEMPLATE)).toBeUndefined();
    const instructions: CellValue[][] = [
      ['填写说明'],
      ['1. 每行一位客户，手机号填 11 位。'],
      ['2. 性别请从下拉列表选择。'],
    ];
    expect(headerRowBelow(instructions, DEFAULT_TEMPLATE)).toBeUndefined();
  });

  test('finds the second row of a two-row header, naming the group it splits', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系方式', null, '地址'],
      [null, '手机', '邮箱', null],
      ['杭州西子网络科技有限公司', '13588889999', 'a@xizi.com', '文三路478号'],
    ];
    expect(headerRowBelow(values, DEFAULT_TEMPLATE)).toEqual({ row: 2, headers: ['手机', '邮箱'], group: '联系方式' });
    expect(headerBelowMessage('en-US', 'Accounts', headerRowBelow(values, DEFAULT_TEMPLATE)!)).toBe(
      'Sheet "Accounts" has a two-row header: "联系方式" in row 1 is split into 手机, 邮箱 in row 2. Custodian reads one header row: make the header one row, a header per column (手机, 邮箱), and check again.',
    );
  });

  test('reads First | Last under a Name or Contact group as the name parts (an English two-row header)', () => {
    const values: CellValue[][] = [
      ['Contact', null, 'Phone', 'Email', 'Company'],
      ['First', 'Last', null, null, null],
      ['Liam', 'Smith', '+61 412 345 678', 'liam@example.com', 'Acme'],
    ];
    const below = headerRowBelow(values, DEFAULT_TEMPLATE)!;
    expect(below).toEqual({
      row: 2,
      headers: ['First', 'Last'],
      group: 'Contact',
      withGroups: { 0: 'First Name', 1: 'Last Name' },
    });
    const read = mapHeaders(readBelowTitle({ name: 'Contacts', values }, below).values[0]!, DEFAULT_TEMPLATE);
    expect(read.columns.slice(0, 2).map((c) => [c.field, c.part])).toEqual([
      ['name', 'given'],
      ['name', 'family'],
    ]);
    // Under a group of dates the same words are the dates: Purchase over First | Last.
    const purchases: CellValue[][] = [
      ['Customer Name', 'Email', 'Purchase', null],
      [null, null, 'First', 'Last'],
      ['Ann Lee', 'ann@example.com', '2023-02-01', '2024-05-30'],
    ];
    expect(headerRowBelow(purchases, DEFAULT_TEMPLATE)?.withGroups).toEqual({
      2: 'First Purchase',
      3: 'Last Purchase',
    });
    const fields = mapHeaders(
      readBelowTitle({ name: 'Sales', values: purchases }, headerRowBelow(purchases, DEFAULT_TEMPLATE)!).values[0]!,
      DEFAULT_TEMPLATE,
    ).columns.map((c) => c.field);
    expect(fields).toEqual(['name', 'email', 'firstPurchaseDate', 'lastPurchaseDate']);
  });

  test('finds the customers as the second table of a meeting report (Zoom: the meeting over its participants)', () => {
    const values: CellValue[][] = [
      ['Meeting ID', 'Topic', 'Start Time', 'End Time', 'User Email', 'Duration (Minutes)', 'Participants'],
      [
        '81234567890',
        'Spring Open House',
        '04/18/2024 09:58:12 AM',
        '04/18/2024 11:02:45 AM',
        'events@brightpath.edu',
        '65',
        '3',
      ],
      [],
      ['Name (Original Name)', 'User Email', 'Total Duration (Minutes)', 'Guest'],
      ['Jane Doe', 'jane.doe@gmail.com', '62', 'Yes'],
      ['Priya Patel', 'priya.patel@yahoo.com', '41', 'Yes'],
    ];
    const below = headerRowBelow(values, DEFAULT_TEMPLATE)!;
    expect(below).toEqual({
      row: 4,
      headers: ['Name (Original Name)', 'User Email', 'Total Duration (Minutes)', 'Guest'],
      table: ['Meeting ID', 'Topic', 'Start Time'],
    });
    expect(headerBelowMessage('en-US', 'participants', below)).toBe(
      'Rows 1–3 of sheet "participants" hold another table (Meeting ID, Topic, Start Time…) above the customers, whose header is row 4 (Name (Original Name), User Email, Total Duration (Minutes), Guest…). Custodian reads the header from row 1: put the customers on a sheet of their own (or delete rows 1–3) and check again.',
    );
    expect(headerBelowMessage('zh-CN', '参会者', below)).toContain(
      '第 1–3 行是另一张表（Meeting ID、Topic、Start Time…）',
    );
    // A list whose own rows go on after a blank row is one table, even when a row there is all text.
    const list: CellValue[][] = [
      ['Name', 'Email', 'Company'],
      ['Ann Lee', 'ann@example.com', 'Acme'],
      [],
      ['Bo Chen', 'bo@example.com', 'Beta'],
    ];
    expect(headerRowBelow(list, DEFAULT_TEMPLATE)).toBeUndefined();
  });

  test('a first data row with a blank cell is no second header row', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '邮箱', '备注'],
      ['张三', null, 'zhang@example.cn', '老客户'],
      ['李四', '13900139000', null, null],
    ];
    expect(headerRowBelow(values, DEFAULT_TEMPLATE)).toBeUndefined();
    const notes: CellValue[][] = [
      ['客户名称', '说明', null, null],
      [null, '手机', '邮箱', null],
      ['杭州西子网络科技有限公司', '13588889999', 'a@xizi.com', null],
    ];
    expect(headerRowBelow(notes, DEFAULT_TEMPLATE)?.group).toBe('说明');
  });

  test('finds a second header row that says the first again in other words (a bilingual template)', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '邮箱', '公司'],
      ['Name', 'Mobile', 'Email', 'Company'],
      ['张三', '13800138000', 'zhang@example.cn', '星河贸易'],
    ];
    const below = headerRowBelow(values, DEFAULT_TEMPLATE)!;
    expect(below).toEqual({ row: 2, headers: ['Name', 'Mobile', 'Email', 'Company'], echo: true });
    expect(headerBelowMessage('zh-CN', '客户', below)).toBe(
      '工作表“客户”的第 2 行用另一种说法重复了表头（Name、Mobile、Email、Company…），会被当作一位客户。Custodian 只读一行表头：请删除第 2 行（或把两种说法写进同一个标题），然后重新检查。',
    );
    // A first customer whose company is called like a field is no header.
    const customer: CellValue[][] = [
      ['姓名', '手机', '公司', '备注'],
      ['张三', '13800138000', '公司', '备注'],
      ['李四', '13900139000', '星河贸易', ''],
    ];
    expect(headerRowBelow(customer, DEFAULT_TEMPLATE)).toBeUndefined();
  });

  test('check reads the list from its header under a title, with the sheet’s row numbers', () => {
    const values = [...TITLED_ZH, ['温州瓯江鞋业有限公司', '陈经理', '1390577', '温州', 'A', '8,800']];
    const result = checkSheet(sheet(values), { now: TODAY });
    expect(result).toMatchObject({ rows: 3, customerList: true, headerBelow: { row: 3 } });
    expect(result.mapping.columns.map((c) => c.field)).toEqual([
      'company',
      'contact',
      'phone',
      'region',
      'valueTier',
      null, // 年度销售额: this year's sales, not the customer's total spend
    ]);
    expect(result.issues.map((i) => [i.row, i.column, i.code])).toEqual([[6, '手机', 'phone.invalid']]);
  });

  test('the message for commands that need the header in row 1 says where it is, in both languages', () => {
    const result = checkSheet(sheet(TITLED_ZH), { now: TODAY });
    expect(headerBelowMessage('zh-CN', '客户', result.headerBelow!)).toBe(
      '工作表“客户”的第 1 行是标题，表头看起来在第 3 行（客户名称、联系人、手机、城市…）。Custodian 从第 1 行读取表头：请删除表头上方的第 1–2 行（标题可以写进文件名或工作表名），然后重新检查。',
    );
    expect(headerBelowMessage('en-US', 'Contacts', { row: 3, headers: ['Full Name', 'Email'] })).toBe(
      'Row 1 of sheet "Contacts" is a title: the header looks to be row 3 (Full Name, Email…). Custodian reads the header from row 1: delete rows 1–2 above it (the title can go in the file or sheet name) and check again.',
    );
    // One title row is "row 1", not "rows 1–1".
    expect(headerBelowMessage('en-US', 'Contacts', { row: 2, headers: ['Full Name', 'Email'] })).toContain(
      'delete row 1 above it',
    );
    expect(headerBelowMessage('zh-CN', '客户', { row: 2, headers: ['客户名称', '手机'] })).toContain(
      '请删除表头上方的第 1 行（',
    );
  });
});
