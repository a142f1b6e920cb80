/**
 * The duplicate highlight in a file, proven with LibreOffice: it opens the .xlsx the file host
 * writes, keeps Custodian's marked rules (their areas and fills) beside the user's own when it
 * saves the file again, and Custodian removes only its own from the file LibreOffice saved.
 * Skipped (with a message) where soffice is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { planDuplicateAction, type DuplicateAction } from '../../shared/operations/duplicate-actions';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { conditionalFormattingsOf } from '../../shared/files/exceljs-gaps';
import { highlightIdOf } from '../../shared/plan/highlights';
import { applyPlanToWorkbook } from '../../cli/io/apply-plan-to-workbook';
import { newWorkbook } from '../../cli/io/new-workbook';
import { readWorkbookFile } from '../../cli/io/read-workbook';
import { writeWorkbookFile } from '../../cli/io/write-workbook';
import type { LoadedWorkbook } from '../../cli/io/loaded-workbook';
import type { CellValue } from '../../shared/sheet/cell-value';
import { tempDir } from '../cli-io/fixtures';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!soffice)
  process.stderr.write('dedupe-actions-highlight-libreoffice: soffice is not installed; these tests are skipped.\n');
const withSoffice = soffice ? describe : describe.skip;

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** LibreOffice opens the file and saves it again as .xlsx. */
function resave(file: string): string {
  const out = tmp.file('resaved');
  mkdirSync(out, { recursive: true });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${tmp.file('lo-profile')}`,
      '--headless',
      '--convert-to',
      'xlsx',
      '--outdir',
      out,
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return join(out, file.replace(/^.*\//, ''));
}

const ROWS: CellValue[][] = [
  ['客户编号', '姓名', '手机', '消费金额', '公司'],
  ['C000001', '张伟', '13800138000', 1200, '北京星辰科技有限公司'],
  ['C000002', '李娜', '13912345678', 300, '上海海鲸贸易有限公司'],
  ['C000003', '张 伟', '138-0013-8000', 80, '星辰科技'],
  ['C000004', '王芳', '13700137000', 2500, '杭州西湖茶业'],
  ['C000005', '李娜', '139 1234 5678', 40, ''],
];

function act(loaded: LoadedWorkbook, action: DuplicateAction): void {
  const { plan } = planDuplicateAction(loaded.snapshot, {
    action,
    clusters: [{ rows: [2, 4] }, { rows: [3, 6] }],
    template: DEFAULT_TEMPLATE,
    mapping: mapHeaders(ROWS[0]!, DEFAULT_TEMPLATE),
    locale: 'zh-CN',
    now: new Date('2024-06-01T08:00:00Z'),
  });
  applyPlanToWorkbook(loaded, plan);
}

/** Rules as id (Custodian's) or formula (the user's), with their areas, sorted for comparison. */
function rules(sheet: ExcelJS.Worksheet) {
  return conditionalFormattingsOf(sheet)
    .map((cf) => {
      const formula = String((cf.rules[0] as { formulae?: unknown[] }).formulae?.[0] ?? '');
      return { rule: highlightIdOf(formula) ?? formula, areas: cf.ref.split(' ').sort() };
    })
    .sort((a, b) => a.rule.localeCompare(b.rule));
}

withSoffice('the duplicate highlight under LibreOffice', () => {
  jest.setTimeout(180_000);

  test('keeps the marked rules beside the user’s own when LibreOffice saves the file, and removes only them after', async () => {
    const loaded = newWorkbook('客户');
    const sheet = loaded.workbook.getWorksheet('客户')!;
    ROWS.forEach((row) => sheet.addRow(row));
    sheet.addConditionalFormatting({
      ref: 'D2:D6',
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: ['$D2>1000'],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
        },
      ],
    });
    act({ ...loaded, snapshot: { ...loaded.snapshot, values: ROWS } }, 'highlight');
    const file = tmp.file('highlighted.xlsx');
    await writeWorkbookFile(loaded, file);

    const resaved = await readWorkbookFile(resave(file));
    const after = resaved.workbook.getWorksheet('客户')!;
    expect(rules(after)).toEqual([
      { rule: '$D2>1000', areas: ['D2:D6'] },
      { rule: 'duplicates-even', areas: ['A3:E3', 'A6:E6'] },
      { rule: 'duplicates-odd', areas: ['A2:E2', 'A4:E4'] },
    ]);

    act(resaved, 'unhighlight');
    expect(rules(after)).toEqual([{ rule: '$D2>1000', areas: ['D2:D6'] }]);
  });
});
