/**
 * End to end in headless Chromium at 320 px: the demo with a second list (?lists=2, a trade show's
 * leads) combines both sheets into a new sheet and compares them, in zh-CN and en-US, with the
 * sidebar fitting its width; screenshots in test-output/screenshots (combine-<lang>-*.png).
 * Skipped (with a message) only when /usr/bin/chromium is missing: CI installs Debian's chromium.
 */
import type { Page } from 'playwright-core';
import { demoGrid, describeE2e, openDemoBrowser, type DemoBrowser } from './demo-browser';

jest.setTimeout(120_000);

const WIDTH = 320;

const LANGS = {
  'zh-CN': {
    tab: '重复',
    load: '选择工作表',
    run: '合并到新工作表',
    done: /^完成：已将 2 份名单合并到工作表「合并名单」（\d+ 行）；可能重复的客户 \d+ 组（跨名单 \d+ 组）列在「重复客户」$/,
    a: '在此名单中查找（A）',
    b: '要核对的名单（B）',
    compare: '对比',
    compared: /^完成：「展会名单」与「客户名单」对比：已在 A 中：2 位客户；/,
  },
  'en-US': {
    tab: 'Duplicates',
    load: 'Choose sheets',
    run: 'Combine into a new sheet',
    done: /^Done: combined 2 lists into the sheet "合并名单" \(\d+ rows\); likely duplicates: \d+ groups?, \d+ groups? across lists, listed on "重复客户"$/,
    a: 'Look in (A)',
    b: 'Check (B)',
    compare: 'Compare',
    compared: /^Done: "展会名单" compared with "客户名单": already in A: 2 customers; /,
  },
} as const;

describeE2e('combine and compare sheets in demo.html at 320 px', () => {
  let demo: DemoBrowser;
  let page: Page;
  let grid: ReturnType<typeof demoGrid>;

  beforeAll(async () => {
    demo = await openDemoBrowser();
    page = demo.page;
    grid = demoGrid(page);
    await page.setViewportSize({ width: WIDTH, height: 900 });
  });

  afterAll(() => demo?.close());

  const sidebar = () => page.locator('#sidebar');
  /** Sideways overflow of the page or the open panel (what a user would have to scroll to see). */
  const overflow = () =>
    sidebar().evaluate((root) => {
      const panel = root.querySelector('[role=tabpanel]:not([hidden])');
      const wide = (el: Element | null) => !!el && el.scrollWidth > el.clientWidth + 1;
      return [
        ...(wide(root) ? ['sidebar'] : []),
        ...(wide(panel) ? ['panel'] : []),
        ...(document.documentElement.scrollWidth > window.innerWidth ? ['page'] : []),
      ];
    });

  test.each(Object.keys(LANGS) as (keyof typeof LANGS)[])(
    'combines the two lists into new sheets and marks the trade show list against the customers in %s',
    async (lang) => {
      const w = LANGS[lang];
      await page.goto(`${demo.url}/demo.html?lang=${lang}&theme=light&lists=2`);
      await page.locator('[data-testid=grid]').waitFor();
      await sidebar().getByRole('tab', { name: w.tab }).click();
      await sidebar().getByRole('button', { name: w.load }).click();
      await sidebar().getByRole('checkbox', { name: '客户名单' }).check();
      await sidebar().getByRole('checkbox', { name: '展会名单' }).check();
      await sidebar().getByRole('button', { name: w.run }).click();
      await page.getByText(w.done).waitFor();

      // The new sheet is shown; the customer list's language leads, and each row says where it came from.
      await page.locator('[data-testid=grid][data-sheet="合并名单"]').waitFor();
      const header = await page.$$eval(
        '[data-testid=grid] thead th, [data-testid=grid] tr:first-child [data-cell]',
        (cells) => cells.map((c) => c.textContent ?? ''),
      );
      expect(header).toContain('出处');
      expect(await grid.all()).toMatch(/=客户名单 第 2 行\n/);
      expect(await grid.all()).toMatch(/=展会名单 第 5 行(\n|$)/);
      await sidebar().getByRole('button', { name: w.run }).scrollIntoViewIfNeeded();
      await grid.shoot(`combine-${lang}-combined`);
      expect(await overflow()).toEqual([]);

      await sidebar().getByLabel(w.a).selectOption('客户名单');
      await sidebar().getByLabel(w.b).selectOption('展会名单');
      await sidebar().getByRole('button', { name: w.compare, exact: true }).click();
      await page.getByText(w.compared).waitFor();
      await page.locator('[data-testid=grid][data-sheet="展会名单"]').waitFor();
      expect(await grid.text('G1')).toBe('对比结果');
      // 张伟 is three rows of the sample list (its own duplicates): each is named.
      expect(await grid.text('G2')).toMatch(/^已存在（客户名单 第 2(、\d+)+ 行）$/);
      expect(await grid.text('G3')).toMatch(/^已存在（客户名单 第 [\d、]+ 行）$/);
      expect(await grid.text('G4')).toBe('新客户');
      await sidebar().getByRole('button', { name: w.compare, exact: true }).scrollIntoViewIfNeeded();
      await grid.shoot(`combine-${lang}-compared`);
      expect(await overflow()).toEqual([]);
    },
  );
});
