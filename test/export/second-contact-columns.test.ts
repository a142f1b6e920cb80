/**
 * A trade-show list with two contacts per row (联系人1 / 电话1 / 邮箱1 / 联系人2 / 电话2 / 邮箱2; Contact 2 /
 * Phone 2 / Email 2): the second contact's columns never fill the first contact's phone or e-mail,
 * however they are mapped. A contacts file writes the second contact as a row of its own
 * (second-contact-rows.test.ts); a group naming no one but the row's contact stays extra columns.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport } from '../../shared/export/plan-export';
import type { CrmId } from '../../shared/export/crm-layouts';
import { withoutOtherContacts } from '../../shared/export/other-contacts';
import { defaultTemplate } from '../../shared/template/default-template';
import { resolveContext } from '../../shared/operations/options';
import { NOW, rowsOf, sheet, usTemplate } from './fixtures';

// 07_tradeshow.csv: business cards from two fairs, a second contact on some rows.
// prettier-ignore
const TRADESHOW: CellValue[][] = [
  ['展会', '公司名称', '联系人1', '职位1', '电话1', '邮箱1', '联系人2', '职位2', '电话2', '邮箱2', '地址', '意向产品', '跟进人'],
  ['2026广交会', '佛山市南海宏达五金有限公司', '陈志强', '总经理', '13922223333', 'chen@hongda-hw.com', '李敏', '采购', '13922224444', 'limin@hongda-hw.com', '广东省佛山市南海区桂城街道', '合页', '小王'],
  ['2026广交会', '宁波海天塑料制品厂', '周海', '厂长', '0574-88886666', '', '', '', '', '', '浙江省宁波市北仑区', '注塑件', '小王'],
  ['2026上海五金展', '上海恒通贸易有限公司', '刘洋', '经理', '021-66668888', 'liuyang@hengtong.sh.cn', '刘洋', '经理', '13800138000', '', '上海市闵行区', '锁具', '小李'],
];

// m5b_en.csv: the same layout from an English team.
// prettier-ignore
const EN_CARDS: CellValue[][] = [
  ['Company', 'Contact 1', 'Phone 1', 'Email 1', 'Contact 2', 'Phone 2', 'Email 2'],
  ['Acme Hardware Ltd', 'John Smith', '(503) 555-0100', 'john@acme.com', 'Mary Jones', '(503) 555-0188', 'mary@acme.com'],
  ['Beta Plastics', 'Tom Lee', '(503) 555-0111', '', '', '', ''],
];

// Mapped as a stored setup (or an older mapping) may have it: the second contact's columns as the phone and e-mail.
const MAPPED_ZH = { 电话2: 'phone', 邮箱2: 'email' };
const MAPPED_EN = { 'Phone 2': 'phone', 'Email 2': 'email' };

const zh = (crm: CrmId, overrides?: Record<string, string | null>) => ({
  crm,
  template: defaultTemplate(),
  locale: 'zh-CN' as const,
  today: NOW,
  ...(overrides ? { overrides } : {}),
});
const en = (crm: CrmId, overrides?: Record<string, string | null>) => ({
  crm,
  template: usTemplate(),
  locale: 'en-US' as const,
  today: NOW,
  ...(overrides ? { overrides } : {}),
});

describe('export of a second contact’s columns', () => {
  test.each([
    ['as the mapping reads them', undefined],
    ['when 电话2 and 邮箱2 are mapped to the phone and e-mail', MAPPED_ZH],
  ])('writes 李敏’s mobile and e-mail on her own row, never as 陈志强’s, %s', (_, overrides) => {
    const { files, report } = planExport(sheet(TRADESHOW), zh('hubspot', overrides));
    const rows = rowsOf(files[0]!);
    const pick = (r: Record<string, CellValue>) => [
      r['Last Name'],
      r['First Name'],
      r['Mobile Phone Number'],
      r['Phone Number'],
      r.Email,
      r['Job Title'],
      r['联系人2'],
      r['职位2'],
      r['电话2'],
      r['邮箱2'],
    ];
    // 李敏 is a contact of her own; 刘洋 on both sides is the row's contact again (a further number), kept as typed.
    expect(rows.map(pick)).toEqual([
      ['陈', '志强', '+8613922223333', null, 'chen@hongda-hw.com', '总经理', null, null, null, undefined],
      ['李', '敏', '+8613922224444', null, 'limin@hongda-hw.com', '采购', null, null, null, undefined],
      ['周', '海', null, '+8657488886666', null, '厂长', null, null, null, undefined],
      ['刘', '洋', null, '+862166668888', 'liuyang@hengtong.sh.cn', '经理', '刘洋', '经理', '13800138000', undefined],
    ]);
    expect(report.otherContacts).toEqual([{ contact: '联系人2', headers: ['联系人2', '职位2', '电话2', '邮箱2'] }]);
    expect([report.secondContactRows, report.secondContactsAside]).toEqual([1, 1]);
    expect(report.columns.find((c) => c.crmColumn === 'Phone Number')?.sheetColumns).toEqual(['电话1']);
  });

  test('keeps 电话2 out of 纷享销客’s 电话 of the first contact', () => {
    const { files } = planExport(sheet(TRADESHOW), zh('fxiaoke', MAPPED_ZH));
    const row = rowsOf(files[0]!)[0]!;
    expect(row).toMatchObject({
      联系人: '陈志强',
      手机: '13922223333',
      邮箱: 'chen@hongda-hw.com',
      电话2: '13922224444',
    });
    expect(row['电话']).toBeNull();
  });

  test('writes Mary Jones’s phone and e-mail as her own contact’s in an English list', () => {
    const { files, report } = planExport(sheet(EN_CARDS, 'Cards'), en('salesforce', MAPPED_EN));
    const rows = rowsOf(files[0]!);
    expect(
      rows.map((r) => [r['First Name'], r['Last Name'], r['Business Phone'], r.Email, r['Phone 2'], r['Email 2']]),
    ).toEqual([
      ['John', 'Smith', '+15035550100', 'john@acme.com', undefined, undefined],
      ['Mary', 'Jones', '+15035550188', 'mary@acme.com', undefined, undefined],
      ['Tom', 'Lee', '+15035550111', null, undefined, undefined],
    ]);
    expect(report.secondContactRows).toBe(1);
    expect(report.otherContacts).toEqual([{ contact: 'Contact 2', headers: ['Contact 2', 'Phone 2', 'Email 2'] }]);
  });

  test('leaves a contact’s own numbered phones alone where no second contact is named (Phone 1, Phone 2)', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['Name', 'Phone 1', 'Phone 2', 'Email'],
      ['Sarah Nguyen', '(503) 555-0100', '(503) 555-0123', 'sarah@gmail.com'],
    ];
    const ctx = resolveContext(sheet(values, 'Contacts'), { template: usTemplate() });
    expect(withoutOtherContacts(ctx.mapping, ctx.template)).toEqual({ mapping: ctx.mapping, others: [] });
  });

  test('reads 第二联系人 and Second Contact as another contact’s group', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['公司', '联系人', '手机', '第二联系人', '第二联系人电话'],
      ['杭州西子电器有限公司', '陈静', '15000002222', '李娜', '15000003333'],
    ];
    const ctx = resolveContext(sheet(values), { template: defaultTemplate(), overrides: { 第二联系人电话: 'phone' } });
    const { mapping, others } = withoutOtherContacts(ctx.mapping, ctx.template);
    expect(others).toEqual([{ contact: '第二联系人', headers: ['第二联系人', '第二联系人电话'] }]);
    expect(mapping.columns.find((c) => c.header === '第二联系人电话')?.field).toBeNull();
    expect(mapping.byField.phone).toBe(3);
    // prettier-ignore
    const english: CellValue[][] = [
      ['Company', 'Contact', 'Phone', 'Email', 'Second Contact', 'Second Contact Email'],
      ['Acme Hardware Ltd', 'John Smith', '(503) 555-0100', 'john@acme.com', 'Mary Jones', 'mary@acme.com'],
    ];
    const enCtx = resolveContext(sheet(english, 'Cards'), {
      template: usTemplate(),
      overrides: { 'Second Contact Email': 'email', Email: null },
    });
    const read = withoutOtherContacts(enCtx.mapping, enCtx.template);
    expect(read.others).toEqual([{ contact: 'Second Contact', headers: ['Second Contact', 'Second Contact Email'] }]);
    expect(read.mapping.byField.email).toBeUndefined();
  });
});
