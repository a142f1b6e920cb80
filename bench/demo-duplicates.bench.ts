/**
 * Find duplicates in the browser demo on big lists (issue: results at 100,000 rows within 60 s on a
 * 2-core machine, with progress and cancel, and a page that never freezes): builds the demo, opens it
 * in headless Chromium with `?rows=N`, and prints for each size the time from the click to the
 * groups, the longest main-thread task, and how long Cancel takes to stop a search.
 * Usage: node scripts/run-bench.mjs bench/demo-duplicates.bench.ts [rows,rows…] (default 10000,100000).
 * Needs /usr/bin/chromium (Debian `chromium`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serveFolder } from '../test/e2e/static-server';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = process.cwd();
const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number);

declare global {
  interface Window {
    benchLongTasks: number[];
  }
}

async function open(page: Page, url: string, rows: number): Promise<void> {
  await page.goto(`${url}/demo.html?lang=en-US&rows=${rows}`, { timeout: 300_000 });
  await page.locator('#sidebar').getByRole('tab', { name: 'Duplicates' }).click();
  await page.waitForTimeout(500);
  await page.evaluate(() => (window.benchLongTasks = []));
}

async function findOnce(page: Page): Promise<{ seconds: number; groups: string; longestTask: number }> {
  const sidebar = page.locator('#sidebar');
  const started = Date.now();
  await sidebar.getByRole('button', { name: 'Find duplicates' }).click();
  const summary = sidebar.getByText(/groups? of possible duplicates among [\d,]+ rows/);
  await summary.waitFor({ timeout: 600_000 });
  const seconds = (Date.now() - started) / 1000;
  const groups = (await summary.textContent())?.match(/^([\d,]+)/)?.[1] ?? '?';
  const longestTask = await page.evaluate(() => Math.max(0, ...window.benchLongTasks));
  if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT });
  return { seconds, groups, longestTask };
}

/** Seconds from Cancel to the search stopping; null when the search ended before Cancel could be clicked. */
async function cancelOnce(page: Page): Promise<number | null> {
  const sidebar = page.locator('#sidebar');
  await sidebar.getByRole('button', { name: 'Find duplicates' }).click();
  await sidebar.getByText('Looking for duplicates…').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(300);
  const started = Date.now();
  try {
    await sidebar.getByRole('button', { name: 'Cancel' }).click({ timeout: 5_000 });
  } catch {
    // A small list's search can end within the wait: there was nothing left to cancel.
    if (await sidebar.getByText('Looking for duplicates…').isHidden()) return null;
    throw new Error('Cancel was not offered while the search ran');
  }
  await sidebar.getByRole('button', { name: 'Find duplicates' }).waitFor({ state: 'visible', timeout: 120_000 });
  await sidebar.getByText('Looking for duplicates…').waitFor({ state: 'hidden', timeout: 120_000 });
  return (Date.now() - started) / 1000;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);
    return;
  }
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'custodian-bench-demo-'));
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-addin.mjs'), '--demo-only', '--outdir', outdir]);
  const server = await serveFolder(outdir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
  try {
    console.log(`demo find duplicates · ${os.cpus().length} cores · load ${os.loadavg()[0]!.toFixed(1)}`);
    console.log('rows      find (s)  groups   longest task (ms)  cancel stops in (s)');
    for (const rows of sizes) {
      const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
      await page.addInitScript(() => {
        window.benchLongTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.benchLongTasks.push(entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      await open(page, server.url, rows);
      const cancel = await cancelOnce(page);
      await page.evaluate(() => (window.benchLongTasks = []));
      const { seconds, groups, longestTask } = await findOnce(page);
      console.log(
        `${String(rows).padEnd(10)}${seconds.toFixed(1).padStart(8)}  ${groups.padStart(7)}  ${String(Math.round(longestTask)).padStart(17)}  ${(cancel === null ? 'ended first' : cancel.toFixed(1)).padStart(19)}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(outdir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
