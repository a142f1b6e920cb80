/**
 * Typing into a selected cell of the demo grid without opening it first, in headless Chromium: text
 * an input method composes (Chinese pinyin: "wangfang" → 王芳) lands in the cell as it does in
 * Excel, and so do plain keys and text inserted at once (dictation, a pasted word). Before, the grid
 * only started editing on one-character keys, so composed text was lost.
 */
import type { CDPSession, Page } from 'playwright-core';
import { demoGrid, describeE2e, openDemoBrowser, type DemoBrowser } from './demo-browser';

jest.setTimeout(120_000);

describeE2e('typing into a selected cell of the demo grid', () => {
  let demo: DemoBrowser;
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    demo = await openDemoBrowser();
    page = demo.page;
    cdp = await page.context().newCDPSession(page);
  });

  afterAll(() => demo?.close());

  const text = async (address: string) => (await demoGrid(page).text(address)).trim();

  /** The sample sheet's first blank row, selected by a click. */
  async function selectBlankCell(lang: 'zh-CN' | 'en-US', column: string): Promise<string> {
    await page.goto(`${demo.url}/demo.html?lang=${lang}&theme=light`);
    await page.locator('[data-testid=grid]').waitFor();
    const row = (await page.locator('[data-testid=grid] tbody tr').count()) + 1;
    const address = `${column}${row}`;
    await demoGrid(page).cell(address).click();
    return address;
  }

  /** What a pinyin input method sends: the syllables as they are typed, then the chosen characters. */
  async function compose(syllables: string, chosen: string): Promise<void> {
    for (let end = 1; end <= syllables.length; end++) {
      const part = syllables.slice(0, end);
      await cdp.send('Input.imeSetComposition', { text: part, selectionStart: end, selectionEnd: end });
    }
    await cdp.send('Input.insertText', { text: chosen });
  }

  test('a name composed through a Chinese input method is written into the selected cell', async () => {
    const address = await selectBlankCell('zh-CN', 'B');
    await compose('wangfang', '王芳');
    const editor = page.getByRole('textbox', { name: `编辑单元格 ${address}` });
    await expect(editor.inputValue()).resolves.toBe('王芳');
    await editor.press('Enter');
    expect(await text(address)).toBe('王芳');
  });

  test('two compositions in a row keep both, as one cell', async () => {
    const address = await selectBlankCell('zh-CN', 'C');
    await compose('sen', '森');
    await compose('yuanjiancai', '源建材');
    const editor = page.getByRole('textbox', { name: `编辑单元格 ${address}` });
    await expect(editor.inputValue()).resolves.toBe('森源建材');
    await editor.press('Enter');
    expect(await text(address)).toBe('森源建材');
  });

  test('plain keys and text inserted at once still start the editor in an English sheet', async () => {
    const address = await selectBlankCell('en-US', 'B');
    await page.keyboard.type('Ada');
    const editor = page.getByRole('textbox', { name: `Edit cell ${address}` });
    await expect(editor.inputValue()).resolves.toBe('Ada');
    await page.keyboard.insertText(' Lovelace');
    await expect(editor.inputValue()).resolves.toBe('Ada Lovelace');
    await editor.press('Enter');
    expect(await text(address)).toBe('Ada Lovelace');

    // Text inserted into a selected cell with no key pressed first (dictation, an emoji picker).
    const next = address.replace(/\d+$/, (n) => String(Number(n) + 1));
    await demoGrid(page).cell(next).click();
    await page.keyboard.insertText('Grace Hopper');
    await page.keyboard.press('Enter');
    expect(await text(next)).toBe('Grace Hopper');
  });
});
