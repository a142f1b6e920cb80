import ExcelJS from 'exceljs';
import { planMerge, planUndo } from '../../shared/merge';
import { resolveContext } from '../../shared/operations/options';
import { applyPlan, snapshotOf } from '../../shared/plan/apply-plan';
import { noteText } from '../../shared/files/read-worksheet';
import { openFileBytes } from '../../shared/ui/demo/open-file';
import { workbookBytes } from '../../shared/ui/demo/save-file';

const NOW = new Date(Date.UTC(2024, 6, 1, 9, 0, 0));

/** A Chinese team's export: 官网 links, a note on the second 张伟 row (same phone, so merged away), its own date format. */
async function crmBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  sheet.addRow(['公司名称', '联系人', '手机', '官网', '最近联系']);
  const rows: [string, string, string, string, Date][] = [
    ['北京云图科技有限公司', '张伟', '13800138000', 'yuntu.cn', new Date(Date.UTC(2024, 5, 1))],
    ['云图科技', '张伟', '13800138000', 'www.yuntu.cn', new Date(Date.UTC(2024, 5, 5))],
    ['上海星河贸易', '李娜', '13900139000', 'xinghe.cn', new Date(Date.UTC(2024, 1, 1))],
  ];
  rows.forEach(([company, contact, phone, site, date], i) => {
    const row = sheet.getRow(i + 2);
    row.values = [company, contact, phone, undefined, date];
    row.getCell(4).value = { text: site, hyperlink: `https://${site}/` };
    row.getCell(5).numFmt = i === 1 ? 'yyyy-mm-dd' : 'yyyy"年"m"月"d"日"';
  });
  sheet.getCell('A3').note = '展会后要求回电';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function reread(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('demo file extras', () => {
  test('saves the archive with the merged-away row’s link, note and date format when the demo merges an opened file', async () => {
    const opened = await openFileBytes(await crmBytes(), '客户.xlsx');
    const snapshot = snapshotOf(opened.workbook, opened.sheet);
    const ctx = resolveContext(snapshot, { now: NOW });
    // The user keeps row 2 (left alone, the row with the later 最近联系 would stay).
    const merge = planMerge(snapshot, [{ rows: [2, 3] }], {
      template: ctx.template,
      mapping: ctx.mapping,
      locale: 'zh-CN',
      now: NOW,
      masters: { 0: 2 },
    });
    expect(merge.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const merged = applyPlan(opened.workbook, merge.plan, { verify: true });
    const archive = (await reread(await workbookBytes(merged))).getWorksheet('合并归档')!;
    const row = archive.getRow(3); // header, the kept row, then row 3 of the list
    expect(row.getCell(5).value).toBe(3);
    expect(noteText(row.getCell(8).note)).toBe('展会后要求回电');
    expect(row.getCell(11).value).toEqual({ text: 'www.yuntu.cn', hyperlink: 'https://www.yuntu.cn/' });
    expect(row.getCell(12).numFmt).toBe('yyyy-mm-dd');

    // Undo in the demo gives the row back; the saved file has its link, note and format where they were.
    const undo = planUndo(snapshotOf(merged, opened.sheet).meta ?? {}, merge.merges[0]!.mergeId, NOW);
    if (!undo.ok) throw new Error(undo.error.message);
    const saved = (await reread(await workbookBytes(applyPlan(merged, undo.plan)))).getWorksheet('客户')!;
    expect(noteText(saved.getCell('A3').note)).toBe('展会后要求回电');
    expect(saved.getCell('D3').value).toEqual({ text: 'www.yuntu.cn', hyperlink: 'https://www.yuntu.cn/' });
    expect(saved.getCell('E3').numFmt).toBe('yyyy-mm-dd');
    expect(saved.getCell('E4').numFmt).toBe('yyyy"年"m"月"d"日"');
  });
});
