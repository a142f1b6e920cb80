/**
 * A WeCom export's 备注名 as salespeople type it: a name, then who the person is (李娜 采购), where
 * they work (王总 宏达五金) or live (赵敏 杭州). Check warns, naming the row and column, and clean
 * leaves the value as typed; 张 伟 is still tidied to 张伟.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const NAMES: CellValue[][] = [
  ['姓名', '手机'],
  ['李娜 采购', '13800138001'],
  ['王总 宏达五金', '13800138002'],
  ['张伟（宏达）', '13800138003'],
  ['赵敏 杭州', '13800138006'],
  ['张 伟', '13800138008'],
];

describe('check-sheet', () => {
  test.each<[Locale, RegExp]>([
    ['zh-CN', /^“李娜 采购”可能是 李娜 或 李娜采购（.*）：已保持原样。/],
    ['en-US', /^"李娜 采购" could be 李娜 or 李娜采购 \(.*\): left as typed\./],
  ])('warns of a name with a word after it, with its row and column, in %s', (locale, message) => {
    const { issues } = checkSheet(sheet(NAMES), { now: TODAY, locale });
    const names = issues.filter((i) => i.column === '姓名');
    expect(names.map((i) => [i.row, i.column, i.code, i.severity, i.value, i.suggestion])).toEqual([
      [2, '姓名', 'name.ambiguous', 'warning', '李娜 采购', null],
      [3, '姓名', 'name.ambiguous', 'warning', '王总 宏达五金', null],
      [5, '姓名', 'name.ambiguous', 'warning', '赵敏 杭州', null],
      [6, '姓名', 'name.nonCanonical', 'warning', '张 伟', '张伟'],
    ]);
    expect(names[0]!.message).toMatch(message);
  });

  test('clean leaves a name with two readings as typed and joins only 张 伟', () => {
    const { plan, summary } = planClean(sheet(NAMES), { now: TODAY, locale: 'zh-CN' });
    expect(plan.edits.filter((e) => e.col === 1).map((e) => [e.row, e.after])).toEqual([[6, '张伟']]);
    expect(summary.unfixable).toBe(3);
  });
});
