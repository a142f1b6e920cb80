/**
 * The built folder as clasp pushes it (three files, a self-contained Sidebar.html), then
 * the built Sidebar.html in headless Chromium, as Sheets shows it: the page is what the menu item
 * "Check" hands to HtmlService, and google.script.run is a stand-in that forwards every
 * call to Code.js in a vm over the emulated spreadsheet. Runs set up → check → clean and asserts
 * the emulated sheet's cells after each write; saves a screenshot of each view.
 * Skipped (with a message) only when /usr/bin/chromium is missing: CI installs Debian's chromium.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { planClean } from '../../shared/operations/clean';
import { planSetup } from '../../shared/operations/setup';
import { expectSameSheets } from './compare';
import { createEmulator, type Emulator } from './emulator/services';
import {
  buildGasAsync,
  GAS_DIST,
  loadServer,
  readDist,
  ROOT,
  scriptRun,
  transport,
  type GasServer,
} from './gas-runtime';
import { client } from './sidebar-modules';
import { messyList, SHEET } from './fixtures';
import { Reference } from './reference';

const CHROMIUM = '/usr/bin/chromium';
const SIDEBAR_URL = 'https://sidebar.custodian.test/userCodeAppPanel';
const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(`Sidebar e2e skipped: ${CHROMIUM} is missing (apt-get install -y chromium); CI installs it.`);
const describeE2e = hasChromium ? describe : describe.skip;

jest.setTimeout(90_000);

/** google.script.run in the page: each call goes to window.__gasCall (exposed by the test) as JSON. */
const SCRIPT_RUN_STAND_IN = `
(() => {
  const runner = (success, failure) => new Proxy({}, {
    get(_target, key) {
      if (key === 'withSuccessHandler') return (fn) => runner(fn, failure);
      if (key === 'withFailureHandler') return (fn) => runner(success, fn);
      if (typeof key !== 'string') return undefined;
      return (...args) => {
        window.__gasCall(key, JSON.stringify(args)).then(
          (json) => success && success(JSON.parse(json)),
          (error) => failure && failure(new Error(String(error && error.message || error))),
        );
      };
    },
  });
  window.google = { script: { get run() { return runner(); } } };
})();
`;

beforeAll(async () => {
  await buildGasAsync({ sidebar: true });
});

describe('dist/appsscript', () => {
  test('clasp pushes exactly Code.js, Sidebar.html and appsscript.json with the example .clasp.json', async () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'custodian-clasp-'));
    try {
      mkdirSync(path.join(project, 'dist', 'appsscript'), { recursive: true });
      for (const file of ['Code.js', 'Sidebar.html', 'appsscript.json'])
        copyFileSync(path.join(GAS_DIST, file), path.join(project, 'dist', 'appsscript', file));
      copyFileSync(path.join(ROOT, '.clasp.json.example'), path.join(project, '.clasp.json'));
      const clasp = path.join(ROOT, 'node_modules', '.bin', 'clasp');
      const { stdout } = await promisify(execFile)(clasp, ['status', '--json'], { cwd: project, encoding: 'utf8' });
      expect((JSON.parse(stdout) as { filesToPush: string[] }).filesToPush.sort()).toEqual([
        'dist/appsscript/Code.js',
        'dist/appsscript/Sidebar.html',
        'dist/appsscript/appsscript.json',
      ]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  test('appsscript.json asks for the narrowest scopes', () => {
    expect(JSON.parse(readDist('appsscript.json'))).toEqual({
      timeZone: 'Asia/Shanghai',
      dependencies: {},
      exceptionLogging: 'STACKDRIVER',
      runtimeVersion: 'V8',
      oauthScopes: [
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/script.container.ui',
      ],
    });
  });

  test('Sidebar.html is one self-contained page: one inline script, nothing loaded from elsewhere', () => {
    const html = readDist('Sidebar.html');
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<(script|link|img)\b[^>]*\b(src|href)=/i);
    expect(html).not.toContain('<!--');
    expect(html).toContain('<div id="root" data-view=""></div>');
  });
});

describeE2e('Sidebar.html in Chromium over the vm server', () => {
  let browser: Browser;
  let page: Page;
  let emulator: Emulator;
  let server: GasServer;
  let reference: Reference;
  const serverCalls: string[] = [];
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { values, formulas } = messyList(30);
    emulator = createEmulator({ files: { Sidebar: readDist('Sidebar.html') }, userLocale: 'en_US' });
    emulator.addSheet(SHEET, values, { formulas });
    server = loadServer(readDist('Code.js'), emulator);
    server.call('openCheck');
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
    // Sheets' sidebar is 300 px wide.
    const context = await browser.newContext({ viewport: { width: 300, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.exposeFunction('__gasCall', (name: string, argsJson: string) => {
      serverCalls.push(name);
      const args = JSON.parse(argsJson) as unknown[];
      return JSON.stringify(transport(server.call(name, ...args), `result of ${name}`));
    });
    await page.addInitScript(SCRIPT_RUN_STAND_IN);
    // The page is served at a made-up address (init scripts run on navigation, not on setContent);
    // every other request fails: the sidebar must be self-contained.
    await page.route('**/*', (route) =>
      route.request().url() === SIDEBAR_URL
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: emulator.sidebars[0]!.content })
        : route.abort(),
    );
    await page.goto(SIDEBAR_URL);
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `gas-${name}.png`), fullPage: true });
  const button = (name: string | RegExp) => page.getByRole('button', { name });

  test("opens on the view the menu item named, in the user's language", async () => {
    await page.getByRole('tab', { name: 'Check', selected: true }).waitFor();
    await button('Check sheet').waitFor();
    expect(serverCalls).toEqual(['environment']);
  });

  test('set up: reads the headers, applies the template to the sheet', async () => {
    await page.getByRole('tab', { name: 'Set up' }).click();
    await button('Read headers').click();
    await button('Apply setup').waitFor();
    const snapshot = await readSnapshotLikeTheSidebar();
    reference = new Reference(snapshot);
    await shot('setup');
    await button('Apply setup').click();
    await page.getByText('Done: set up the sheet').waitFor();
    reference.apply(planSetup(snapshot, { now: await lastOperationTime() }).plan);
    expectSameSheets(emulator, reference.workbook);
    const sheet = emulator.book.sheet(SHEET)!;
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.filter).not.toBeNull();
    expect(emulator.valuesOf(SHEET)[0]!.slice(0, 4)).toEqual(['客户编号', '姓名', '性别', '手机']);
  });

  test('check: lists the issues of the set-up sheet', async () => {
    await page.getByRole('tab', { name: 'Check' }).click();
    await button('Check sheet').click();
    await page
      .getByRole('status')
      .filter({ hasText: /issues in \d+ rows/ })
      .waitFor();
    await shot('check');
  });

  test('clean: previews the changes and writes them', async () => {
    const before = await readSnapshotLikeTheSidebar();
    const expected = planClean(before).plan;
    await page.getByRole('tab', { name: 'Clean' }).click();
    await button('Preview changes').click();
    const apply = button(`Apply ${expected.edits.length} changes`);
    await apply.waitFor();
    await shot('clean');
    await apply.click();
    await page.getByText(`Done: cleaned ${expected.edits.length} cells`).waitFor();
    reference.apply(planClean(before, { now: await lastOperationTime() }).plan);
    expectSameSheets(emulator, reference.workbook);
    expect(emulator.valuesOf(SHEET)[1]!.slice(0, 5)).toEqual([
      'C000001',
      '张伟',
      '男',
      '13800138000',
      'user0@example.com',
    ]);
    await shot('clean-done');
  });

  /** When the sidebar's last operation ran, as the workbook's history records it: the reference logs the same time. */
  async function lastOperationTime(): Promise<Date> {
    const meta = (await readSnapshotLikeTheSidebar()).meta ?? {};
    return new Date((JSON.parse(meta[`op.${meta['op.seq']}`] ?? '{}') as { at: string }).at);
  }

  /** The sheet as the sidebar reads it, straight from the server (no page involved). */
  function readSnapshotLikeTheSidebar() {
    return client.createSheetsHost({ server: client.createServerCall(scriptRun(server).run) }).readSnapshot();
  }
});
