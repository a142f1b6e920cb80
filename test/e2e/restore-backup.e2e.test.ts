/**
 * End to end in headless Chromium: the demo's sample list is cleaned in Chinese, then History →
 * Backups restores it after asking; the grid shows the list as it was, and undo brings the clean back.
 */
import type { Page } from 'playwright-core';
import { demoGrid, describeE2e, openDemoBrowser, type DemoBrowser } from './demo-browser';

jest.setTimeout(90_000);

describeE2e('demo.html restores a backup', () => {
  let demo: DemoBrowser;
  let page: Page;
  let grid: ReturnType<typeof demoGrid>;

  beforeAll(async () => {
    demo = await openDemoBrowser();
    page = demo.page;
    grid = demoGrid(page);
  });

  afterAll(async () => {
    await demo?.close();
  });

  const sidebar = () => page.locator('#sidebar');

  test('puts the sample list back as it was before clean when the user confirms Restore', async () => {
    await page.goto(`${demo.url}/demo.html?lang=zh-CN&theme=light`);
    await page.locator('[data-testid=grid]').waitFor();
    const original = await grid.all();

    await sidebar().getByRole('tab', { name: '清理' }).click();
    await sidebar().getByRole('button', { name: '预览修改' }).click();
    await sidebar()
      .getByRole('button', { name: /^应用 \d+ 处修改$/ })
      .click();
    await sidebar()
      .getByText(/^完成：已清理 \d+ 个单元格/)
      .waitFor();
    const cleaned = await grid.all();
    expect(cleaned).not.toBe(original);

    await sidebar().getByRole('tab', { name: '历史' }).click();
    await sidebar().getByRole('button', { name: '显示备份' }).click();
    const item = sidebar().getByTestId('backup-1');
    await item.getByText(/^清理之前的“.+”：\d+ 行$/).waitFor();
    await item.getByRole('button', { name: /^恢复备份：/ }).click();
    await item
      .getByRole('alert')
      .getByText(/的全部内容，包括之后所做的修改/)
      .waitFor();
    await grid.shoot('restore-backup-confirm');
    await item.getByRole('button', { name: '替换表格内容' }).click();
    await sidebar()
      .getByText(/^完成：已用 .+ 的备份恢复“.+”$/)
      .waitFor();
    expect(await grid.all()).toBe(original);

    await sidebar()
      .getByRole('button', { name: /^撤销：用 .+ 的备份恢复/ })
      .click();
    await sidebar()
      .getByText(/^完成：已撤销“用 .+ 的备份恢复/)
      .waitFor();
    expect(await grid.all()).toBe(cleaned);
    await grid.shoot('restore-backup-undone');
  });
});
