/**
 * Set up renames a header to its field's label only where the sheet is written in the label's
 * language or in Chinese or English: a Japanese ledger's 会社名 or a French list's Raison sociale keeps
 * its words (renamed 公司 or Company it would read in another language than the rest of the row; a
 * column the user mapped by hand still takes its label, which a CSV keeps in place of the choice), and
 * a Japanese sheet's kanji are no traditional Chinese: the columns set up adds take the plain labels.
 * A header whose words name someone narrower than the label (学生姓名, a student's name beside a
 * parent's) or a day that is more than the record's (入学日期, the day of enrolment) keeps them too.
 */
import { planSetup } from '../../shared/operations/setup';
import type { CellValue } from '../../shared/sheet/cell-value';
import { after } from './apply';
import { sheet, TODAY } from './fixtures';

// prettier-ignore
const JAPANESE: CellValue[][] = [
  ['会社名', '担当者', 'メールアドレス', '携帯電話', '〒', '住所', '取引開始日'],
  ['株式会社山田製作所', '山田 太郎', 't.yamada@yamada-ss.co.jp', '090-1234-5678', '100-0005', '東京都千代田区丸の内1-1-1', '2019/04/01'],
  ['有限会社鈴木商店', '鈴木 花子', 'hanako@suzuki-shoten.jp', '080-2345-6789', '530-0001', '大阪府大阪市北区梅田2-2-2', '2021/10/15'],
  ['佐藤工業株式会社', '佐藤 健', 'ken.sato@sato-kogyo.co.jp', '070-3456-7890', '460-0008', '愛知県名古屋市中区栄3-3-3', '2022/01/11'],
];

// prettier-ignore
const FRENCH: CellValue[][] = [
  ['Raison sociale', 'Civilité', 'Nom', 'Prénom', 'Fonction', 'Téléphone', 'Portable', 'E-mail', 'Ville', 'Pays'],
  ['Boulangerie Lefèvre SARL', 'M.', 'Lefèvre', 'François', 'Gérant', '01 42 68 53 00', '06 12 34 56 78', 'francois@boulangerie-lefevre.fr', 'Paris', 'France'],
  ["Société Générale d'Équipement", 'Mme', 'Dupré', 'Hélène', 'Directrice achats', '+33 4 78 12 34 56', '+33 7 81 22 33 44', 'h.dupre@sge.fr', 'Lyon', 'France'],
  ['Garage Martin', 'M.', 'Martin', 'Luc', 'Propriétaire', '05 56 12 34 56', '06 98 76 54 32', 'luc@garage-martin.fr', 'Bordeaux', 'France'],
];

// prettier-ignore
const SCHOOL: CellValue[][] = [
  ['学生姓名', '性别', '出生日期', '家长姓名', '家长手机', '入学日期'],
  ['张子涵', '女', '2015-04-12', '张建国', '13911112222', '2021-09-01'],
  ['王一诺', '男', '2015-09-30', '刘芳', '13822223333', '2021-09-01'],
  ['李沐阳', '男', '2016-01-08', '李娟', '13733334444', '2022-09-01'],
];

function setUp(values: CellValue[][], locale?: 'zh-CN' | 'en-US') {
  const snapshot = sheet(values.map((r) => [...r]));
  const { plan, mapping } = planSetup(snapshot, { now: TODAY, ...(locale ? { locale } : {}) });
  return { headers: after(snapshot, plan).values[0] as string[], mapping };
}

describe('set up on a sheet in another language than the labels', () => {
  test.each(['zh-CN', 'en-US'] as const)('a Japanese ledger keeps its headers (%s)', (locale) => {
    const { headers, mapping } = setUp(JAPANESE, locale);
    expect(headers.slice(0, 7)).toEqual(JAPANESE[0]);
    expect(mapping.byField.company).toBe(1);
    expect(mapping.byField.email).toBe(3);
  });

  test('the columns it adds to a Japanese ledger take the plain labels, not traditional characters', () => {
    const { headers } = setUp(JAPANESE, 'zh-CN');
    expect(headers).toEqual(expect.arrayContaining(['客户编号', '性别']));
    expect(headers).not.toEqual(expect.arrayContaining(['客戶編號']));
  });

  test.each(['zh-CN', 'en-US'] as const)('a French list keeps every header in French (%s)', (locale) => {
    const { headers, mapping } = setUp(FRENCH, locale);
    expect(headers.slice(0, 10)).toEqual(FRENCH[0]);
    expect(mapping.byField.company).toBe(1);
    expect(mapping.byField.email).toBe(8);
  });

  test('a column of a French list the user mapped by hand takes the label, so a saved CSV keeps the choice', () => {
    const values = [
      [...FRENCH[0]!, 'CA annuel'],
      ...FRENCH.slice(1).map((row, i) => [...row, ['12 345,67 €', '1 200,00 €', '3 450,00 €'][i]!]),
    ];
    const snapshot = sheet(values);
    const { plan } = planSetup(snapshot, { now: TODAY, locale: 'en-US', overrides: { 'CA annuel': 'totalSpend' } });
    const headers = after(snapshot, plan).values[0] as string[];
    expect(headers.slice(0, 11)).toEqual([...FRENCH[0]!, 'Total Spend']);
  });

  test('an English list is still renamed to the English labels', () => {
    const { headers } = setUp(
      [
        ['Company Name', 'Full Name', 'E-mail', 'Telephone'],
        ['Acme Pty Ltd', 'Liam Nguyen', 'liam@acme.com.au', '(02) 9876 5432'],
        ['Blue River Foods', 'Chloe Smith', 'chloe@blueriver.com', '(08) 8981 2345'],
      ],
      'en-US',
    );
    expect(headers.slice(0, 4)).toEqual(['Company', 'Name', 'Email', 'Phone']);
  });
});

describe('set up keeps a header narrower than its label', () => {
  test.each(['zh-CN', 'en-US'] as const)('学生姓名 and 入学日期 keep their words (%s)', (locale) => {
    const { headers, mapping } = setUp(SCHOOL, locale);
    expect([headers[0], headers[3], headers[5]]).toEqual(['学生姓名', '家长姓名', '入学日期']);
    expect(mapping.byField.name).toBe(1);
    expect(mapping.byField.createdAt).toBe(6);
  });
});
