/**
 * Per-column choices in the merge preview, in the demo in headless Chromium (the plans come from the
 * worker): the user keeps another row's company for one group and sums purchase counts, sees the
 * preview change, merges, and the grid holds those values. Both languages.
 * Skipped (with a message) only when /usr/bin/chromium is missing: CI installs Debian's chromium.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, demoGrid, describeE2e, openDemoBrowser, type DemoBrowser } from './demo-browser';

jest.setTimeout(120_000);

const LANGS = {
  'en-US': {
    tab: 'Duplicates',
    find: 'Find duplicates',
    preview: 'Show what merging writes',
    keepCompany: 'Keep in 公司名称',
    companyOption: 'Row 8: 星辰科技',
    countRule: 'Rule for 购买次数',
    sum: 'Sum',
    merge: 'Merge this group',
    archived: /to the archive sheet/,
    done: /Done: merged rows \d+, \d+ into row 2/,
  },
  'zh-CN': {
    tab: '重复',
    find: '查找重复',
    preview: '预览合并写入的内容',
    keepCompany: '公司名称保留',
    companyOption: '第 8 行：星辰科技',
    countRule: '购买次数的规则',
    sum: '求和',
    merge: '合并此组',
    archived: /移到归档工作表/,
    done: /完成：已将第 \d+、\d+ 行合并到第 2 行/,
  },
} as const;

describeE2e('merge preview choices in the demo', () => {
  let demo: DemoBrowser;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    demo = await openDemoBrowser();
    ({ page, url } = demo);
  });

  afterAll(() => demo?.close());

  const sidebar = () => page.locator('#sidebar');
  const cell = (address: string) => demoGrid(page).text(address);

  test.each(Object.keys(LANGS) as (keyof typeof LANGS)[])(
    'keeps the picked company and sums purchase counts when a user chooses them in %s',
    async (lang) => {
      const words = LANGS[lang];
      await page.goto(`${url}/demo.html?lang=${lang}&theme=light`);
      // 张伟 typed three times: rows 2, 8 (张 伟, 星辰科技, 2 purchases) and 25 (Zhang Wei, 1 purchase).
      expect([await cell('F2'), await cell('J2'), await cell('F8'), await cell('J8')]).toEqual([
        '北京星辰科技有限公司',
        '12',
        '星辰科技',
        '2',
      ]);
      await sidebar().getByRole('tab', { name: words.tab }).click();
      await sidebar().getByRole('button', { name: words.find }).click();
      const group = sidebar().getByTestId('cluster-1');
      await group.getByRole('button', { name: words.preview }).click();
      await group.getByText(words.archived).waitFor();
      // Unchosen, the survivor keeps its company and the largest purchase count.
      expect(await group.locator('li').allTextContents()).not.toContainEqual(
        expect.stringMatching(/^(公司名称|购买次数):/),
      );

      await group.getByRole('combobox', { name: words.keepCompany }).selectOption({ label: words.companyOption });
      await group.getByText('公司名称: 北京星辰科技有限公司 → 星辰科技').waitFor();
      await group.getByRole('combobox', { name: words.countRule }).selectOption({ label: words.sum });
      await group.getByText('购买次数: 12 → 15').waitFor();
      await group.getByRole('combobox', { name: words.keepCompany }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SCREENSHOTS, `merge-choices-${lang}.png`) });

      await group.getByRole('button', { name: words.merge }).click();
      await sidebar().getByText(words.done).waitFor();
      expect([await cell('B2'), await cell('F2'), await cell('J2')]).toEqual(['张伟', '星辰科技', '15']);
    },
  );
});
