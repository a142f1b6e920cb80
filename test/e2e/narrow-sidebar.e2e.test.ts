/**
 * The sidebar at 320 px (Google Sheets' sidebar, a narrow Excel task pane) in headless Chromium, in
 * zh-CN and en-US: every tab, with Check's issues, Clean's changes and a duplicates preview shown, fits
 * without horizontal scrolling and breaks no word in the middle (no word-break: break-all);
 * a screenshot of each is saved in test-output/screenshots (narrow-<lang>-<tab>.png).
 * Skipped (with a message) only when /usr/bin/chromium is missing: CI installs Debian's chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveFolder, type StaticServer } from './static-server';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '..', '..');
const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`e2e skipped: ${CHROMIUM} is missing (apt-get install -y chromium); CI installs it.`);
const describeE2e = hasChromium ? describe : describe.skip;

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
    tabs: ['设置', '检查', '清洗', '重复', '导出', '分析', '历史'],
    check: '检查工作表',
    checked: /个问题/,
    clean: '预览修改',
    cleaned: /已选 \d+/,
    find: '查找重复',
    preview: '预览合并写入的内容',
  },
} as const;

describeE2e('the sidebar at 320 px in Chromium', () => {
  let outdir: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    outdir = mkdtempSync(path.join(os.tmpdir(), 'custodian-e2e-'));
    await promisify(execFile)(
      process.execPath,
      [path.join(ROOT, 'scripts', 'build-addin.mjs'), '--demo-only', '--outdir', outdir],
      { cwd: ROOT },
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await serveFolder(outdir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    page = await (await browser.newContext({ viewport: { width: WIDTH, height: 900 } })).newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => {
      throw error;
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outdir) rmSync(outdir, { recursive: true, force: true });
  });

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
      await page.goto(`${server.url}/demo.html?lang=${lang}&theme=light`);
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
