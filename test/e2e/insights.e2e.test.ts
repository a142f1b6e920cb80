/**
 * The Insights tab end to end in headless Chromium, in the demo (built like demo.e2e.test.ts): after
 * set up and a check, the charts render, axe finds nothing serious, a stale customer's click selects
 * its row in the grid, and a review action is previewed then applied. Screenshots in both languages
 * at 1280 px and 320 px (narrower than the Sheets sidebar's 300 px content plus padding).
 * Skipped (with a message) only when /usr/bin/chromium is missing.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { serveFolder, type StaticServer } from './static-server';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '..', '..');
const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) console.warn(`e2e skipped: ${CHROMIUM} is missing (apt-get install -y chromium); CI installs it.`);
const describeE2e = hasChromium ? describe : describe.skip;

jest.setTimeout(120_000);

const WORDS = {
  'en-US': {
    setup: 'Set up',
    read: 'Read headers',
    apply: 'Apply setup',
    setUp: 'Done: set up the sheet',
    check: 'Check',
    checkRun: 'Check sheet',
    checked: /issues in \d+ rows/,
    tab: 'Insights',
    run: 'Show insights',
    stale: /^Stale customers \(\d+\)$/,
    segment: '价值等级', // the demo sheet's own (Chinese) header
    go: /^Select row \d+: /,
    reviewed: 'Mark reviewed today',
    applied: /^Done: changed \d+ cells$/,
  },
  'zh-CN': {
    setup: '设置',
    read: '读取表头',
    apply: '应用设置',
    setUp: '完成：已设置工作表',
    check: '检查',
    checkRun: '检查工作表',
    checked: /\d+ 行中有/,
    tab: '分析',
    run: '查看分析',
    stale: /^长期未联系的客户（\d+）$/,
    segment: '价值等级',
    go: /^选中第 \d+ 行：/,
    reviewed: '标记为今天已回访',
    applied: /^完成：修改了 \d+ 个单元格$/,
  },
} as const;

describeE2e('the Insights tab in Chromium', () => {
  let outdir: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    outdir = mkdtempSync(path.join(os.tmpdir(), 'custodian-insights-e2e-'));
    await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts', 'build-addin.mjs'), '--outdir', outdir], {
      cwd: ROOT,
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await serveFolder(outdir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outdir) rmSync(outdir, { recursive: true, force: true });
  });

  async function openPage(locale: keyof typeof WORDS): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 1400 } })).newPage();
    page.setDefaultTimeout(20_000);
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${server.url}/demo.html?lang=${locale}&theme=light`);
    await page.locator('[data-testid=grid]').waitFor();
    expect(errors).toEqual([]);
    return page;
  }

  async function expectNoSeriousAxeViolations(page: Page, view: string) {
    // Tabster's focus-redirecting dummy inputs are a known false positive in Fluent v9 (see demo.e2e.test.ts).
    const results = await new AxeBuilder({ page })
      .include('#sidebar')
      .exclude('[data-tabster-dummy]')
      .options({ resultTypes: ['violations'] })
      .analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect({
      view,
      violations: serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    }).toEqual({ view, violations: [] });
  }

  test.each(['en-US', 'zh-CN'] as const)(
    'charts render, a click selects the row and a review applies (%s)',
    async (locale) => {
      const w = WORDS[locale];
      const page = await openPage(locale);
      const sidebar = page.locator('#sidebar');
      const shoot = (name: string) =>
        sidebar.screenshot({ path: path.join(SCREENSHOTS, `insights-${locale}-${name}.png`) });

      await sidebar.getByRole('tab', { name: w.setup }).click();
      await sidebar.getByRole('button', { name: w.read }).click();
      await sidebar.getByRole('button', { name: w.apply }).click();
      await sidebar.getByText(w.setUp).waitFor();
      await sidebar.getByRole('tab', { name: w.check }).click();
      await sidebar.getByRole('button', { name: w.checkRun }).click();
      await sidebar.getByText(w.checked).waitFor();

      await sidebar.getByRole('tab', { name: w.tab }).click();
      await sidebar.getByRole('button', { name: w.run }).click();
      await sidebar.getByTestId('quality-gauge').waitFor();
      // The charts: the gauge's arc, one trend point (the check above), bars per segment value.
      await expect(sidebar.getByTestId('quality-gauge').locator('path').count()).resolves.toBe(2);
      await expect(sidebar.getByTestId('quality-trend').locator('circle').count()).resolves.toBe(1);
      await expect(
        sidebar.getByRole('list', { name: w.segment }).getByRole('listitem').count(),
      ).resolves.toBeGreaterThan(2);
      await expect(sidebar.getByTestId('quality-fields').getByRole('listitem').count()).resolves.toBeGreaterThan(5);
      await expectNoSeriousAxeViolations(page, `insights ${locale}`);

      // A stale customer's click selects its row (the name cell, column B) in the grid.
      await expect(sidebar.getByRole('heading', { name: w.stale }).isVisible()).resolves.toBe(true);
      const first = sidebar.getByTestId('stale-list').getByRole('button', { name: w.go }).first();
      const row = Number(/\d+/.exec((await first.getAttribute('aria-label')) ?? '')![0]);
      await first.click();
      await expect(
        page.locator(`[data-testid=grid] [data-cell="B${row}"]`).getAttribute('data-selected'),
      ).resolves.toBe('true');

      // Tall windows, so the sidebar shows the whole tab without its own scroll bar.
      await page.setViewportSize({ width: 1280, height: 4200 });
      await shoot('1280');
      await page.setViewportSize({ width: 320, height: 7000 });
      await shoot('320');
      await page.setViewportSize({ width: 1280, height: 1400 });

      // Review: tick the oldest customer, mark reviewed today, preview, apply.
      await sidebar.getByTestId('stale-list').getByRole('checkbox').first().click();
      await sidebar.getByRole('button', { name: w.reviewed }).click();
      await sidebar.getByTestId('insights-preview').waitFor();
      await expectNoSeriousAxeViolations(page, `insights preview ${locale}`);
      await sidebar.getByTestId('insights-preview').getByRole('button').first().click();
      await sidebar.getByText(w.applied).waitFor();
      await page.context().close();
    },
  );
});
