/**
 * A British list's postcodes typed without their space (sk13ab) become SK1 3AB; one no British
 * postcode can be (zz99zz) is reported and left as typed. A Chinese list's six digits stay as they are.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { Locale } from '../../shared/i18n/locale';
import { sheet, TODAY } from '../operations/fixtures';

const BRITISH: CellValue[][] = [
  ['Full Name', 'Email', 'Mobile', 'Postcode'],
  ['Oliver Bennett', 'oliver@bennettjoinery.co.uk', '07911 123456', 'SK1 3AB'],
  ['Amelia Clarke', 'amelia.clarke@gmail.com', '07700 123456', 'sk13ab'],
  ['Harry Wilson', 'harry@wilsonplumbing.co.uk', '020 7946 0958', 'sw1a2aa'],
  ['Isla Thompson', 'isla.t@outlook.com', '0161 496 0000', 'm11ae'],
  ['Freya Hughes', 'freya.hughes@yahoo.co.uk', '07912 345678', 'zz99zz'],
];

const postcodeIssues = (values: CellValue[][], locale: Locale = 'en-US') =>
  checkSheet(sheet(values), { now: TODAY, locale })
    .issues.filter((i) => i.column === 'Postcode' || i.column === '邮编')
    .map((i) => [i.row, i.code, i.value, i.message]);

describe('British postcodes on a British list', () => {
  test('sk13ab will become SK1 3AB; zz99zz is reported', () => {
    expect(postcodeIssues(BRITISH)).toEqual([
      [3, 'postcode.nonCanonical', 'sk13ab', expect.stringContaining('will become "SK1 3AB"')],
      [4, 'postcode.nonCanonical', 'sw1a2aa', expect.stringContaining('will become "SW1A 2AA"')],
      [5, 'postcode.nonCanonical', 'm11ae', expect.stringContaining('will become "M1 1AE"')],
      [6, 'postcode.impossible', 'zz99zz', expect.stringContaining('not a possible UK postcode')],
    ]);
    const zh = postcodeIssues(BRITISH, 'zh-CN');
    expect(zh[0]![3]).toContain('SK1 3AB');
    expect(zh[3]![3]).toContain('不是有效的英国邮编');
  });

  test('clean writes them as Royal Mail does and leaves the impossible one', () => {
    const edits = planClean(sheet(BRITISH), { now: TODAY, locale: 'en-US' }).plan.edits.filter((e) => e.col === 4);
    expect(edits.map((e) => [e.row, e.after])).toEqual([
      [3, 'SK1 3AB'],
      [4, 'SW1A 2AA'],
      [5, 'M1 1AE'],
    ]);
  });

  test('a Chinese list’s six-digit postcodes stay as they are', () => {
    const chinese: CellValue[][] = [
      ['姓名', '手机', '邮编'],
      ['张伟', '13800138000', '100010'],
      ['李娜', '13800138001', '200030'],
      ['王芳', '13800138002', '310012'],
    ];
    expect(postcodeIssues(chinese, 'zh-CN')).toEqual([]);
  });
});
