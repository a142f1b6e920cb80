/**
 * A CRM contact export numbers the customer, a company, and lists its contacts: 客户编号 C0012 on
 * 王强's row and 李娜's row of 杭州森源建材有限公司 is one customer with two contacts (a warning, as
 * dedupe never groups them), while one ID on two companies, or on one person twice, is an error.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { issueSchema, type Issue } from '../../shared/check/issue';
import type { CellValue } from '../../shared/sheet/cell-value';

const TODAY = new Date('2026-11-28T00:00:00Z');

function check(values: CellValue[][], messageLocale?: 'zh-CN' | 'en-US'): Issue[] {
  return checkSheet(
    { name: '联系人', values },
    { now: TODAY, ...(messageLocale ? { messageLocale } : {}) },
  ).issues.filter((i) => i.code.startsWith('id.'));
}

/** A 钉钉 CRM contact export: 客户编号 is the company's, each contact on a row of their own. */
function dingTalkContacts(): CellValue[][] {
  return [
    ['客户编号', '客户名称', '联系人', '手机', '职务', '所在城市'],
    ['C0010', '苏州恒达精密机械有限公司', '周建华', '13951234567', '采购经理', '苏州'],
    ['C0011', '无锡宏远物流有限公司', '陈立', '13861234501', '总经理', '无锡'],
    ['C0012', '杭州森源建材有限公司', '王强', '13757123456', '总经理', '杭州'],
    ['C0012', '杭州森源建材有限公司', '李娜', '13957198765', '财务', '杭州'],
    // Two companies under one number: a slip, as today.
    ['C0013', '宁波港城贸易有限公司', '韩梅', '13805741234', '采购', '宁波'],
    ['C0013', '南京金陵电子科技有限公司', '卫东', '13913845678', '经理', '南京'],
    // One contact twice under the company's number (imported from two lists), the legal form left off once.
    ['C0014', '温州瑞丰鞋业有限公司', '郑涛', '13967712345', '厂长', '温州'],
    ['C0014', '温州瑞丰鞋业', '郑涛', '13967712345', '厂长', '温州'],
  ];
}

describe('check on an ID shared by rows', () => {
  const issues = check(dingTalkContacts());

  test('warns, not errs, when two contacts of one company share its 客户编号', () => {
    const row6 = issues.filter((i) => i.row === 5);
    expect(row6).toHaveLength(1);
    expect(issueSchema.parse(row6[0])).toEqual(row6[0]);
    expect(row6[0]).toMatchObject({ code: 'id.companyContacts', severity: 'warning', value: 'C0012' });
    expect(row6[0]!.message).toBe(
      '第 4 行与第 5 行共用客户编号 C0012：杭州森源建材有限公司的两位联系人（编号指公司，清理时保留）。',
    );
  });

  test('says it in English for an English reader', () => {
    const row6 = check(dingTalkContacts(), 'en-US').find((i) => i.row === 5);
    expect(row6?.message).toBe(
      'Rows 4 and 5 share 客户编号 C0012: two contacts of 杭州森源建材有限公司 (the ID names the company; cleaning keeps it).',
    );
  });

  test('still errs when one ID names two companies', () => {
    expect(issues.find((i) => i.row === 7)).toMatchObject({ code: 'id.duplicate', severity: 'error' });
  });

  test('still errs when one contact of one company is typed twice', () => {
    expect(issues.find((i) => i.row === 9)).toMatchObject({ code: 'id.duplicate', severity: 'error' });
  });

  test('errs on a third row that repeats a contact the ID already has', () => {
    const values = dingTalkContacts().slice(0, 5);
    values.push(['C0012', '杭州森源建材有限公司', '王强', '13757123456', '总经理', '杭州']);
    const third = check(values).find((i) => i.row === 6);
    expect(third).toMatchObject({ code: 'id.duplicate', severity: 'error' });
    expect(third?.message).toContain('第 4 行');
  });

  test('errs when a contact is blank, so the rows may be one', () => {
    const values = dingTalkContacts().slice(0, 5);
    values[4]![2] = '';
    expect(check(values).find((i) => i.row === 5)).toMatchObject({ code: 'id.duplicate', severity: 'error' });
  });

  test('warns for a Western contact export whose Account ID names the company', () => {
    const values: CellValue[][] = [
      ['Account ID', 'Account Name', 'Contact Name', 'Email', 'Phone'],
      ['A-1001', 'Acme Corp', 'John Smith', 'john.smith@acme.com', '(415) 555-0142'],
      ['A-1001', 'Acme Corporation', 'Mary Jones', 'mary.jones@acme.com', '(415) 555-0143'],
      ['A-1002', 'Globex Inc.', 'Hank Scorpio', 'hank@globex.com', '(212) 555-0199'],
      ['A-1002', 'Initech LLC', 'Bill Lumbergh', 'bill@initech.com', '(512) 555-0142'],
    ];
    const found = check(values);
    expect(found.find((i) => i.row === 3)).toMatchObject({ code: 'id.companyContacts', severity: 'warning' });
    expect(found.find((i) => i.row === 3)?.message).toBe(
      'Rows 2 and 3 share Account ID A-1001: two contacts of Acme Corp (the ID names the company; cleaning keeps it).',
    );
    expect(found.find((i) => i.row === 5)).toMatchObject({ code: 'id.duplicate', severity: 'error' });
  });

  test('errs when two people of a person list share an ID, though they work at one company', () => {
    // A list of people (姓名 is the customer): the number is the person's, not the company's.
    const values: CellValue[][] = [
      ['客户编号', '姓名', '公司', '手机'],
      ['C000021', '王强', '杭州森源建材有限公司', '13757123456'],
      ['C000021', '李娜', '杭州森源建材有限公司', '13957198765'],
    ];
    expect(check(values).find((i) => i.row === 3)).toMatchObject({ code: 'id.duplicate', severity: 'error' });
  });
});
