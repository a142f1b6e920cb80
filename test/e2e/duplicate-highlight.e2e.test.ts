/**
 * End to end in headless Chromium: highlighting duplicates in /demo.html. The demo grid does not
 * paint conditional formats, so the workbook is checked as the user takes it away: saved as .xlsx
 * and read back with exceljs (Custodian's two marked rules over the groups' rows), then the
 * highlight removed, highlighted again and undone from History. Screenshots of each step.
 * Skipped (with a message) only when /usr/bin/chromium is missing: CI installs Debian's chromium.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { conditionalFormattingsOf } from '../../shared/files/exceljs-gaps';
import { highlightIdOf } from '../../shared/plan/highlights';
import { demoGrid, describeE2e, openDemoBrowser, type DemoBrowser } from './demo-browser';

jest.setTimeout(120_000);

describeE2e('duplicate highlight in demo.html', () => {
  let demo: DemoBrowser;
  let page: Page;

  beforeAll(async () => {
    demo = await openDemoBrowser();
    page = demo.page;
  });

  afterAll(() => demo?.close());

  const sidebar = () => page.locator('#sidebar');

  /** Custodian's highlights in the saved workbook's customer sheet: id -> areas. */
  async function savedHighlights(button: string): Promise<Record<string, string[]>> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const out: Record<string, string[]> = {};
    for (const cf of conditionalFormattingsOf(workbook.worksheets[0]!)) {
      const id = highlightIdOf(String((cf.rules[0] as { formulae?: unknown[] }).formulae?.[0] ?? ''));
      if (id) out[id] = cf.ref.split(' ');
    }
    return out;
  }

  /** The tab forgets its groups once the sheet changes: they are found again for the next action. */
  const findAgain = async () => {
    await sidebar()
      .getByRole('button', { name: /^(Find duplicates|Find again|查找重复|重新查找)$/ })
      .click();
    await sidebar().getByTestId('cluster-1').waitFor();
  };

  /** Rows of group `n` as its card lists them. */
  const groupRows = async (n: number) =>
    (await sidebar()
      .getByTestId(`cluster-${n}`)
      .getByRole('radio')
      .evaluateAll((radios) => radios.map((r) => Number((r as HTMLInputElement).value)))) as number[];

  test('highlights every likely group, removes only that, and History undoes a highlight (English)', async () => {
    await page.goto(`${demo.url}/demo.html?lang=en-US&theme=light`);
    await page.locator('[data-testid=grid]').waitFor();
    const before = await demoGrid(page).all();
    await sidebar().getByRole('tab', { name: 'Duplicates' }).click();
    await sidebar()
      .getByRole('button', { name: /^(Find duplicates|Find again)$/ })
      .click();
    await sidebar().getByTestId('cluster-1').waitFor();
    const first = await groupRows(1);

    await sidebar().getByRole('button', { name: 'Highlight duplicates' }).click();
    await sidebar()
      .getByText(/^Done: Highlighted \d+ rows from \d+ groups$/)
      .waitFor();
    await demoGrid(page).shoot('duplicates-highlighted');
    expect(await demoGrid(page).all()).toBe(before); // a fill only: no value changes
    const saved = await savedHighlights('Save as .xlsx');
    expect(Object.keys(saved).sort()).toEqual(['duplicates-even', 'duplicates-odd']);
    const odd = saved['duplicates-odd']!;
    for (const row of first)
      expect(odd.some((area) => new RegExp(`^A\\d+:[A-Z]+\\d+$`).test(area) && covers(area, row))).toBe(true);

    await findAgain();
    await sidebar().getByRole('button', { name: 'Remove highlight' }).click();
    await sidebar()
      .getByText(/^Done: Removed the highlight from \d+ duplicate rows$/)
      .waitFor();
    expect(await savedHighlights('Save as .xlsx')).toEqual({});

    await findAgain();
    await sidebar().getByRole('button', { name: 'Highlight duplicates' }).click();
    await sidebar()
      .getByText(/^Done: Highlighted/)
      .waitFor();
    await sidebar().getByRole('tab', { name: 'History' }).click();
    await sidebar()
      .getByRole('button', { name: /^Undo: Highlight duplicates/ })
      .first()
      .click();
    await sidebar()
      .getByText(/^Done: undid/)
      .waitFor();
    expect(await savedHighlights('Save as .xlsx')).toEqual({});
    expect(await demoGrid(page).all()).toBe(before);
  });

  test('words the highlight and its removal in Chinese', async () => {
    await page.goto(`${demo.url}/demo.html?lang=zh-CN&theme=light`);
    await page.locator('[data-testid=grid]').waitFor();
    await sidebar().getByRole('tab', { name: '重复' }).click();
    await sidebar()
      .getByRole('button', { name: /^(查找重复|重新查找)$/ })
      .click();
    await sidebar().getByTestId('cluster-1').waitFor();
    await sidebar().getByRole('button', { name: '突出显示重复' }).click();
    await sidebar()
      .getByText(/突出显示了 \d+ 组共 \d+ 行重复$/)
      .waitFor();
    await demoGrid(page).shoot('duplicates-highlighted-zh');
    await findAgain();
    await sidebar().getByRole('button', { name: '取消突出显示' }).click();
    await sidebar()
      .getByText(/取消了 \d+ 行重复的突出显示$/)
      .waitFor();
  });
});

/** Whether an area like A5:O7 takes in row `row`. */
function covers(area: string, row: number): boolean {
  const [first, last] = area.split(':').map((cell) => Number(/\d+$/.exec(cell)![0]));
  return row >= first! && row <= last!;
}
