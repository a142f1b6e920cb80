/**
 * A WeCom (企业微信) customer export as the admin console writes it: 客户名称 is the contact's WeChat
 * name, 客户备注名 the name the salesperson typed, often with the company and a role after it
 * (张伟-杭州某某科技-采购) or a space (张伟 某某科技). The remark name is the customer's name; its person
 * part is who the customer is, so two salespeople's remarks of one contact are one customer.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson, sampleRows } from '../../shared/template/header-mapping';
import { findDuplicates } from '../../shared/dedupe';
import { readNotedName } from '../../shared/normalise/remark-name';

// prettier-ignore
const HEADER = ['客户名称', '客户备注名', '描述', '性别', '客户类型', '添加人', '添加人账号', '添加时间', '来源', '标签', '手机号', '企业名称'];
// prettier-ignore
const ROWS: CellValue[][] = [
  ['A张伟🍀', '张伟-杭州某某科技-采购', '负责办公设备采购，年底有预算', '男', '微信', '刘强', 'LiuQiang', '2024-03-12 14:22:05', '扫描二维码', '重要客户,采购决策人', '13912345678', '杭州某某科技有限公司'],
  ['A张伟🍀', '张伟 某某科技', '展会上加的', '男', '微信', '陈晨', 'ChenChen', '2024-05-06 11:30:12', '名片分享', '意向客户', '13912345678', '杭州某某科技有限公司'],
  ['🌸Lily🌸', '李莉-美的集团', '', '女', '微信', '刘强', 'LiuQiang', '2024-03-15 09:10:44', '搜索手机号', '意向客户', '13587654321', '美的集团股份有限公司'],
  ['A王总-建材', '王志刚 森源建材', '老客户，月结', '男', '微信', '陈晨', 'ChenChen', '2024-04-02 16:05:37', '扫描二维码', 'VIP', '15811112222', '佛山市森源建材有限公司'],
  ['周周', '周敏-杭州某某科技-财务', '对账联系人', '女', '微信', '刘强', 'LiuQiang', '2024-06-18 10:12:40', '群聊', '', '0571-88886666', '杭州某某科技有限公司'],
  ['Tom Zhang', '张涛 携程商旅', '', '男', '微信', '陈晨', 'ChenChen', '2024-05-06 11:30:12', '群聊', '合作伙伴', '13611112222', '携程旅行网'],
  ['随风', '', '', '未知', '微信', '刘强', 'LiuQiang', '2024-07-01 08:45:10', '扫描二维码', '', '', ''],
];
const VALUES: CellValue[][] = [HEADER, ...ROWS];

/** Whether rows a and b are one customer at the merge threshold, not merely put up for review. */
const grouped = (values: CellValue[][], a: number, b: number) =>
  findDuplicates({ name: '客户', values }).clusters.some(
    (c) => c.band === 'merge' && c.rows.includes(a) && c.rows.includes(b),
  );
/** Whether rows a and b are put together at all, for review or to merge. */
const together = (values: CellValue[][], a: number, b: number) =>
  findDuplicates({ name: '客户', values }).clusters.some((c) => c.rows.includes(a) && c.rows.includes(b));

describe('mapHeaders on a WeCom customer export', () => {
  test('maps 客户备注名 to the name and keeps 客户名称 for rows without a remark', () => {
    const mapping = mapHeaders(HEADER, DEFAULT_TEMPLATE, {}, sampleRows(VALUES));
    expect(mappingToJson(mapping)).toMatchObject({
      客户名称: null,
      客户备注名: 'name',
      描述: 'notes',
      性别: 'gender',
      添加人: 'owner',
      添加时间: 'createdAt',
      来源: 'source',
      标签: 'tags',
      手机号: 'phone',
      企业名称: 'company',
    });
    expect(mapping.columns.find((c) => c.header === '客户名称')?.standsInFor).toBe('name');
  });
});

describe('findDuplicates on a WeCom customer export', () => {
  test('groups one contact two salespeople remarked as 张伟-杭州某某科技-采购 and 张伟 某某科技', () => {
    expect(grouped(VALUES, 2, 3)).toBe(true);
  });

  test('does not group two people of one company sharing its switchboard number', () => {
    const values = VALUES.map((row, i) => (i === 5 ? row.map((v, c) => (c === 10 ? '13912345678' : v)) : row));
    expect(together(values, 2, 6)).toBe(false);
  });
});

describe('readNotedName on a remark of a person, their organisation and role', () => {
  test.each([
    ['张伟-杭州某某科技-采购', { person: '张伟', note: '杭州某某科技-采购' }],
    ['张伟－杭州某某科技－采购部', { person: '张伟', note: '杭州某某科技－采购部' }],
    ['杭州某某科技-张伟-采购', { person: '张伟', note: '杭州某某科技-采购' }],
    ['王总-森源建材-佛山', { person: '王总', note: '森源建材-佛山' }],
  ])('reads %s as its person', (cell, read) => {
    expect(readNotedName(cell)).toEqual(read);
  });

  test.each([
    // Two people: whose remark is it?
    '张伟-李娜-采购',
    // The wife of the person named, or that person?
    '张伟-老婆-某某科技',
    // A city and a company, no person.
    '杭州-某某科技-采购',
  ])('reads %s as nothing', (cell) => {
    expect(readNotedName(cell)).toBeNull();
  });
});
