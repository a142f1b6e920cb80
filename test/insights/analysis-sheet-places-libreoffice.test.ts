/**
 * The analysis sheet's count of one place under several spellings (杭州市, 杭州) and its row for a
 * second phone column, recalculated by LibreOffice, equal `report --json` on the same cleaned
 * workbook. Skipped where soffice is not installed.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { tempDir } from '../cli/run';
import { analysisBlock, hasSoffice } from '../support/libreoffice';
import { recalculatedLedger } from './recalculated-ledger';

const withSoffice = hasSoffice() ? describe : describe.skip;
const TODAY = ['--today', '2024-07-01'];

/** A 客户台账: cities with and without 市, a city named like a province, a landline column. */
const LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '手机', '座机', '所在城市', '累计消费金额'],
  ['杭州西溪茶业有限公司', '何静', '13800138000', '0571-87654321', '杭州市', 1200],
  ['杭州明德电子有限公司', '林涛', '13912345678', '0571-7826462', '杭州', 300],
  ['杭州之江食品有限公司', '王敏', '13700137000', null, '杭州市', 50],
  ['吉林长白山参业有限公司', '刘洋', '13600136000', '0432-62345678', '吉林市', 80],
  ['长春一汽配件有限公司', '陈静', '13500135000', null, '吉林省', 20],
];

withSoffice('analysis sheet by place, recalculated by LibreOffice', () => {
  const dir = tempDir();

  test('counts 杭州 with 杭州市 and the 座机 column as report --json does', async () => {
    const { report, sheet, words } = await recalculatedLedger(dir, LEDGER, TODAY);

    const regions = report.segments.find((s) => s.field === 'region')!.values;
    expect(regions.map((v) => [v.value, v.count, v.totalSpend])).toEqual([
      ['杭州市', 3, 1550],
      ['吉林', 1, 20],
      ['吉林市', 1, 80],
    ]);
    const segment = analysisBlock(sheet, (a, b) => a === '地区' && b === words.value);
    for (const value of regions)
      expect([value.value, segment.get(value.value)]).toEqual([value.value, { c: value.count, e: value.totalSpend }]);
    expect(segment.get(words.otherValues)?.c).toBe(0);

    const quality = analysisBlock(sheet, (a, b) => a === words.field && b === words.column);
    const landline = report.quality.fields.find((f) => f.column === '座机')!;
    expect(landline).toMatchObject({ filled: 3, second: true });
    expect(quality.get('座机')?.c).toBe(landline.filled);
  }, 180_000);
});
