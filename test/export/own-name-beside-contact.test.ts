/**
 * A sheet with both a person-name column (姓名, Name) and a contact column (联系人, Contact), as
 * `custodian combine` writes a 企业微信 or 有赞 list of people stacked on a sales rep's list of
 * companies and their contacts: each row's person comes from whichever column holds it.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import type { CrmId, CrmObject } from '../../shared/export/crm-layouts';
import { defaultTemplate } from '../../shared/template/default-template';
import { ownNameUse } from '../../shared/export/own-name';
import { NOW, rowsOf, sheet, usTemplate } from './fixtures';

function fileOf(files: ExportFile[], object: CrmObject): ExportFile {
  const file = files.find((f) => f.object === object);
  if (!file) throw new Error(`no ${object} file`);
  return file;
}

/** A file's rows as header -> value, one per exported row, with the sheet row it came from. */
// `custodian combine wecom.csv youzan.xlsx sales.xlsx`: 姓名 from 企业微信 and 有赞, 联系人 from the rep's list.
// prettier-ignore
const COMBINED: CellValue[][] = [
  ['姓名', '联系人', '性别', '手机', '公司', '地区', '地址', '备注', '出处'],
  ['张伟-宏达贸易', null, null, '13800138000', null, null, null, '老客户介绍', 'wecom.csv 第 2 行'],
  ['Tom Lee - Acme Ltd', null, null, '+1 415 555 0134', 'Acme Ltd', null, null, '展会认识', 'wecom.csv 第 3 行'],
  ['王芳', null, null, '13912345678', '杭州源泉科技有限公司', null, null, null, 'wecom.csv 第 4 行'],
  ['刘总', null, null, '13700001111', '上海华通物流有限公司', null, null, '采购负责人', 'wecom.csv 第 6 行'],
  ['赵敏', null, '女', '13512345678', null, '上海市 上海市 浦东新区', null, null, 'youzan.xlsx!会员列表 第 3 行'],
  [null, '刘强', null, '137 0000 1111', '上海华通物流有限公司', null, '上海市浦东新区张江路1号', '年底续约', 'sales.xlsx!我的客户 第 3 行'],
  [null, '钱经理', null, '0571-88886666', '永辉超市', null, '杭州市拱墅区', null, 'sales.xlsx!我的客户 第 4 行'],
  // The same person in both columns, and two different people on one row.
  ['孙丽', '孙丽', '女', '15000001111', '南京鼓楼文化传媒有限公司', null, null, null, 'sales.xlsx!我的客户 第 6 行'],
  ['陈静', '李娜', null, '15000002222', '杭州西子电器有限公司', null, null, null, 'sales.xlsx!我的客户 第 7 行'],
  [null, null, null, '0571-86001234', '杭州西湖文化广场有限公司', null, null, null, 'sales.xlsx!我的客户 第 8 行'],
];

// An English list of the same shape: people from a sign-up form (Name), contacts from a sales list (Contact).
// prettier-ignore
const EN_COMBINED: CellValue[][] = [
  ['Name', 'Contact', 'Mobile', 'Company', 'Email', 'Source file'],
  ['Chloe Morgan', null, '(415) 555-0101', null, 'chloe@example.com', 'signups.csv row 2'],
  ['James Wilson', null, '(415) 555-0102', 'Harbour Plumbing LLC', 'james@harbourplumbing.com', 'signups.csv row 3'],
  [null, 'Sarah Chen', '(415) 555-0103', 'Acme Corp', 'sarah.chen@acme.com', 'sales.xlsx row 2'],
  ['Mary Ann Evans', 'Mary Ann Evans', '(415) 555-0104', 'Middlemarch Inc', 'mary@middlemarch.com', 'sales.xlsx row 3'],
  ['Robert Smith', 'Linda Park', '(415) 555-0105', 'Blue Harbor LLC', 'linda@blueharbor.com', 'sales.xlsx row 4'],
];

const combined = () => sheet(COMBINED.map((r) => [...r]));
const enCombined = () =>
  sheet(
    EN_COMBINED.map((r) => [...r]),
    'Customers',
  );
const zhOptions = (crm: CrmId, object?: CrmObject) => ({
  crm,
  ...(object ? { object } : {}),
  template: defaultTemplate(),
  locale: 'zh-CN' as const,
  today: NOW,
});
const enOptions = (crm: CrmId, object?: CrmObject) => ({
  crm,
  ...(object ? { object } : {}),
  template: usTemplate(),
  locale: 'en-US' as const,
  today: NOW,
});

describe('export of a sheet with a name column and a contact column', () => {
  test('takes each row’s person from 姓名 where 联系人 is blank, for Salesforce', () => {
    const { files, report } = planExport(combined(), zhOptions('salesforce'));
    const contacts = fileOf(files, 'contacts');
    expect(contacts.header).toEqual([
      'First Name',
      'Last Name',
      'Account Name',
      'Mobile Phone',
      'Business Phone',
      'Mailing Street',
      'Mailing City',
      'Mailing State/Province',
      'Contact Description',
      '姓名',
      '性别',
      '出处',
    ]);
    const pick = (r: Record<string, CellValue>) => [
      r.row,
      r['First Name'],
      r['Last Name'],
      r['Account Name'],
      r['Mobile Phone'],
      r['Business Phone'],
      r['姓名'],
    ];
    expect(rowsOf(contacts).map(pick)).toEqual([
      [2, '伟', '张', '宏达贸易', '+8613800138000', null, null],
      [3, 'Tom', 'Lee', 'Acme Ltd', '+14155550134', null, null],
      [4, '芳', '王', '杭州源泉科技有限公司', '+8613912345678', null, null],
      [5, null, '刘总', '上海华通物流有限公司', '+8613700001111', null, null],
      [6, '敏', '赵', null, '+8613512345678', null, null],
      [7, '强', '刘', '上海华通物流有限公司', '+8613700001111', null, null],
      [8, null, '钱经理', '永辉超市', null, '+8657188886666', null],
      [9, '丽', '孙', '南京鼓楼文化传媒有限公司', '+8615000001111', null, null],
      // Two people: 联系人 is the contact, 姓名 stays under its header.
      [10, '娜', '李', '杭州西子电器有限公司', '+8615000002222', null, '陈静'],
    ]);
    expect(rowsOf(fileOf(files, 'accounts')).map((r) => [r.row, r['Account Name'], r.Phone])).toEqual([
      [11, '杭州西湖文化广场有限公司', '+8657186001234'],
    ]);
    expect(report.missingRequired).toEqual({});
    expect(report.columns.find((c) => c.crmColumn === 'Last Name')?.sheetColumns).toEqual(['联系人', '姓名']);
    expect(report.ownNames).toEqual({
      column: '姓名',
      contactColumn: '联系人',
      rows: 5,
      aside: 1,
      asideRows: [10],
    });
    expect(report.remarkNames).toBe(2);
  });

  test('writes no 姓名 column where every name went into the name columns', () => {
    const values = combined().values.filter((_, i) => i !== 9);
    const { files, report } = planExport(sheet(values), zhOptions('zoho'));
    const contacts = fileOf(files, 'contacts');
    expect(contacts.header).not.toContain('姓名');
    expect(report.extraColumns).toEqual(['性别', '出处']);
    expect(report.ownNames?.aside).toBe(0);
    expect(rowsOf(contacts).map((r) => [r.row, r['First Name'], r['Last Name'], r['Account Name']])).toEqual([
      [2, '伟', '张', '宏达贸易'],
      [3, 'Tom', 'Lee', 'Acme Ltd'],
      [4, '芳', '王', '杭州源泉科技有限公司'],
      [5, null, '刘总', '上海华通物流有限公司'],
      [6, '敏', '赵', null],
      [7, '强', '刘', '上海华通物流有限公司'],
      [8, null, '钱经理', '永辉超市'],
      [9, '丽', '孙', '南京鼓楼文化传媒有限公司'],
    ]);
  });

  test('fills HubSpot’s and 纷享销客’s name columns from either column', () => {
    const hubspot = fileOf(planExport(combined(), zhOptions('hubspot')).files, 'contacts');
    expect(rowsOf(hubspot).map((r) => [r.row, r['First Name'], r['Last Name'], r['Company Name'], r['姓名']])).toEqual([
      [2, '伟', '张', '宏达贸易', null],
      [3, 'Tom', 'Lee', 'Acme Ltd', null],
      [4, '芳', '王', '杭州源泉科技有限公司', null],
      [5, null, '刘总', '上海华通物流有限公司', null],
      [6, '敏', '赵', null, null],
      [7, '强', '刘', '上海华通物流有限公司', null],
      [8, null, '钱经理', '永辉超市', null],
      [9, '丽', '孙', '南京鼓楼文化传媒有限公司', null],
      [10, '娜', '李', '杭州西子电器有限公司', '陈静'],
    ]);
    const fx = fileOf(planExport(combined(), zhOptions('fxiaoke', 'contacts')).files, 'contacts');
    expect(rowsOf(fx).map((r) => [r.row, r['姓名'], r['客户名称'], r['手机'], r['姓名 (sheet)']])).toEqual([
      [2, '张伟', '宏达贸易', '13800138000', null],
      [3, 'Tom Lee', 'Acme Ltd', '+14155550134', null],
      [4, '王芳', '杭州源泉科技有限公司', '13912345678', null],
      [5, '刘总', '上海华通物流有限公司', '13700001111', null],
      [6, '赵敏', null, '13512345678', null],
      [7, '刘强', '上海华通物流有限公司', '13700001111', null],
      [8, '钱经理', '永辉超市', null, null],
      [9, '孙丽', '南京鼓楼文化传媒有限公司', '15000001111', null],
      [10, '李娜', '杭州西子电器有限公司', '15000002222', '陈静'],
    ]);
  });

  test('gives 纷享销客 one 客户 per company and its people from either column', () => {
    const { files, report } = planExport(combined(), zhOptions('fxiaoke'));
    const accounts = fileOf(files, 'accounts');
    expect(accounts.header).toEqual(['客户名称', '联系人', '手机', '电话', '地址', '备注', '性别', '出处']);
    expect(rowsOf(accounts).map((r) => [r.row, r['客户名称'], r['联系人'], r['手机']])).toEqual([
      [2, '宏达贸易', null, null],
      [3, 'Acme Ltd', null, null],
      [4, '杭州源泉科技有限公司', null, null],
      [5, '上海华通物流有限公司', null, null],
      // A consumer is an account of her own, named by her.
      [6, '赵敏', '赵敏', '13512345678'],
      [8, '永辉超市', null, null],
      [9, '南京鼓楼文化传媒有限公司', null, null],
      [10, '杭州西子电器有限公司', null, null],
      [11, '杭州西湖文化广场有限公司', null, null],
    ]);
    const people = fileOf(files, 'contacts');
    expect(rowsOf(people).map((r) => [r.row, r['姓名'], r['客户名称'], r['姓名 (sheet)']])).toEqual([
      [2, '张伟', '宏达贸易', null],
      [3, 'Tom Lee', 'Acme Ltd', null],
      [4, '王芳', '杭州源泉科技有限公司', null],
      [5, '刘总', '上海华通物流有限公司', null],
      [7, '刘强', '上海华通物流有限公司', null],
      [8, '钱经理', '永辉超市', null],
      [9, '孙丽', '南京鼓楼文化传媒有限公司', null],
      [10, '李娜', '杭州西子电器有限公司', '陈静'],
    ]);
    // 上海华通物流's two rows come from two files: its account keeps the first row's 出处, named.
    expect(rowsOf(accounts).find((r) => r.row === 5)?.['出处']).toBe('wecom.csv 第 6 行');
    // 永辉超市's 0571 line (钱经理's row) and 杭州西湖文化广场's, typed with no contact, are the companies' own.
    expect(rowsOf(accounts).find((r) => r.row === 8)?.['电话']).toBe('0571-88886666');
    expect(rowsOf(accounts).find((r) => r.row === 11)?.['电话']).toBe('0571-86001234');
    expect(report.accountGroups).toEqual({
      accounts: 8,
      contacts: 8,
      differing: { 出处: 1 },
      companyLines: { rows: 1, rowNumbers: [8] },
      noContact: { rows: 1, rowNumbers: [11] },
    });
  });

  test('takes the person from Name where Contact is blank, in an English list', () => {
    const { files, report } = planExport(enCombined(), enOptions('salesforce'));
    const contacts = fileOf(files, 'contacts');
    expect(contacts.header).toEqual([
      'First Name',
      'Last Name',
      'Account Name',
      'Email',
      'Mobile Phone',
      'Business Phone',
      'Name',
      'Source file',
    ]);
    expect(rowsOf(contacts).map((r) => Object.values(r))).toEqual([
      [2, 'Chloe', 'Morgan', null, 'chloe@example.com', '+14155550101', null, null, 'signups.csv row 2'],
      [
        3,
        'James',
        'Wilson',
        'Harbour Plumbing LLC',
        'james@harbourplumbing.com',
        '+14155550102',
        null,
        null,
        'signups.csv row 3',
      ],
      [4, 'Sarah', 'Chen', 'Acme Corp', 'sarah.chen@acme.com', '+14155550103', null, null, 'sales.xlsx row 2'],
      [
        5,
        'Mary Ann',
        'Evans',
        'Middlemarch Inc',
        'mary@middlemarch.com',
        '+14155550104',
        null,
        null,
        'sales.xlsx row 3',
      ],
      [
        6,
        'Linda',
        'Park',
        'Blue Harbor LLC',
        'linda@blueharbor.com',
        '+14155550105',
        null,
        'Robert Smith',
        'sales.xlsx row 4',
      ],
    ]);
    expect(report.ownNames).toEqual({ column: 'Name', contactColumn: 'Contact', rows: 2, aside: 1, asideRows: [6] });
    expect(report.missingRequired).toEqual({});
    expect(report.accountRows).toBe(0);
  });
});

describe('ownNameUse', () => {
  test.each([
    ['张伟', '', '', true, { use: 'person' }],
    ['Chloe Morgan', '', '', false, { use: 'person' }],
    ['孙丽', '孙丽', '南京鼓楼文化传媒有限公司', true, { use: 'same' }],
    ['Smith, John', 'John Smith', '', false, { use: 'same' }],
    ['张伟-宏达贸易', '张伟', '', true, { use: 'same', organisation: '宏达贸易' }],
    ['付超-个人', '付超', '', true, { use: 'same' }],
    ['宏达贸易有限公司', '张伟', '', true, { use: 'account' }],
    ['陈静', '李娜', '杭州西子电器有限公司', true, { use: 'aside' }],
    ['刘总', '刘强', '上海华通物流有限公司', true, { use: 'aside' }],
    ['Robert Smith', 'Linda Park', 'Blue Harbor LLC', false, { use: 'aside' }],
  ])('reads %s beside the contact %s (company %s)', (own, contact, account, chineseList, expected) => {
    expect(ownNameUse(own, contact, account, chineseList)).toEqual(expected);
  });

  test('reads nothing from a blank name', () => {
    expect(ownNameUse('', '李娜', '', true)).toBeNull();
  });
});
