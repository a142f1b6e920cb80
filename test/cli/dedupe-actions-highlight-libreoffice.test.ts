/**
 * The duplicate highlight in a file, proven with LibreOffice: it opens the .xlsx the file host
 * writes, keeps Custodian's marked rules (their areas and fills) beside the user's own when it
 * saves the file again, and Custodian removes only its own from the file LibreOffice saved.
 * Skipped (with a message) where soffice is not installed.
 */
import type ExcelJS from 'exceljs';
import type { DuplicateAction } from '../../shared/operations/duplicate-actions';
import { duplicateActionPlan, TEAM_LIST } from '../support/duplicate-list';
import { conditionalFormattingsOf } from '../../shared/files/exceljs-gaps';
import { highlightIdOf } from '../../shared/plan/highlights';
import { applyPlanToWorkbook } from '../../cli/io/apply-plan-to-workbook';
import { newWorkbook } from '../../cli/io/new-workbook';
import { readWorkbookFile } from '../../cli/io/read-workbook';
import { writeWorkbookFile } from '../../cli/io/write-workbook';
import type { LoadedWorkbook } from '../../cli/io/loaded-workbook';
import { tempDir } from '../cli-io/fixtures';
import { hasSoffice, resaveWithLibreOffice } from '../support/libreoffice';

const soffice = hasSoffice();
if (!soffice)
  process.stderr.write('dedupe-actions-highlight-libreoffice: soffice is not installed; these tests are skipped.\n');
const withSoffice = soffice ? describe : describe.skip;

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** LibreOffice opens the file and saves it again as .xlsx. */
function resave(file: string): string {
  return resaveWithLibreOffice(file, tmp.file('resaved'), tmp.file('lo-profile'));
}

function act(loaded: LoadedWorkbook, action: DuplicateAction): void {
  applyPlanToWorkbook(loaded, duplicateActionPlan(loaded.snapshot, action));
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
    TEAM_LIST.forEach((row) => sheet.addRow(row));
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
    act({ ...loaded, snapshot: { ...loaded.snapshot, values: TEAM_LIST } }, 'highlight');
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
