import { isAmount, valueShape } from '../../shared/template/value-shape';
import { SAMPLE_CELLS, dominantShape, profileColumns } from '../../shared/template/column-profile';

describe('valueShape', () => {
  test.each([
    ['上海明辉机械制造有限公司', 'company'],
    ['苏州恒达物流集团', 'company'],
    ['南昌红谷文化传媒工作室', 'company'],
    // Short trade names with no legal suffix: place, brand and trade, as B2B lists keep them.
    ['北京明德贸易', 'company'],
    ['杭州青禾食品', 'company'],
    ['广州恒信物流', 'company'],
    ['成都锦城文化传媒', 'company'],
    ['武汉长江医疗器械', 'company'],
    ['深圳华拓电子', 'company'],
    ['宁波甬兴五金', 'company'],
    ['Acme Corporation', 'company'],
    ['Initech LLC', 'company'],
    ['Schmidt & Söhne GmbH', 'company'],
    ['Bayside Plumbing Pty Ltd', 'company'],
    ['王建国', 'person'],
    ['欧阳娜娜', 'person'],
    ['王建华', 'person'],
    ['林晓', 'person'],
    ['司马文', 'person'],
    ['阿卜杜·热合曼', 'person'],
    ['王先生', 'person'],
    ['Margaret Wilson', 'person'],
    ['Jan de Vries', 'person'],
    ['KH2023000118', 'id'],
    ['0015g00000AbCdEAA1', 'id'],
    ['C0001', 'id'],
    ['2024-05-12 14:30', 'date'],
    ['2024年5月12日', 'date'],
    ['14/03/2024', 'date'],
    ['04-21', 'date'],
    ['13816628830', 'phone'],
    ['0571-88231546', 'phone'],
    ['+1 416-555-0134', 'phone'],
    ['139****1234', 'phone'],
    ['yangfan@tfsp.cn', 'email'],
    ['¥2,300', 'number'],
    ['1,204.75', 'number'],
    // A continental European list's amounts: a decimal comma, dots grouping thousands, € after.
    ['1.234,56', 'number'],
    ['88,50', 'number'],
    ['12,00 €', 'number'],
    // 有赞's amounts with cents: no phone (12474.31) and no year and month (7302.54).
    ['12474.31', 'number'],
    ['7302.54', 'number'],
    ['28452.13', 'number'],
    // A year and month written with a point is still a date.
    ['2024.05', 'date'],
    ['年底有扩产计划', 'text'],
    ['Hot water unit, 2019 install', 'text'],
  ])('reads %j as %s', (value, shape) => {
    expect(valueShape(value)).toBe(shape);
  });

  test('reads cells that are not text: dates, mobiles typed as numbers, blanks', () => {
    expect(valueShape(new Date(Date.UTC(2024, 2, 5)))).toBe('date');
    expect(valueShape(13812345678)).toBe('phone');
    expect(valueShape(5280)).toBe('number');
    expect(valueShape(null)).toBeNull();
    expect(valueShape('  ')).toBeNull();
  });
});

describe('isAmount', () => {
  test.each([
    ['¥128.00', true],
    ['1,280', true],
    ['59.90', true],
    ['128', true],
    [59.9, true],
    [1280, true],
    // Date cells an Excel host reads as serial numbers, and their times of day.
    [45480, false],
    [45480.5, false],
    ['45480', false],
  ] as const)('tells %s an amount (%s) rather than a date serial', (value, amount) => {
    expect(isAmount(value)).toBe(amount);
  });
});

describe('profileColumns', () => {
  test('gives each column the share of each shape among its non-blank cells, and the distinct share', () => {
    const rows = [
      ['上海明辉机械制造有限公司', '王建国', ''],
      ['杭州云启网络科技有限公司', '陈晓雯', null],
      ['苏州恒达物流集团', '陈晓雯', '备注'],
      ['个体户', '刘强'],
    ];
    const [companies, people, notes] = profileColumns(rows, 3);
    expect(companies.count).toBe(4);
    expect(companies.shares.company).toBe(0.75);
    expect(dominantShape(companies)).toBe('company');
    expect(people.shares.person).toBe(1);
    expect(people.distinct).toBe(0.75);
    expect(notes.count).toBe(1);
  });

  test('samples a bounded number of cells per column however long the sheet', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`C${String(i).padStart(5, '0')}`]);
    const [ids] = profileColumns(rows, 1);
    expect(ids.count).toBe(SAMPLE_CELLS);
    expect(dominantShape(ids)).toBe('id');
  });
});
