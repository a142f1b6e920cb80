/**
 * End to end in headless Chromium: "Not the same customer" in /demo.html outlives the page. The demo
 * keeps its workbook in the page, so a reload is what a person does with it: save the workbook as
 * .xlsx, open the saved file (in a fresh page), and search again — the marked group stays apart.
 * Skipped (with a message) only when /usr/bin/chromium is missing: CI installs Debian's chromium.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { demoGrid, describeE2e, openDemoBrowser, type DemoBrowser } from './demo-browser';

jest.setTimeout(90_000);

describeE2e('the not-the-same mark in demo.html', () => {
  let demo: DemoBrowser;
  let page: Page;

  beforeAll(async () => {
    demo = await openDemoBrowser();
    page = demo.page;
  });

  afterAll(() => demo?.close());

  const sidebar = () => page.locator('#sidebar');
  const find = async () => {
    await sidebar().getByRole('tab', { name: '重复' }).click();
    await sidebar()
      .getByRole('button', { name: /^(查找重复|重新查找)$/ })
      .click();
    const summary = sidebar().getByText(/^在 [\d,]+ 行中发现 \d+ 组疑似重复$/);
    await summary.waitFor();
    return Number(/发现 (\d+) 组/.exec((await summary.textContent()) ?? '')![1]);
  };
  /** Each drawn group's rows (the radios of the row to keep); the list draws only the cards in view. */
  const groups = async () =>
    sidebar()
      .locator('[data-testid^="cluster-"]')
      .evaluateAll((cards) =>
        cards
          .filter((card) => /^cluster-\d+$/.test(card.getAttribute('data-testid') ?? ''))
          .map((card) =>
            [...card.querySelectorAll('input[type=radio]')].map((r) => Number((r as HTMLInputElement).value)),
          ),
      );

  test('keeps a marked group apart after the workbook is saved and opened again (zh-CN)', async () => {
    await page.goto(`${demo.url}/demo.html?lang=zh-CN&theme=light`);
    await page.locator('[data-testid=grid]').waitFor();
    const count = await find();
    const before = await groups();
    const marked = before[0]!;
    expect(marked.length).toBeGreaterThan(1);

    await sidebar().getByTestId('cluster-1').getByRole('button', { name: '不是同一客户' }).click();
    await sidebar()
      .getByText(new RegExp(`第 ${marked.join(', ')} 行已标记为不同客户`))
      .waitFor();

    // Save, then open the saved file in a fresh page: only the file carries the mark.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '另存为 .xlsx' }).click(),
    ]);
    const saved = readFileSync(await download.path());
    await page.goto(`${demo.url}/demo.html?lang=zh-CN&theme=light`);
    await page.locator('[data-testid=grid]').waitFor();
    await page.getByTestId('file-input').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: saved,
    });
    await page.getByTestId('file-status').waitFor();
    expect(await find()).toBe(count - 1);

    const after = await groups();
    expect(after.slice(0, before.length - 1)).toEqual(before.slice(1));
    for (const group of after) expect(marked.every((row) => group.includes(row))).toBe(false);
    await demoGrid(page).shoot('not-same-after-reopen');
  });
});
