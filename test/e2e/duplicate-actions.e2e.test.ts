/**
 * End to end in headless Chromium: the duplicate actions beyond merge in /demo.html — a status
 * column (added once, left alone when up to date), delete duplicates and undo from History (the grid
 * back cell for cell), one group’s menu (move), and a copy of every group beside an earlier one. Screenshots of each step.
 * Skipped (with a message) only when /usr/bin/chromium is missing: CI installs Debian's chromium.
 */
import type { Page } from 'playwright-core';
import { demoGrid, describeE2e, openDemoBrowser, type DemoBrowser } from './demo-browser';

jest.setTimeout(90_000);

/** The sample list has 15 columns (A–O): the status column comes next. */
const STATUS_COL = 'P';

describeE2e('duplicate actions in demo.html', () => {
  let demo: DemoBrowser;
  let page: Page;
  let grid: ReturnType<typeof demoGrid>;

  beforeAll(async () => {
    demo = await openDemoBrowser();
    page = demo.page;
    grid = demoGrid(page);
  });

  afterAll(() => demo?.close());

  const sidebar = () => page.locator('#sidebar');
  /** The rows of group `n` as its card lists them (the radios of the row to keep). */
  const groupRows = async (n: number) => {
    const card = sidebar().getByTestId(`cluster-${n}`);
    await card.waitFor();
    return (await card
      .getByRole('radio')
      .evaluateAll((radios) => radios.map((r) => Number((r as HTMLInputElement).value)))) as number[];
  };
  const find = async (name: string) => {
    await sidebar().getByRole('tab', { name }).click();
    await sidebar()
      .getByRole('button', { name: /^(Find duplicates|Find again|查找重复|重新查找)$/ })
      .click();
    await sidebar().getByTestId('cluster-1').waitFor();
  };

  test('adds the status column once, writes nothing when it is up to date, and History undoes it', async () => {
    await page.goto(`${demo.url}/demo.html?lang=en-US&theme=light`);
    await page.locator('[data-testid=grid]').waitFor();
    await find('Duplicates');
    const first = await groupRows(1);
    const before = await grid.all();

    await sidebar().getByRole('button', { name: 'Add a status column' }).click();
    await sidebar()
      .getByText(/^Done: Marked \d+ rows in \d+ groups as duplicates; \d+ rows are unique$/)
      .waitFor();
    // The sheet is Chinese: the column speaks the sheet's language, the summary the sidebar's.
    expect(await grid.text(`${STATUS_COL}1`)).toBe('重复状态');
    for (const row of first) expect(await grid.text(`${STATUS_COL}${row}`)).toBe('重复（第 1 组）');
    expect(await grid.text(`${STATUS_COL}2`)).toMatch(/^(唯一|重复（第 \d+ 组）)$/);
    await sidebar().getByTestId('cluster-1').waitFor(); // searched again after the change
    await grid.shoot('duplicates-status-column');

    // Again with the same groups: the column is up to date, so nothing is written and no second column appears.
    await sidebar().getByRole('button', { name: 'Add a status column' }).click();
    await sidebar()
      .getByRole('status')
      .getByText(/^Marked \d+ rows/)
      .waitFor();
    expect(await grid.cell('Q1').count()).toBe(0);
    expect(await grid.text(`${STATUS_COL}1`)).toBe('重复状态');

    await sidebar().getByRole('tab', { name: 'History' }).click();
    const undo = sidebar().getByRole('button', { name: /^Undo: Duplicate status column/ });
    await undo.first().click();
    await sidebar()
      .getByText(/^Done: undid/)
      .waitFor();
    const withoutStatus = (grid: string) =>
      grid
        .split('\n')
        .filter((line) => !new RegExp(`^${STATUS_COL}\\d+=`).test(line))
        .join('\n');
    const after = await grid.all();
    expect(withoutStatus(after)).toBe(withoutStatus(before));
    expect(after).not.toMatch(/唯一|重复（/);
  });

  test('deletes every likely group’s other rows and History brings them back cell for cell', async () => {
    await page.goto(`${demo.url}/demo.html?lang=en-US&theme=light`);
    await page.locator('[data-testid=grid]').waitFor();
    await find('Duplicates');
    const rowsBefore = await grid.dataRows();
    const before = await grid.all();

    await sidebar().getByRole('button', { name: 'Delete duplicates' }).click();
    const done = sidebar().getByText(/^Done: Deleted (\d+) rows? from \d+ groups?; [\d,]+ customers? remains?$/);
    await done.waitFor();
    const deleted = Number(/Deleted (\d+)/.exec((await done.textContent()) ?? '')![1]);
    expect(deleted).toBeGreaterThan(0);
    expect(await grid.dataRows()).toBe(rowsBefore - deleted);
    expect(await page.getByRole('tab', { name: /Archive|归档/ }).isVisible()).toBe(true);
    await grid.shoot('duplicates-deleted');

    await sidebar().getByRole('tab', { name: 'History' }).click();
    await sidebar()
      .getByRole('button', { name: /^Undo: Delete duplicates/ })
      .click();
    await sidebar()
      .getByText(/^Done: undid "Delete duplicates"/)
      .waitFor();
    expect(await grid.dataRows()).toBe(rowsBefore);
    expect(await grid.all()).toBe(before);
  });

  test('moves one group to a new sheet from its card’s menu in Chinese', async () => {
    await page.goto(`${demo.url}/demo.html?lang=zh-CN&theme=light`);
    await page.locator('[data-testid=grid]').waitFor();
    await find('重复');
    const rows = await groupRows(1);
    const rowsBefore = await grid.dataRows();
    await sidebar().getByTestId('cluster-1').getByRole('button', { name: '更多操作' }).click();
    await page.getByRole('menuitem', { name: '移动到新工作表' }).click();
    await sidebar()
      .getByText(/^完成：处理了 1 组，移动 \d+ 行到“重复客户”，剩余 [\d,]+ 位客户$/)
      .waitFor();
    expect(await grid.dataRows()).toBe(rowsBefore - (rows.length - 1));
    const tab = page.getByRole('tab', { name: '重复客户', exact: true });
    expect(await tab.isVisible()).toBe(true);
    await grid.shoot('duplicates-moved-zh');
  });

  test('copies every likely group to a new sheet, a second copy beside the first, the list unchanged', async () => {
    await page.goto(`${demo.url}/demo.html?lang=en-US&theme=light`);
    await page.locator('[data-testid=grid]').waitFor();
    await find('Duplicates');
    const first = await groupRows(1);
    const before = await grid.all();

    const copy = async (sheet: string) => {
      // A copy shows its new sheet: the search runs on the customer list again.
      await page.getByRole('tab', { name: '客户名单', exact: true }).click();
      await find('Duplicates');
      await sidebar().getByRole('button', { name: 'Copy to a new sheet' }).click();
      await sidebar()
        .getByText(new RegExp(`^Done: Copied \\d+ rows from \\d+ groups to “${sheet.replace(/[()]/g, '\\$&')}”$`))
        .waitFor();
    };
    await copy('重复客户');
    await copy('重复客户 (2)');
    // The customer list is as it was; the copies are sheets of their own.
    await page.getByRole('tab', { name: '客户名单', exact: true }).click();
    expect(await grid.all()).toBe(before);
    await page.getByRole('tab', { name: '重复客户', exact: true }).click();
    const copied = await grid.all();
    // Each group's rows come with the group number (组号, column A) and the row they came from (原行号, B).
    const cells = new Map(copied.split('\n').map((line) => line.split('=') as [string, string]));
    expect([cells.get('A1'), cells.get('B1')]).toEqual(['组号', '原行号']);
    const fromGroup1 = [...cells]
      .filter(([address, text]) => /^A\d+$/.test(address) && text === '1')
      .map(([address]) => Number(cells.get(`B${address.slice(1)}`)));
    expect(fromGroup1).toEqual(first);
    await grid.shoot('duplicates-copied');
    await page.getByRole('tab', { name: '重复客户 (2)', exact: true }).click();
    expect(await grid.all()).toBe(copied);
  });
});
