/**
 * A B2B list with a second contact on the row (联系人 / 手机 / 邮箱 then 联系人2 / 手机2 / 邮箱2; Contact /
 * Phone / Email then Contact 2 / Phone 2 / Email 2): a Contacts or Leads import of Zoho, Salesforce,
 * HubSpot or 纷享销客 takes one person per row, associated to an account by its company name. The
 * second contact is a row of its own, with the row's company and company columns, and the report
 * counts those rows; an Accounts import stays one row per company.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport } from '../../shared/export/plan-export';
import { enExport, rowsOf, sheet, zhExport } from './fixtures';

// A machinery trade-fair list of a Suzhou sales team: a second buyer on some companies.
// prettier-ignore
const ZH_B2B: CellValue[][] = [
  ['客户名称', '联系人', '手机', '邮箱', '联系人2', '手机2', '邮箱2', '地址', '行业', '负责人', '备注', '来源展会'],
  ['苏州恒瑞精密机械有限公司', '王建国', '139 1234 5678', 'wangjg@hengrui-jm.com', '赵丽', '138-1234-5678', 'zhaoli@hengrui-jm.com', '江苏省苏州市工业园区星湖街328号', '机械制造', '张敏', '年底有采购计划', '2026工博会'],
  ['深圳市蓝海电子科技有限公司', '林晓东', '13600001111', '', '', '', '', '广东省深圳市南山区科技园', '电子', '张敏', '', ''],
  ['杭州西子包装材料有限公司', '钱峰', '0571-86001234', 'qianfeng@xizi-pack.cn', '孙悦', '15888886666', '', '浙江省杭州市余杭区', '包装', '李强', '', '2026工博会'],
];

// A distributor list of a US sales team.
// prettier-ignore
const EN_B2B: CellValue[][] = [
  ['Company', 'Contact', 'Phone', 'Email', 'Contact 2', 'Phone 2', 'Email 2', 'Industry', 'Notes', 'Territory'],
  ['Cascade Industrial Supply', 'Dana Whitfield', '(503) 555-0142', 'dana@cascadeind.com', 'Marcus Lee', '503.555.0177', 'marcus@cascadeind.com', 'Wholesale', 'Net 30 terms', 'West'],
  ['Harbor Marine Parts', 'Kevin O’Brien', '(207) 555-0119', 'kevin@harbormarine.com', '', '', '', 'Marine', '', 'East'],
];

const zh = zhExport;
const en = enExport;

describe('export of a row’s second contact', () => {
  test('writes 赵丽 and 孙悦 as HubSpot contacts of their own, with their company’s address and owner', () => {
    const { files, report } = planExport(sheet(ZH_B2B), zh('hubspot'));
    const contacts = files.find((f) => f.object === 'contacts')!;
    const rows = rowsOf(contacts);
    const pick = (r: Record<string, CellValue>) => [
      r.row,
      r['Last Name'],
      r['First Name'],
      r['Mobile Phone Number'],
      r['Phone Number'],
      r.Email,
      r['Company Name'],
      r['Contact Owner'],
    ];
    expect(rows.map(pick)).toEqual([
      [2, '王', '建国', '+8613912345678', null, 'wangjg@hengrui-jm.com', '苏州恒瑞精密机械有限公司', '张敏'],
      [2, '赵', '丽', '+8613812345678', null, 'zhaoli@hengrui-jm.com', '苏州恒瑞精密机械有限公司', '张敏'],
      [3, '林', '晓东', '+8613600001111', null, null, '深圳市蓝海电子科技有限公司', '张敏'],
      [4, '钱', '峰', null, '+8657186001234', 'qianfeng@xizi-pack.cn', '杭州西子包装材料有限公司', '李强'],
      [4, '孙', '悦', '+8615888886666', null, null, '杭州西子包装材料有限公司', '李强'],
    ]);
    // The company's address goes with each of its people, as the layout has it.
    expect(rows[1]!['Street Address']).toBe(rows[0]!['Street Address']);
    expect(rows[1]!['Street Address']).not.toBeNull();
    // The second contact's columns are no extra columns any more; the row's own extras stay on its first contact.
    expect(contacts.header).not.toEqual(expect.arrayContaining(['联系人2']));
    expect(contacts.header).not.toEqual(expect.arrayContaining(['手机2']));
    expect(contacts.header).not.toEqual(expect.arrayContaining(['邮箱2']));
    expect(rows.map((r) => [r['备注'], r['来源展会']])).toEqual([
      ['年底有采购计划', '2026工博会'],
      [null, null],
      [null, null],
      [null, '2026工博会'],
      [null, null],
    ]);
    expect(report.secondContactRows).toBe(2);
    expect(report.rows).toBe(5);
    // Each address of the sheet is counted once, though two contacts' rows write it.
    expect(report.regionsSplit).toEqual({ 地址: 3 });
  });

  test('writes Marcus Lee as a Salesforce contact with Cascade Industrial Supply’s account name', () => {
    const { files, report } = planExport(sheet(EN_B2B, 'Distributors'), en('salesforce'));
    const rows = rowsOf(files[0]!);
    expect(
      rows.map((r) => [
        r.row,
        r['First Name'],
        r['Last Name'],
        r['Business Phone'],
        r.Email,
        r['Account Name'],
        r['Contact Description'],
        r.Territory,
      ]),
    ).toEqual([
      [
        2,
        'Dana',
        'Whitfield',
        '+15035550142',
        'dana@cascadeind.com',
        'Cascade Industrial Supply',
        'Net 30 terms',
        'West',
      ],
      [2, 'Marcus', 'Lee', '+15035550177', 'marcus@cascadeind.com', 'Cascade Industrial Supply', null, null],
      [3, 'Kevin', 'O’Brien', '+12075550119', 'kevin@harbormarine.com', 'Harbor Marine Parts', null, 'East'],
    ]);
    expect(files[0]!.header).not.toEqual(expect.arrayContaining(['Contact 2']));
    expect(report.secondContactRows).toBe(1);
  });

  test('a Zoho lead of its own, with the company’s industry', () => {
    const { files } = planExport(sheet(EN_B2B, 'Distributors'), en('zoho', 'leads'));
    const rows = rowsOf(files[0]!);
    expect(rows.map((r) => [r['First Name'], r['Last Name'], r.Company, r.Industry, r.Email])).toEqual([
      ['Dana', 'Whitfield', 'Cascade Industrial Supply', 'Wholesale', 'dana@cascadeind.com'],
      ['Marcus', 'Lee', 'Cascade Industrial Supply', 'Wholesale', 'marcus@cascadeind.com'],
      ['Kevin', 'O’Brien', 'Harbor Marine Parts', 'Marine', 'kevin@harbormarine.com'],
    ]);
  });

  test('writes 赵丽 as a 纷享销客 联系人 of her own', () => {
    const { files, report } = planExport(sheet(ZH_B2B), zh('fxiaoke', 'contacts'));
    const rows = rowsOf(files[0]!);
    expect(
      rows.map((r) => [r['姓名'], r['客户名称'], r['手机'], r['电话'], r['邮箱'], r['负责人'], r['备注']]),
    ).toEqual([
      ['王建国', '苏州恒瑞精密机械有限公司', '13912345678', null, 'wangjg@hengrui-jm.com', '张敏', '年底有采购计划'],
      ['赵丽', '苏州恒瑞精密机械有限公司', '13812345678', null, 'zhaoli@hengrui-jm.com', '张敏', null],
      ['林晓东', '深圳市蓝海电子科技有限公司', '13600001111', null, null, '张敏', null],
      ['钱峰', '杭州西子包装材料有限公司', null, '0571-86001234', 'qianfeng@xizi-pack.cn', '李强', null],
      ['孙悦', '杭州西子包装材料有限公司', '15888886666', null, null, '李强', null],
    ]);
    expect(report.secondContactRows).toBe(2);
  });

  test('writes each of several other contacts on its own row, and none for a group naming no one else', () => {
    // prettier-ignore
    const values: CellValue[][] = [
      ['客户名称', '联系人', '职务', '手机', '座机', '邮箱', '联系人2', '手机2', '邮箱2', '联系人3', '手机3', '微信3', '客户来源', '备注'],
      ['温州瓯海鞋材有限公司', '潘志明', '总经理', '13957712345', '0577-88881234', 'pan@ouhai.cn', '潘丽', '13957712346', '', '陈刚', '13857700001', 'chengang77', '阿里巴巴', '老客户'],
      ['上海恒通贸易有限公司', '刘洋', '经理', '021-66668888', '', 'liuyang@hengtong.sh.cn', '刘洋', '13800138000', '', '', '', '', '展会', ''],
      ['宁波海天塑料制品厂', '周海', '厂长', '13600002222', '', '', '无', '', '', '', '', '', '展会', ''],
      ['杭州某某科技有限公司', '黄磊', '', '13600003333', '', '', '', '13600004444', '', '', '', '', '', ''],
    ];
    const { files, report } = planExport(sheet(values), zh('zoho'));
    const rows = rowsOf(files[0]!);
    expect(
      rows.map((r) => [r.row, r['Last Name'], r['First Name'], r.Mobile, r.Phone, r.Title, r.Description, r['微信3']]),
    ).toEqual([
      [2, '潘', '志明', '+8613957712345', '+8657788881234', '总经理', '老客户', null],
      // 座机 and 职务 are 潘志明's: 潘丽's row has her own mobile alone.
      [2, '潘', '丽', '+8613957712346', null, null, null, null],
      [2, '陈', '刚', '+8613857700001', null, null, null, 'chengang77'],
      [3, '刘', '洋', null, '+862166668888', '经理', null, null],
      [4, '周', '海', '+8613600002222', null, '厂长', null, null],
      [5, '黄', '磊', '+8613600003333', null, null, null, null],
    ]);
    // 刘洋 beside 刘洋 may be his further number or a namesake, and 黄磊's 手机2 names no one: kept as typed.
    expect(rows.map((r) => [r['联系人2'], r['手机2']])).toEqual([
      [null, null],
      [null, null],
      [null, null],
      ['刘洋', '13800138000'],
      ['无', null],
      [null, '13600004444'],
    ]);
    expect(rows.map((r) => r['Lead Source'])).toEqual([
      '阿里巴巴',
      '阿里巴巴',
      '阿里巴巴',
      'Trade Show',
      'Trade Show',
      null,
    ]);
    expect([report.secondContactRows, report.secondContactsAside]).toEqual([2, 2]);
  });

  test('an accounts export stays one row per company', () => {
    const { files, report } = planExport(sheet(ZH_B2B), zh('fxiaoke', 'accounts'));
    expect(files.map((f) => [f.object, f.rows.length])).toEqual([['accounts', 3]]);
    expect(report.secondContactRows).toBe(0);
    const { files: hubspot } = planExport(sheet(EN_B2B, 'Distributors'), en('hubspot', 'accounts'));
    expect(hubspot.map((f) => [f.object, f.rows.length])).toEqual([['accounts', 2]]);
  });
});
