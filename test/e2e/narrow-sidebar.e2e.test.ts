/**
 * The sidebar at 320 px (Google Sheets' sidebar, a narrow Excel task pane) in headless Chromium, in
 * zh-CN and en-US: every tab, with Check's issues, Clean's changes and a duplicates preview shown, fits
 * without horizontal scrolling and breaks no word in the middle (no word-break: break-all);
 * a screenshot of each is saved in test-output/screenshots (narrow-<lang>-<tab>.png).
 * Skipped (with a message) only when /usr/bin/chromium is missing: CI installs Debian's chromium.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, describeE2e, openDemoBrowser, type DemoBrowser } from './demo-browser';

/** The demo puts the sidebar under the sheet at full width below 640 px: the window is the sidebar's width. */
const WIDTH = 320;

jest.setTimeout(120_000);

const LANGS = {
  'en-US': {
    tabs: ['Set up', 'Check', 'Clean', 'Duplicates', 'Export', 'Insights', 'History'],
    check: 'Check sheet',
    checked: / issues in \d+ rows/,
    clean: 'Preview changes',
    cleaned: / changes selected/,
    find: 'Find duplicates',
    preview: 'Show what merging writes',
  },
  'zh-CN': {
    tabs: ['设置', '检查', '清理', '重复', '导出', '分析', '历史'],
    check: '检查工作表',
    checked: /个问题/,
    clean: '预览修改',
    cleaned: /已选 \d+/,
    find: '查找重复',
    preview: '预览合并写入的内容',
  },
} as const;

describeE2e('the sidebar at 320 px in Chromium', () => {
  let demo: DemoBrowser;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    demo = await openDemoBrowser();
    ({ page, url } = demo);
    await page.setViewportSize({ width: WIDTH, height: 900 });
  });

  afterAll(() => demo?.close());

  const sidebar = () => page.locator('#sidebar');

  /** Elements wider than their box: the tab row, the open panel, and anything in it that scrolls sideways. */
  const overflowing = () =>
    sidebar().evaluate((root) => {
      const wide = (el: Element) => el.scrollWidth > el.clientWidth + 1;
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}.${
          (el.getAttribute('class') ?? '').split(' ')[0]
        } (${el.scrollWidth} > ${el.clientWidth})`;
      const tabs = root.querySelector('[role=tablist]');
      const panel = root.querySelector('[role=tabpanel]:not([hidden])');
      const found: string[] = [];
      if (!tabs || !panel) return ['no tab row or panel'];
      for (const el of [root, tabs, panel]) if (wide(el)) found.push(name(el));
      for (const el of Array.from(panel.querySelectorAll('*'))) {
        const style = getComputedStyle(el);
        // An element that clips or scrolls its overflow hides content a user cannot reach at this width.
        if (style.overflowX !== 'visible' && el.tagName !== 'SELECT' && wide(el)) found.push(name(el));
      }
      if (document.documentElement.scrollWidth > window.innerWidth) found.push('the page');
      // break-all splits English words anywhere ("En / glish"); overflow-wrap: anywhere breaks only what cannot fit.
      for (const el of Array.from(panel.querySelectorAll('*')))
        if (getComputedStyle(el).wordBreak === 'break-all')
          found.push(`${el.tagName.toLowerCase()}: word-break break-all`);
      return [...new Set(found)];
    });

  test.each(Object.keys(LANGS) as (keyof typeof LANGS)[])(
    'every tab fits 320 px without sideways scrolling in %s',
    async (lang) => {
      const words = LANGS[lang];
      await page.goto(`${url}/demo.html?lang=${lang}&theme=light`);
      await sidebar().getByRole('tab', { name: words.tabs[0] }).waitFor();
      const tabRow = sidebar().getByRole('tablist');
      for (const tab of words.tabs) {
        // Every tab is reachable: inside the row's box, not clipped at its edge.
        const box = (await sidebar().getByRole('tab', { name: tab }).boundingBox())!;
        const row = (await tabRow.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(row.x + row.width + 1);
      }
      for (const [index, tab] of words.tabs.entries()) {
        await sidebar().getByRole('tab', { name: tab }).click();
        if (tab === words.tabs[1]) {
          await sidebar().getByRole('button', { name: words.check }).click();
          await sidebar().getByText(words.checked).first().waitFor();
        }
        if (tab === words.tabs[2]) {
          await sidebar().getByRole('button', { name: words.clean }).click();
          await sidebar().getByText(words.cleaned).first().waitFor();
        }
        if (tab === words.tabs[3]) {
          await sidebar().getByRole('button', { name: words.find }).click();
          const first = sidebar().getByTestId('cluster-1');
          await first.getByRole('button', { name: words.preview }).click();
          await first.locator('[data-column]').first().waitFor();
        }
        // What a user sees: a window of the sidebar (the whole of Clean's list would be thousands of px tall).
        const shown = tab === words.tabs[3] ? sidebar().getByTestId('cluster-1') : sidebar();
        await shown.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8));
        await page.screenshot({ path: path.join(SCREENSHOTS, `narrow-${lang}-${index + 1}.png`) });
        expect({ tab, overflowing: await overflowing() }).toEqual({ tab, overflowing: [] });
      }
    },
  );
});
