import { findDuplicates } from '../../shared/dedupe';
import { companyKey } from '../../shared/dedupe/compare/company';
import { nameKey } from '../../shared/dedupe/compare/person-name';
import type { CellValue } from '../../shared/sheet/cell-value';
import { OUTLOOK_CONTACTS } from './english-contact-exports';

/** An Apple Contacts export: one person saved twice, once with the diaeresis, once typed on a phone without it. */
// prettier-ignore
const APPLE_CONTACTS: CellValue[][] = [
  ['First name', 'Last name', 'Company', 'Email (home)', 'Email (work)', 'Phone (mobile)', 'Phone (iPhone)', 'Phone (work)', 'Address (home) city', 'Birthday'],
  ['Emily', 'Foster', 'Northshore Clinic', 'emily.foster@gmail.com', 'efoster@northshoreclinic.com', '(847) 555-0166', '', '(847) 555-0117', 'Evanston', ''],
  ['Zoë', 'Fischer', '', 'zoe.fischer@icloud.com', '', '+49 151 23456789', '', '', 'Berlin', '1990-07-21'], // 3
  ['Zoe', 'Fischer', 'Fischer Design GmbH', '', 'zoe@fischer-design.de', '', '+49 151 2345 6789', '+49 30 1234567', '', ''], // 4: row 3 again
  ['Jonas', 'Weber', 'Weber & Söhne', 'jonas.weber@web.de', '', '+49 170 5550199', '', '', 'Hamburg', ''],
];

/** A DingTalk CRM customer list: shops keyed in by two sales staff, one with the city in front, one in brackets. */
// prettier-ignore
const DINGTALK_CUSTOMERS: CellValue[][] = [
  ['客户名称', '客户编号', '负责人', '客户状态', '所属行业', '联系人姓名', '联系人手机', '联系人职务', '地址'],
  ['杭州森源建材有限公司', 'KH20230001', '何静', '成交客户', '建材', '王建国', '13812345678', '总经理', '杭州市西湖区文三路478号'],
  ['森源建材(杭州)', 'KH20230057', '王磊', '跟进中', '建材', '王总', '', '', ''],
  ['南京鼎盛贸易有限公司', 'KH20230101', '李娜', '意向客户', '贸易', '王伟', '13951234567', '采购经理', '南京市鼓楼区中山北路200号'],
  ['温州瑞安市小李服装店', 'KH20230400', '李娜', '意向客户', '服装', '李小红', '13587771234', '老板', '温州市瑞安市安阳街道'], // 5
  ['小李服装店(瑞安)', 'KH20230401', '何静', '意向客户', '服装', '李小红', '135-8777-1234', '', '瑞安市安阳街道'], // 6: row 5 again
  ['义乌市晨光小商品商行', 'KH20230410', '王磊', '成交客户', '贸易', '陈晨', '13905791234', '老板', '义乌市国际商贸城二区'],
];

describe('accents typed or left out are one name', () => {
  test('Zoë Fischer and Zoe Fischer with one mobile across columns merge, the first names read as the same name', () => {
    const clusters = findDuplicates({ name: 'Contacts', values: APPLE_CONTACTS }).clusters;
    const pair = clusters.find((c) => c.rows.includes(3))!;
    expect(pair.rows).toEqual([3, 4]);
    expect(pair.band).toBe('merge');
    const first = pair.reasons.find((r) => r.column === 'First name')!;
    expect(first.level).toBe('exact');
    expect(first.message).toContain('same name');
  });

  test('Café Étoile LLC and Cafe Etoile are the same company, Renée and Renee the same name', () => {
    const clusters = findDuplicates({ name: 'Outlook', values: OUTLOOK_CONTACTS }).clusters;
    const pair = clusters.find((c) => c.rows.includes(4))!;
    expect(pair.rows).toEqual([4, 5]);
    const company = pair.reasons.find((r) => r.column === 'Company')!;
    expect(company.level).not.toBe('different');
    expect(company.message).toContain('same company');
    const first = pair.reasons.find((r) => r.column === 'First Name')!;
    expect(first.level).toBe('exact');
  });

  test('the keys fold accents, ß and ø; the sheet keeps them', () => {
    expect(companyKey('Café Étoile LLC')).toBe(companyKey('Cafe Etoile'));
    expect(companyKey('Müller & Söhne GmbH')).toBe(companyKey('Muller & Sohne'));
    expect(companyKey('Straße Bäckerei')).toBe('strasse backerei');
    expect(nameKey('Zoë')).toBe('zoe');
    expect(nameKey('Søren Kierkegaard')).toBe('soren kierkegaard');
    expect(nameKey('Núñez, François')).toBe(nameKey('Nunez, Francois'));
    // Pinyin with tone marks reads as plain pinyin.
    expect(nameKey('Lǚ Zhāng')).toBe('lu zhang');
    const values: CellValue[][] = [['Name'], ['Zoë Fischer'], ['Zoe Fischer']];
    findDuplicates({ name: 'Contacts', values });
    expect(values[1]![0]).toBe('Zoë Fischer');
  });

  test('Han, kana and full-width forms are not touched by the folding', () => {
    expect(nameKey('张伟')).toBe('张伟');
    // NFD would split ガ into カ and its voicing mark: kana keep theirs.
    expect(companyKey('ガイア商事')).toContain('ガイア');
    expect(companyKey('ガイア商事')).not.toBe(companyKey('カイア商事'));
    expect(companyKey('ＡＢＣ科技有限公司')).toBe(companyKey('ABC科技有限公司'));
    expect(nameKey('Ｚｏｅ')).toBe('zoe');
  });
});

describe('a county-level city before a shop name, or in brackets after it, is set aside', () => {
  test('温州瑞安市小李服装店 and 小李服装店(瑞安) with one contact and mobile merge as one company', () => {
    const clusters = findDuplicates({ name: '客户', values: DINGTALK_CUSTOMERS }).clusters;
    const shop = clusters.find((c) => c.rows.includes(5))!;
    expect(shop.rows).toEqual([5, 6]);
    expect(shop.band).toBe('merge');
    const company = shop.reasons.find((r) => r.column === '客户名称')!;
    expect(company.level).not.toBe('different');
    expect(company.message).toContain('same company');
    // 杭州 in front and in brackets still agree as before.
    expect(clusters.find((c) => c.rows.includes(2))?.rows).toEqual([2, 3]);
  });

  test('瑞安市, 义乌市 and 昆山市 read like 杭州, with their prefecture in front or not', () => {
    const shop = companyKey('小李服装店(瑞安)');
    expect(companyKey('温州瑞安市小李服装店')).toBe(shop);
    expect(companyKey('瑞安市小李服装店')).toBe(shop);
    expect(companyKey('瑞安小李服装店')).toBe(shop);
    expect(companyKey('小李服装店（瑞安市）')).toBe(shop);
    expect(companyKey('浙江省义乌市晨光小商品商行')).toBe(companyKey('晨光小商品商行(义乌)'));
    expect(companyKey('苏州昆山市华锐精密模具有限公司')).toBe(companyKey('华锐精密模具（昆山）有限公司'));
    // Another shop of the name elsewhere is not this one's place set aside.
    expect(companyKey('小李服装店(瑞安)')).not.toBe(companyKey('小李服装店(滨江店)'));
  });
});
