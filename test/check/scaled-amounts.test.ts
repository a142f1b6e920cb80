/**
 * A money column whose header counts in 万元 (or USD k): its bare numbers are amounts in that unit, and
 * an amount written with its own unit or sign (1.5万, ¥15,000, 15000元) would change its meaning as a
 * bare number there. Check says so, clean and the export leave it as typed; a 元 column reads as before.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import { planExport } from '../../shared/export/plan-export';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

// An industrial supplier's ledger, its totals kept in 万元 as its finance team reports them.
const LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '联系电话', '累计成交金额（万元）'],
  ['宁波恒通贸易有限公司', '朱敏晓', '15053555536', '128.5'],
  ['南京瑞丰信息技术有限公司', '李娜', '13912345678', '1.5万'],
  ['杭州青禾食品有限公司', '王建华', '13816628830', '¥15,000'],
  ['苏州恒达物流集团', '陈刚', '13700137000', '36'],
  ['深圳华拓电子有限公司', '刘强', '13600136000', '15000元'],
];
const ledger = () => sheet(LEDGER.map((r) => [...r]));

describe('check-sheet', () => {
  test.each<[Locale, RegExp]>([
    ['zh-CN', /“1\.5万”.*累计成交金额（万元）.*万元/],
    ['en-US', /"1\.5万".*累计成交金额（万元）.*万元/],
  ])('warns of amounts with their own unit in a 万元 column, in %s', (locale, message) => {
    const { issues } = checkSheet(ledger(), { now: TODAY, locale });
    const amounts = issues.filter((i) => i.column === '累计成交金额（万元）');
    // Bare amounts are the column's own, in 万元: only their text becomes a number.
    expect(amounts.map((i) => [i.row, i.code, i.severity, i.suggestion])).toEqual([
      [2, 'number.nonCanonical', 'warning', 128.5],
      [3, 'number.otherUnit', 'warning', null],
      [4, 'number.otherUnit', 'warning', null],
      [5, 'number.nonCanonical', 'warning', 36],
      [6, 'number.otherUnit', 'warning', null],
    ]);
    expect(amounts[1]!.message).toMatch(message);
  });

  test('clean leaves them as typed and keeps the bare amounts in 万元', () => {
    const { plan, summary } = planClean(ledger(), { now: TODAY });
    const edits = plan.edits.filter((e) => e.col === 4 && e.row > 1);
    expect(edits.map((e) => [e.row, e.after])).toEqual([
      [2, 128.5],
      [5, 36],
    ]);
    expect(summary.unfixable).toBe(3);
  });

  test('the export sends them as typed, never as 15000 in a 万元 column', () => {
    const { files, report } = planExport(ledger(), { crm: 'fxiaoke', now: TODAY });
    const file = files[0]!;
    const at = file.header.findIndex((h) => h.startsWith('累计成交金额'));
    expect(file.header[at]).toBe('累计成交金额（万元）');
    expect(file.rows.map((row) => row[at])).toEqual([128.5, '1.5万', '¥15,000', 36, '15000元']);
    expect(report.valuesAsTyped).toEqual({ '累计成交金额（万元）': 3 });
  });

  test('a 元 column still reads ¥ and 万 amounts as yuan', () => {
    const values = LEDGER.map((r, i) => (i === 0 ? [...r.slice(0, 3), '累计成交金额（元）'] : [...r]));
    const { issues } = checkSheet(sheet(values), { now: TODAY, locale: 'zh-CN' });
    const amounts = issues.filter((i) => i.column === '累计成交金额（元）');
    expect(amounts.map((i) => [i.row, i.code, i.suggestion])).toEqual([
      [2, 'number.nonCanonical', 128.5],
      [3, 'number.nonCanonical', 15000],
      [4, 'number.nonCanonical', 15000],
      [5, 'number.nonCanonical', 36],
      [6, 'number.nonCanonical', 15000],
    ]);
  });
});
