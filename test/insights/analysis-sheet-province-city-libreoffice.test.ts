/**
 * The analysis sheet's count of a city some rows write after its province (浙江省杭州市 with 杭州市
 * and 杭州), recalculated by LibreOffice, equals `report --json` on the same cleaned workbook.
 * Skipped where soffice is not installed.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { tempDir } from '../cli/run';
import { analysisBlock, hasSoffice } from '../support/libreoffice';
import { recalculatedLedger } from './recalculated-ledger';

const withSoffice = hasSoffice() ? describe : describe.skip;
const TODAY = ['--today', '2024-07-01'];

/** A 客户台账 by city: 杭州 written three ways, 吉林市 once after its province. */
const LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '手机', '所在城市', '累计消费金额'],
  ['杭州西溪茶业有限公司', '何静', '13800138000', '杭州市', 1200],
  ['杭州明德电子有限公司', '林涛', '13912345678', '杭州', 300],
  ['杭州之江食品有限公司', '王敏', '13700137000', '浙江省杭州市', 50],
  ['吉林松花湖旅游有限公司', '赵丽', '13511112222', '吉林市', 40],
  ['吉林长白山参业有限公司', '刘洋', '13600136000', '吉林省吉林市', 80],
  ['长春一汽配件有限公司', '陈静', '13500135000', '长春市', 20],
];

withSoffice('analysis sheet of provinces before cities, recalculated by LibreOffice', () => {
  const dir = tempDir();

  test('counts 浙江省杭州市 with 杭州市 as report --json does', async () => {
    const { report, sheet, words } = await recalculatedLedger(dir, LEDGER, TODAY);

    const regions = report.segments.find((s) => s.field === 'region')!.values;
    expect(regions.map((v) => [v.value, v.count, v.totalSpend])).toEqual([
      ['杭州市', 3, 1550],
      ['吉林市', 2, 120],
      ['长春市', 1, 20],
    ]);
    const segment = analysisBlock(sheet, (a, b) => a === '地区' && b === words.value);
    for (const value of regions)
      expect([value.value, segment.get(value.value)]).toEqual([value.value, { c: value.count, e: value.totalSpend }]);
    expect(segment.get(words.otherValues)?.c).toBe(0);
  }, 180_000);
});
