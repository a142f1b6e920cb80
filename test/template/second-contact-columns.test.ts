/**
 * A trade-show list (展会名片) or a B2B list keeps two people of one company on a row: 联系人1, 电话1,
 * 邮箱1, then 联系人2, 电话2, 邮箱2 (Contact 1 … Contact 2 …). The numbered second group is a second
 * person: their number and e-mail are no second number of the first contact's. A lone 电话2 or Phone 2
 * (no second person beside it) is still the customer's other number.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';

// prettier-ignore
const TRADE_SHOW: CellValue[][] = [
  ['展会', '公司名称', '联系人1', '职位1', '电话1', '邮箱1', '联系人2', '职位2', '电话2', '邮箱2', '地址', '意向产品', '跟进人'],
  ['2026广交会', '佛山市南海宏达五金有限公司', '陈志强', '总经理', '13922223333', 'chen@hongda-hw.com', '李敏', '采购', '13922224444', 'limin@hongda-hw.com', '广东省佛山市南海区桂城街道', '合页', '小王'],
  ['2026广交会', '宁波海天塑料制品厂', '周海', '厂长', '0574-88886666', '', '', '', '', '', '浙江省宁波市北仑区', '注塑件', '小王'],
  ['2026广交会', '东莞市长安精密模具有限公司', '黄伟', '业务经理', '13712345678', 'huangwei@capm.cn', '刘芳', '跟单', '0769-85551234', '', '广东省东莞市长安镇', '模具', '小李'],
];

// prettier-ignore
const EN_TWO_CONTACTS: CellValue[][] = [
  ['Company', 'Contact 1', 'Phone 1', 'Email 1', 'Contact 2', 'Phone 2', 'Email 2'],
  ['Acme Hardware Ltd', 'John Smith', '(503) 555-0100', 'john@acme.com', 'Mary Jones', '(503) 555-0188', 'mary@acme.com'],
  ['Beta Plastics', 'Tom Lee', '(503) 555-0111', '', '', '', ''],
  ['Cascade Fasteners Inc', 'Ann Wu', '(971) 555-0123', 'ann@cascadefast.com', 'Raj Patel', '(971) 555-0145', 'raj@cascadefast.com'],
];

// A customer's second number and second e-mail, with no second person on the row.
// prettier-ignore
const ONE_PERSON_TWO_NUMBERS: CellValue[][] = [
  ['姓名', '电话1', '电话2', '邮箱'],
  ['王建国', '13800138000', '010-62345678', 'wangjg@163.com'],
  ['李梅', '13911112222', '', 'limei@qq.com'],
  ['赵磊', '13712345678', '021-55556666', ''],
];

// prettier-ignore
const EN_ONE_PERSON: CellValue[][] = [
  ['Name', 'Phone 1', 'Phone 2', 'Email 1', 'Email 2'],
  ['Sarah Lee', '(415) 555-0101', '(415) 555-0177', 'sarah@gmail.com', 'sarah.lee@work.com'],
  ['Mike Chan', '(415) 555-0102', '', 'mike@gmail.com', ''],
  ['Ana Ruiz', '(415) 555-0103', '(415) 555-0199', 'ana@yahoo.com', ''],
];

const map = (values: CellValue[][]) => mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1));
const secondOf = (values: CellValue[][]) =>
  Object.fromEntries(map(values).columns.map((c) => [c.header, c.secondOf ?? null]));

describe('mapHeaders with a second contact on the row', () => {
  test('展会名片’s 联系人2 group is left alone, not merged into 联系人1’s phone and e-mail', () => {
    const mapping = map(TRADE_SHOW);
    expect(mappingToJson(mapping)).toMatchObject({
      公司名称: 'company',
      联系人1: 'contact',
      职位1: 'title',
      电话1: 'phone',
      邮箱1: 'email',
      联系人2: null,
      职位2: null,
      电话2: null,
      邮箱2: null,
    });
    const second = secondOf(TRADE_SHOW);
    expect([second['电话2'], second['邮箱2'], second['职位2']]).toEqual([null, null, null]);
    // Another person's columns: no evidence of who the customer is.
    const other = mapping.columns.filter((c) => c.someoneElse).map((c) => c.header);
    expect(other).toEqual(['联系人2', '职位2', '电话2', '邮箱2']);
  });

  test('Contact 2 / Phone 2 / Email 2 are a second contact, not Contact 1’s other number', () => {
    const mapping = map(EN_TWO_CONTACTS);
    expect(mappingToJson(mapping)).toEqual({
      Company: 'company',
      'Contact 1': 'contact',
      'Phone 1': 'phone',
      'Email 1': 'email',
      'Contact 2': null,
      'Phone 2': null,
      'Email 2': null,
    });
    expect(secondOf(EN_TWO_CONTACTS)).toMatchObject({ 'Phone 2': null, 'Email 2': null });
  });

  test('电话2 with no second person beside it is still the customer’s second number', () => {
    expect(mappingToJson(map(ONE_PERSON_TWO_NUMBERS))).toMatchObject({ 姓名: 'name', 电话1: 'phone', 邮箱: 'email' });
    expect(secondOf(ONE_PERSON_TWO_NUMBERS)).toMatchObject({ 电话2: 'phone' });
  });

  test('Phone 2 and Email 2 with no Contact 2 are the customer’s other number and e-mail', () => {
    expect(mappingToJson(map(EN_ONE_PERSON))).toMatchObject({ Name: 'name', 'Phone 1': 'phone', 'Email 1': 'email' });
    expect(secondOf(EN_ONE_PERSON)).toMatchObject({ 'Phone 2': 'phone', 'Email 2': 'email' });
  });

  test('第二联系人 and Second Contact, numbered in words, are a second contact too; Secondary Phone is no one else’s', () => {
    // prettier-ignore
    const WORDS: CellValue[][] = [
      ['公司名称', '联系人', '手机', '第二联系人', '第二联系人电话'],
      ['宁波海天塑料制品厂', '周海', '13905741234', '周丽', '13905745678'],
      ['东莞市长安精密模具有限公司', '黄伟', '13712345678', '', ''],
    ];
    const words = map(WORDS);
    expect(mappingToJson(words)).toMatchObject({
      联系人: 'contact',
      手机: 'phone',
      第二联系人: null,
      第二联系人电话: null,
    });
    expect(words.columns.filter((c) => c.someoneElse).map((c) => c.header)).toEqual(['第二联系人', '第二联系人电话']);
    // prettier-ignore
    const SECONDARY: CellValue[][] = [
      ['Name', 'Phone', 'Secondary Phone'],
      ['Sarah Lee', '(415) 555-0101', '(415) 555-0177'],
      ['Mike Chan', '(415) 555-0102', ''],
    ];
    expect(map(SECONDARY).columns.some((c) => c.someoneElse)).toBe(false);
  });
});
