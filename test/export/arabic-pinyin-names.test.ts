/**
 * Names of an international buyer list (Alibaba.com inquiries): Arabic surnames led by a particle
 * (Ahmed Al Mansouri: the surname is Al Mansouri, as Ludwig van Beethoven's is van Beethoven), and
 * pinyin names typed surname first (Wang Xiaoming of a row from China). A pinyin name with two
 * readings (Li Na, Zhang Wei), or one with nothing on its row saying China, is kept whole, never guessed.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport } from '../../shared/export/plan-export';
import { splitPersonName } from '../../shared/export/split-name';
import { NOW, rowsOf, sheet, usTemplate } from './fixtures';

// 06_alibaba.csv, with two more inquiries of the same export.
// prettier-ignore
const INQUIRIES: CellValue[][] = [
  ['Inquiry Date', 'Buyer Name', 'Company', 'Country/Region', 'Email', 'Phone', 'WhatsApp', 'Product', 'Quantity', 'Status'],
  ['03/11/2026', 'Ahmed Al Mansouri', 'Gulf Trading LLC', 'United Arab Emirates', 'ahmed@gulftrading.ae', '+971 50 123 4567', '+971501234567', 'LED panel', '500 pcs', 'Replied'],
  ['04/11/2026', 'Klaus Schneider', 'Schneider Licht GmbH', 'Germany', 'k.schneider@schneider-licht.de', '0049 171 2345678', '', 'LED panel', '200 pcs', 'Quoted'],
  ['12/11/2026', 'Wang Xiaoming', 'Shenzhen Bright Co.', 'China', 'wangxm@brightled.cn', '+86 138 2222 3333', '', 'Driver', '50 pcs', 'Closed'],
  ['14/11/2026', 'Mohammed Bin Rashid', 'Hassan Group', 'Saudi Arabia', 'm.rashid@hassangroup.sa', '055 123 4567', '', 'LED panel', '300 pcs', 'Replied'],
  ['15/11/2026', 'Li Na', 'Yiwu Sunshine Trading Co., Ltd.', 'China', 'lina@sunshine-yiwu.com', '+86 579 8555 1234', '', 'LED bulb', '2000 pcs', 'New'],
  ['16/11/2026', 'Chen Jianguo', 'Ningbo Ocean Lighting Co., Ltd.', '', 'chenjg@oceanlight.com', '+86 574 8765 4321', '', 'LED strip', '800 m', 'New'],
  ['17/11/2026', 'Zhou Xiaohong', 'ZX Imports', 'Canada', 'zxh@zximports.ca', '+1 604 555 0199', '', 'LED panel', '100 pcs', 'New'],
];

const en = { chineseList: false };
const fromChina = { chineseList: false, rowCountry: 'CN' as const };

describe('splitting Arabic names with a surname particle', () => {
  test.each([
    ['Ahmed Al Mansouri', 'Ahmed', 'Al Mansouri'],
    ['Mohammed Bin Rashid', 'Mohammed', 'Bin Rashid'],
    ['Omar Ibn Said', 'Omar', 'Ibn Said'],
    ['Ali Abu Khalil', 'Ali', 'Abu Khalil'],
    ['Karim El Amrani', 'Karim', 'El Amrani'],
    ['Ahmed Abd El Fattah', 'Ahmed', 'Abd El Fattah'],
    ['Fatima al Zahra Haddad', 'Fatima al Zahra', 'Haddad'],
    ['Al Pacino', 'Al', 'Pacino'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
  ])('splits %s into %s / %s', (name, first, last) => {
    expect(splitPersonName(name, en)).toEqual({ first, last, keptWhole: false });
  });
});

describe('splitting pinyin names outside a Chinese list', () => {
  test('reads Wang Xiaoming surname first on a row from China', () => {
    expect(splitPersonName('Wang Xiaoming', fromChina)).toEqual({
      first: 'Xiaoming',
      last: 'Wang',
      keptWhole: false,
      surnameFirst: true,
    });
  });

  test.each(['Li Na', 'Zhang Wei', 'Wei Zhang'])('keeps %s whole on a row from China: both readings hold', (name) => {
    expect(splitPersonName(name, fromChina)).toEqual({ first: '', last: name, keptWhole: true });
  });

  test.each(['Wang Xiaoming', 'Zhang Wei'])('keeps %s whole where nothing on the row says China', (name) => {
    expect(splitPersonName(name, en)).toEqual({ first: '', last: name, keptWhole: true });
  });

  test.each([
    ['Xiaoming Wang', 'Xiaoming', 'Wang'],
    ['Klaus Schneider', 'Klaus', 'Schneider'],
    ['Linda Chen', 'Linda', 'Chen'],
  ])('splits %s given name first, as before', (name, first, last) => {
    expect(splitPersonName(name, fromChina)).toEqual({ first, last, keptWhole: false });
  });
});

describe('export of an Alibaba.com inquiry list', () => {
  test('writes Al Mansouri and Bin Rashid as last names, and Wang as the last name of a row from China', () => {
    const { files, report } = planExport(sheet(INQUIRIES, 'Inquiries'), {
      crm: 'hubspot',
      template: usTemplate(),
      locale: 'en-US',
      now: NOW,
    });
    expect(rowsOf(files[0]!).map((r) => [r.row, r['First Name'], r['Last Name']])).toEqual([
      [2, 'Ahmed', 'Al Mansouri'],
      [3, 'Klaus', 'Schneider'],
      [4, 'Xiaoming', 'Wang'],
      [5, 'Mohammed', 'Bin Rashid'],
      [6, null, 'Li Na'],
      // No country, but a +86 number: from China.
      [7, 'Jianguo', 'Chen'],
      // A Canadian row: nothing says which way the name is typed.
      [8, null, 'Zhou Xiaohong'],
    ]);
    expect(report.surnameFirst).toBe(2);
    expect(report.namesKeptWhole).toBe(2);
  });
});
