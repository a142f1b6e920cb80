/**
 * The template editor in the demo's sidebar at 320 px in headless Chromium, in zh-CN and en-US: the
 * region list opens with its first options and a find box, a renamed option is saved (the done
 * notice shows), and nothing scrolls sideways. Screenshots: test-output/screenshots/template-editor-<lang>.png.
 */
import path from 'node:path';
import { describeE2e, openDemoBrowser, SCREENSHOTS, type DemoBrowser } from './demo-browser';

jest.setTimeout(120_000);

const WORDS = {
  'zh-CN': {
    title: '模板',
    edit: '编辑模板',
    field: '字段',
    region: '地区',
    option: '选项 1 的中文名称',
    renamed: '北京市辖区',
    save: '保存模板',
    saved: /已将模板保存到工作簿/,
  },
  'en-US': {
    title: 'Template',
    edit: 'Edit template',
    field: 'Field',
    region: 'Region',
    option: 'English name of option 1',
    renamed: 'Beijing City',
    save: 'Save template',
    saved: /saved the template in the workbook/,
  },
} as const;

describeE2e('TemplateEditor in the demo at 320 px', () => {
  let demo: DemoBrowser;
  beforeAll(async () => {
    demo = await openDemoBrowser();
    await demo.page.setViewportSize({ width: 320, height: 1200 });
  });
  afterAll(() => demo?.close());

  test.each(Object.keys(WORDS) as (keyof typeof WORDS)[])(
    'renames a region option and saves it in %s',
    async (lang) => {
      const words = WORDS[lang];
      const { page } = demo;
      await page.goto(`${demo.url}/demo.html?lang=${lang}&theme=light`);
      const sidebar = page.locator('#sidebar');
      await sidebar.getByRole('button', { name: words.edit }).click();
      await sidebar.getByRole('combobox', { name: words.field }).selectOption({ label: words.region });
      const option = sidebar.getByRole('textbox', { name: words.option, exact: true });
      await option.fill(words.renamed);
      await sidebar
        .getByRole('region', { name: words.title })
        .screenshot({ path: path.join(SCREENSHOTS, `template-editor-${lang}.png`) });
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(sideways).toBe(false);
      await sidebar.getByRole('button', { name: words.save }).click();
      await sidebar.getByText(words.saved).waitFor();
    },
  );
});
