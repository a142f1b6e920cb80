/**
 * 飞书's person fields export each person as their name with their e-mail in brackets, several of
 * them joined by commas: 何静(hejing@corp.cn),王磊(wanglei@corp.cn). Under 负责人, the template's own label,
 * that is the owner (a person, not an e-mail address), and check and clean leave it as typed.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';
import { valueShape } from '../../shared/template/value-shape';
import { after } from '../operations/apply';
import { sheet, TODAY } from '../operations/fixtures';

// 飞书多维表格's customer table exported to CSV: 负责人 is a person field.
const FEISHU: CellValue[][] = [
  ['客户名称', '客户阶段', '负责人', '联系人', '手机号', '邮箱', '城市', '最近联系日期'],
  [
    '杭州森源建材有限公司',
    '赢单',
    '何静(hejing@corp.cn)',
    '王建国',
    '13812345678',
    'senyuan@163.com',
    '杭州',
    '2024/03/05',
  ],
  [
    '杭州森源建材',
    '赢单',
    '何静(hejing@corp.cn),王磊(wanglei@corp.cn)',
    '王总',
    '+8613812345678',
    'SenYuan@163.com',
    '杭州',
    '2024/03/01',
  ],
  [
    '上海华通物流有限公司',
    '谈判',
    '李娜(lina@corp.cn)',
    '陈明',
    '13917778888',
    'htwl@huatong.com',
    '上海',
    '2024/02/28',
  ],
  [
    '南京鼎盛贸易有限公司',
    '初步接触',
    '王磊(wanglei@corp.cn)',
    '王伟',
    '13951234567',
    'wangwei@dingsheng.com',
    '南京',
    '2024/03/01',
  ],
  [
    '合肥鼎盛贸易有限公司',
    '初步接触',
    '王磊(wanglei@corp.cn)',
    '王伟',
    '13855512345',
    'wangwei@dingsheng.com.cn',
    '合肥',
    '2024/02/01',
  ],
  [
    '苏州明德电子科技有限公司',
    '赢单',
    '何静(hejing@corp.cn)',
    '周杰',
    '18962345678',
    'mingde@mdtech.cn',
    '苏州',
    '2024/03/02',
  ],
  [
    '苏州明德电子科技有限公司',
    '赢单',
    '何静(hejing@corp.cn)',
    '周工',
    '0512-65432100',
    'zhougong@mdtech.cn',
    '苏州',
    '2024/03/02',
  ],
  ['无锡天成机械制造有限公司', '需求确认', '', '钱进', '13706171234', 'tc@tcjx.com', '无锡', '2024/03/04'],
  [
    '绍兴柯桥宏远纺织品有限公司',
    '赢单',
    '李娜(lina@corp.cn)',
    '何总',
    '15857512345',
    'hy@hongyuan-tex.com',
    '绍兴',
    '2023/08/01',
  ],
];
const OWNER_COL = 3;

describe('person-with-email values', () => {
  test.each([
    '何静(hejing@corp.cn)',
    '何静（hejing@corp.cn）',
    'Sarah Lee(sarah.lee@acme.com)',
    '何静<hejing@corp.cn>',
  ])('reads %j as a person, not an e-mail address', (value) => {
    expect(valueShape(value)).toBe('person');
  });

  test('reads several people with their e-mails in one cell as people', () => {
    expect(valueShape('何静(hejing@corp.cn),王磊(wanglei@corp.cn)')).toBe('person');
    expect(valueShape('何静(hejing@corp.cn)、王磊(wanglei@corp.cn)')).toBe('person');
  });

  test.each(['hejing@corp.cn', 'HeJing@Corp.CN'])('still reads %j as an e-mail address', (value) => {
    expect(valueShape(value)).toBe('email');
  });

  test('maps 飞书’s 负责人 of people with e-mails to the owner', () => {
    const mapping = mapHeaders(FEISHU[0]!, DEFAULT_TEMPLATE, {}, FEISHU.slice(1));
    expect(mappingToJson(mapping)).toMatchObject({ 负责人: 'owner', 邮箱: 'email', 联系人: 'contact' });
    expect(mapping.columns[OWNER_COL - 1]).toMatchObject({ field: 'owner', match: 'label' });
  });

  // A mail client's contacts export writes the address with its display name: still the e-mail column.
  test('maps an Email column of addresses with display names to the e-mail', () => {
    const values: CellValue[][] = [
      ['Name', 'Email', 'Phone'],
      ['Sarah Lee', 'Sarah Lee <sarah.lee@acme.com>', '+1 415 555 0199'],
      ['Tom Brown', 'Tom Brown <tom@globex.com>', '+1 212 555 0100'],
      ['Priya Patel', 'Priya Patel <priya@patelconsulting.co.uk>', '020 7946 0958'],
      ['Marcus Chen', 'Marcus Chen <mchen@initech.com>', '+1 617 555 0142'],
    ];
    expect(mappingToJson(mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1)))).toMatchObject({
      Name: 'name',
      Email: 'email',
    });
  });

  test('checks and cleans the owners without an issue and leaves them as typed, e-mails included', () => {
    const snapshot = sheet(FEISHU, { textOnly: true });
    const { issues, mapping } = checkSheet(snapshot, { now: TODAY });
    expect(mapping.byField.owner).toBe(OWNER_COL);
    expect(issues.filter((i) => i.column === '负责人')).toEqual([]);
    const cleaned = after(snapshot, planClean(snapshot, { now: TODAY }).plan);
    expect(cleaned.values.slice(1).map((row) => row[OWNER_COL - 1])).toEqual(
      FEISHU.slice(1).map((row) => row[OWNER_COL - 1]),
    );
  });
});
