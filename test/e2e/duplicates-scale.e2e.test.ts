/**
 * The Duplicates tab on a 10,000-row list in headless Chromium: Find duplicates, scroll the group
 * list (only the cards in view are drawn), open a preview and pick a value. The main thread's long
 * tasks are printed; the target (none over 200 ms) is timed by bench/demo-duplicates.bench.ts, on a
 * machine doing nothing else, as timing belongs in benchmarks.
 * Skipped (with a message) only when /usr/bin/chromium is missing: CI installs Debian's chromium.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, describeE2e, openDemoBrowser, type DemoBrowser } from './demo-browser';

jest.setTimeout(180_000);

declare global {
  interface Window {
    longTasks: Array<{ start: number; duration: number }>;
  }
}

describeE2e('duplicates on a 10,000-row list in Chromium', () => {
  let demo: DemoBrowser;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    demo = await openDemoBrowser();
    ({ page, url } = demo);
    page.setDefaultTimeout(60_000); // the search runs in the worker on a shared 2-core machine
    // Every main-thread task over 50 ms from the first script on, with its start time.
    await page.addInitScript(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          window.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
  });

  afterAll(() => demo?.close());

  const sidebar = () => page.locator('#sidebar');
  const longTasksSince = (start: number) =>
    page.evaluate((since) => window.longTasks.filter((t) => t.start >= since), start);

  test('finds, draws and scrolls thousands of groups, and opens a preview', async () => {
    await page.goto(`${url}/demo.html?lang=en-US&rows=10000`);
    await sidebar().getByRole('tab', { name: 'Duplicates' }).click();
    // Loading the page (building 10,000 sample rows, the grid) is not what is measured.
    await page.waitForTimeout(500);
    const now = () => page.evaluate(() => performance.now());
    const start = await now();
    /** When each phase ended (ms after the click), to tell which one a long task belongs to. */
    const phases: Record<string, number> = {};
    const ended = async (phase: string) => (phases[phase] = Math.round((await now()) - start));

    await sidebar().getByRole('button', { name: 'Find duplicates' }).click();
    await sidebar().getByText('Looking for duplicates…').waitFor();
    const summary = sidebar().getByText(/groups? of possible duplicates among [\d,]+ rows/);
    await summary.waitFor();
    const groups = Number((await summary.textContent())!.match(/^([\d,]+) groups/)![1]!.replace(/,/g, ''));
    expect(groups).toBeGreaterThan(1000);
    await ended('found');

    // Only the cards in view are drawn, whatever the number of groups.
    const list = sidebar().getByRole('region', { name: 'Duplicate groups' });
    const drawn = () => list.locator('[data-testid^="cluster-"]').count();
    expect(await drawn()).toBeLessThan(40);
    expect(await sidebar().getByRole('radio').count()).toBeLessThan(200);

    // Scroll through the list in steps, then to the end.
    for (let step = 0; step < 10; step++) {
      await list.evaluate((el) => el.scrollBy(0, 1500));
      await page.waitForTimeout(50);
    }
    // Cards are measured as they are drawn, so the end may move once: scroll to it until the last group shows.
    const last = sidebar().getByTestId(`cluster-${groups}`);
    for (let tries = 0; tries < 5 && (await last.count()) === 0; tries++) {
      await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.waitForTimeout(100);
    }
    await last.waitFor();
    expect(await drawn()).toBeLessThan(40);
    await list.evaluate((el) => el.scrollTo(0, 0));
    await ended('scrolled');

    // A preview is planned in the worker; a pick plans it again.
    const first = sidebar().getByTestId('cluster-1');
    await first.getByRole('button', { name: 'Show what merging writes' }).click();
    await first.getByText(/to the archive sheet/).waitFor();
    const pick = first.getByRole('combobox', { name: /^Keep in / }).first();
    const options = await pick.locator('option').allTextContents();
    await pick.selectOption({ label: options[options.length - 1]! });
    await first.getByText(/to the archive sheet/).waitFor();
    await ended('preview');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'duplicates-10k.png') });

    const long = await longTasksSince(start);
    const tasks = long.map((t) => `${Math.round(t.start - start)}+${Math.round(t.duration)}`).join(' ');
    console.log(`10k rows, ${groups} groups; phases ended at ${JSON.stringify(phases)} ms; tasks over 50 ms: ${tasks}`);
  });
});
