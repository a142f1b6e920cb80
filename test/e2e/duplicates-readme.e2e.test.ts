/**
 * The README's picture of the duplicate workflow, taken in the demo in headless Chromium at 380 px
 * (a narrow Excel task pane, about Google Sheets' sidebar): the Duplicates tab after Find duplicates,
 * with the settings, the actions for every likely group and the first group's merge preview showing a
 * per-column choice. Saved as docs/images/duplicates-sidebar.png.
 * Skipped (with a message) only when /usr/bin/chromium is missing: CI installs Debian's chromium.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describeE2e, openDemoBrowser, type DemoBrowser } from './demo-browser';

const IMAGES = path.resolve(__dirname, '..', '..', 'docs', 'images');
const WIDTH = 380;

jest.setTimeout(120_000);

describeE2e('duplicates-readme', () => {
  let demo: DemoBrowser;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    demo = await openDemoBrowser();
    ({ page, url } = demo);
    await page.setViewportSize({ width: WIDTH, height: 1400 });
    mkdirSync(IMAGES, { recursive: true });
  });

  afterAll(() => demo?.close());

  const sidebar = () => page.locator('#sidebar');

  test('shows the settings, the actions and a per-column choice when an English user finds duplicates', async () => {
    await page.goto(`${url}/demo.html?lang=en-US&theme=light`);
    await sidebar().getByRole('tab', { name: 'Duplicates' }).click();
    await sidebar().getByRole('button', { name: 'Find duplicates' }).click();
    const group = sidebar().getByTestId('cluster-1');
    await group.getByRole('button', { name: 'Show what merging writes' }).click();
    await group.getByRole('combobox', { name: 'Keep in 公司名称' }).selectOption({ label: 'Row 8: 星辰科技' });
    await group.getByText('公司名称: 北京星辰科技有限公司 → 星辰科技').waitFor();
    for (const action of ['Add a status column', 'Copy to a new sheet', 'Move to a new sheet', 'Delete duplicates'])
      expect(await sidebar().getByRole('button', { name: action }).isVisible()).toBe(true);
    expect(await sidebar().getByText('Match', { exact: true }).isVisible()).toBe(true);

    // From the tab row to the company choice in the first group (page coordinates): what the README shows.
    const pageBox = (selector: string) =>
      sidebar()
        .locator(selector)
        .first()
        .evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
        });
    const top = (await pageBox('[role=tablist]')).top - 8;
    const bottom = (await pageBox('[data-testid=cluster-1] [data-column="公司名称"]')).bottom + 8;
    await page.screenshot({
      path: path.join(IMAGES, 'duplicates-sidebar.png'),
      clip: { x: 0, y: top, width: WIDTH, height: bottom - top },
      fullPage: true,
    });
    // Nothing sideways: the panel fits the narrow pane.
    expect(await sidebar().evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  });
});
