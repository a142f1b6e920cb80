import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run, tempDir } from './run';
import { readXlsx } from './fixtures';
import { TEAM_LIST as ZH } from '../support/duplicate-list';

const USER_FILL = 'FFFFFF00';
const USER_RULE = '$D2>1000';

/** The list as a sales team keeps it: VIP row 5 filled yellow by hand, big spenders marked by their own rule. */
async function writeTeamList(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  for (const row of ZH) sheet.addRow(row);
  sheet.getCell('B5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: USER_FILL } };
  sheet.addConditionalFormatting({
    ref: 'D2:D6',
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [USER_RULE],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  await workbook.xlsx.writeFile(path);
}

/** Each conditional format as ref + formula + fill, as the saved file holds it. */
async function rulesIn(path: string) {
  const sheet = (await readXlsx(path)).getWorksheet('客户')!;
  const formats = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  return formats.map((cf) => {
    const rule = cf.rules[0] as { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } };
    return { ref: cf.ref, formula: rule.formulae?.[0], fill: rule.style?.fill?.bgColor?.argb };
  });
}

const userRule = { ref: 'D2:D6', formula: USER_RULE, fill: 'FFFFC7CE' };
const highlight = [
  { ref: 'A2:E2 A4:E4', formula: 'ISTEXT("Custodian highlight: duplicates-odd")', fill: 'FFFCE4D6' },
  { ref: 'A3:E3 A6:E6', formula: 'ISTEXT("Custodian highlight: duplicates-even")', fill: 'FFDDEBF7' },
];

describe('custodian dedupe --action highlight', () => {
  const dir = tempDir();
  const exact = ['--exact', '--columns', '手机'];

  beforeAll(() => writeTeamList(join(dir, '客户.xlsx')));

  test('saves the highlight as two rules beside the user’s own, fills and values untouched, summary in Chinese', async () => {
    const result = await run(['dedupe', '客户.xlsx', ...exact, '--action', 'highlight', '-o', 'hl.xlsx'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/hl\.xlsx：突出显示了 2 组共 4 行重复\n$/);
    expect(await rulesIn(join(dir, 'hl.xlsx'))).toEqual([userRule, ...highlight]);
    const sheet = (await readXlsx(join(dir, 'hl.xlsx'))).getWorksheet('客户')!;
    expect((sheet.getCell('B5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe(USER_FILL);
    expect(sheet.getCell('B2').fill).toBeUndefined();
    expect(sheet.getRow(4).values).toEqual([undefined, ...ZH[3]!]);
  });

  test('replaces its rules when run again on its own output instead of adding more', async () => {
    await run(['dedupe', '客户.xlsx', ...exact, '--action', 'highlight', '-o', 'hl2-a.xlsx'], dir);
    const again = await run(['dedupe', 'hl2-a.xlsx', ...exact, '--action', 'highlight', '-o', 'hl2.xlsx'], dir);
    expect(again.code).toBe(0);
    expect(await rulesIn(join(dir, 'hl2.xlsx'))).toEqual([userRule, ...highlight]);
  });

  test('removes only its highlight with unhighlight, and prints counts as JSON', async () => {
    await run(['dedupe', '客户.xlsx', ...exact, '--action', 'highlight', '-o', 'hl3.xlsx'], dir);
    const result = await run(
      ['dedupe', 'hl3.xlsx', ...exact, '--action', 'unhighlight', '--json', '-o', 'plain.xlsx'],
      dir,
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ action: 'unhighlight', groups: 0, rowsChanged: 4, remaining: 5 });
    expect(await rulesIn(join(dir, 'plain.xlsx'))).toEqual([userRule]);
  });

  test('takes the highlight away again with custodian undo', async () => {
    await run(['dedupe', '客户.xlsx', ...exact, '--action', 'highlight', '-o', 'hl4.xlsx'], dir);
    const undone = await run(['undo', 'hl4.xlsx', '-o', 'hl4-undone.xlsx'], dir);
    expect(undone.stderr).toBe('');
    expect(undone.code).toBe(0);
    expect(await rulesIn(join(dir, 'hl4-undone.xlsx'))).toEqual([userRule]);
  });
});
