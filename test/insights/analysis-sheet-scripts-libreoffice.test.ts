/**
 * The analysis sheet's count of one status typed in traditional and simplified characters
 * (跟进中, 跟進中), recalculated by LibreOffice, equals `report --json` on the same cleaned workbook.
 * Skipped where soffice is not installed.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { tempDir } from '../cli/run';
import { analysisBlock, hasSoffice } from '../support/libreoffice';
import { recalculatedLedger } from './recalculated-ledger';

const withSoffice = hasSoffice() ? describe : describe.skip;
const TODAY = ['--today', '2024-03-15'];

/** A 飞书 ledger where Hong Kong and Taiwan colleagues type the same statuses in traditional characters. */
const LEDGER: CellValue[][] = [
  ['客户名称', '联系人', '手机', '地区', '跟进状态', '成交金额'],
  ['杭州源泉科技有限公司', '张总', '13800138000', '杭州', '跟进中', 1200],
  ['上海华通物流有限公司', '李四', '13912345678', '上海', '已签约', 300],
  ['深圳市大疆创新科技有限公司', '王五', '18688889999', '深圳', '洽谈中', 50],
  ['陳大文貿易有限公司', '陳大文', '+852 9123 4567', '香港', '跟進中', 80],
  ['陈大文贸易有限公司', '陈大文', '91234567', '香港', '跟进中', 20],
  ['台灣積體電路製造股份有限公司', '林志明', '0912-345-678', '台灣', '洽談中', 7],
  ['台湾积体电路制造股份有限公司', '林志明', '+886 912 345 678', '台湾', '洽谈中', 3],
];

withSoffice('analysis sheet across Chinese scripts, recalculated by LibreOffice', () => {
  const dir = tempDir();

  test('counts 跟進中 with 跟进中 and 洽談中 with 洽谈中 as report --json does', async () => {
    const { report, sheet, words } = await recalculatedLedger(dir, LEDGER, TODAY);

    const statuses = report.segments.find((s) => s.field === 'status')!.values;
    expect(statuses.map((v) => [v.value, v.count, v.totalSpend])).toEqual([
      ['洽谈中', 3, 60],
      ['跟进中', 3, 1300],
      ['已签约', 1, 300],
    ]);
    const rows = analysisBlock(sheet, (a, b) => a === '状态' && b === words.value);
    for (const value of statuses)
      expect([value.value, rows.get(value.value)]).toEqual([value.value, { c: value.count, e: value.totalSpend }]);
    expect(rows.get(words.otherValues)?.c).toBe(0);
    expect(rows.has('跟進中')).toBe(false);
    expect(rows.has('洽談中')).toBe(false);
  }, 180_000);
});
