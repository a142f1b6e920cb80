/**
 * The demo in headless Chromium for e2e tests: builds demo.html (and its worker) into a temporary
 * folder, serves it and opens a page; grid helpers read its cells. Tests skip (with a message) only
 * when /usr/bin/chromium is missing: CI installs Debian's chromium.
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
export const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');

export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`e2e skipped: ${CHROMIUM} is missing (apt-get install -y chromium); CI installs it.`);
export const describeE2e = hasChromium ? describe : describe.skip;

export interface DemoBrowser {
  /** The served folder's address: `${url}/demo.html?lang=…`. */
  url: string;
  page: Page;
  close(): Promise<void>;
}

export async function openDemoBrowser(): Promise<DemoBrowser> {
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'custodian-e2e-'));
  await promisify(execFile)(
    process.execPath,
    [path.join(ROOT, 'scripts', 'build-addin.mjs'), '--demo-only', '--outdir', outdir],
    { cwd: ROOT },
  );
  mkdirSync(SCREENSHOTS, { recursive: true });
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    rmSync(outdir, { recursive: true, force: true });
  };
  try {
    server = await serveFolder(outdir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    page.setDefaultTimeout(15_000); // a missing element fails at its step, not at the test's timeout
    page.on('pageerror', (error) => {
      throw error;
    });
    return { url: server.url, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The demo grid's cells as the user sees them. */
export function demoGrid(page: Page) {
  const cell = (address: string) => page.locator(`[data-testid=grid] [data-cell="${address}"]`);
  return {
    cell,
    text: async (address: string) => (await cell(address).textContent()) ?? '',
    dataRows: () => page.locator('[data-testid=grid] tbody tr').count(),
    /** Every cell as `A1=text` lines, to compare whole sheets. */
    all: () =>
      page.$$eval('[data-testid=grid] [data-cell]', (cells) =>
        cells.map((c) => `${c.getAttribute('data-cell')}=${c.textContent}`).join('\n'),
      ),
    shoot: (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) }),
  };
}
