/**
 * The demo grid governed while people type, in headless Chromium: after setup, selecting a governed
 * cell shows its input message, a bad email is refused with the stop alert (Retry keeps what was
 * typed), a mistyped phone is kept with the warning, and with auto-govern on a new row gets the
 * next customer ID and its typed values in canonical form. Chinese and English sheets. Saves the
 * alert's screenshots to docs/images/ for the README.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { demoGrid, describeE2e, openDemoBrowser, type DemoBrowser } from './demo-browser';

const IMAGES = path.resolve(__dirname, '..', '..', 'docs', 'images');

jest.setTimeout(120_000);

interface Words {
  lang: 'zh-CN' | 'en-US';
  read: string;
  apply: string;
  applied: string;
  sheetLanguage: string;
  sheetLanguageOption: string;
  autoGovern: RegExp;
  retry: string;
  ok: string;
  addRow: string;
  editCell: (address: string) => string;
  emailError: RegExp;
  phoneError: RegExp;
  emailPrompt: RegExp;
}

const ZH: Words = {
  lang: 'zh-CN',
  read: '读取表头',
  apply: '应用设置',
  applied: '完成：已设置工作表',
  sheetLanguage: '工作表语言',
  sheetLanguageOption: '中文',
  autoGovern: /录入时自动规范/,
  retry: '重试',
  ok: '确定',
  addRow: '添加一行',
  editCell: (address) => `编辑单元格 ${address}`,
  emailError: /邮箱/,
  phoneError: /13800138000/,
  emailPrompt: /@/,
};

const EN: Words = {
  lang: 'en-US',
  read: 'Read headers',
  apply: 'Apply setup',
  applied: 'Done: set up the sheet',
  sheetLanguage: 'Sheet language',
  sheetLanguageOption: 'English',
  autoGovern: /Govern as people type/,
  retry: 'Retry',
  ok: 'OK',
  addRow: 'Add a row',
  editCell: (address) => `Edit cell ${address}`,
  emailError: /email/i,
  phoneError: /phone/i,
  emailPrompt: /@/,
};

describeE2e('typing into the demo grid', () => {
  let demo: DemoBrowser;
  let page: Page;

  beforeAll(async () => {
    demo = await openDemoBrowser();
    page = demo.page;
    mkdirSync(IMAGES, { recursive: true });
  });

  afterAll(() => demo?.close());

  const cell = (address: string) => demoGrid(page).cell(address);
  const text = async (address: string) => (await demoGrid(page).text(address)).trim();
  /** The cell's text once it shows `expected` (governing a typed value runs off the page's thread), or as it is after 5 s. */
  const textBecomes = async (address: string, expected: string) => {
    for (let waited = 0; waited < 5000; waited += 100) {
      const now = await text(address);
      if (now === expected) return now;
      await page.waitForTimeout(100);
    }
    return text(address);
  };
  const sidebar = () => page.locator('#sidebar');

  /** Opens the demo, sets the sample sheet up in `words`' language and turns auto-govern on. */
  async function setUp(words: Words): Promise<void> {
    await page.goto(`${demo.url}/demo.html?lang=${words.lang}&theme=light`);
    await page.locator('[data-testid=grid]').waitFor();
    await sidebar().getByRole('button', { name: words.read }).click();
    await sidebar().getByLabel(words.sheetLanguage).selectOption({ label: words.sheetLanguageOption });
    await sidebar().getByRole('button', { name: words.apply }).click();
    await sidebar().getByText(words.applied).waitFor();
    await sidebar().getByRole('switch', { name: words.autoGovern }).click();
    await expect(sidebar().getByRole('switch', { name: words.autoGovern }).isChecked()).resolves.toBe(true);
  }

  /**
   * Types into a cell as a person does: opens its editor (a double click), waits for it, then types.
   * Keys typed on the grid while the editor was still opening were lost on a busy machine, and a
   * double click landing while the grid redraws after an alert is lost too: a person clicks again.
   */
  async function typeInto(address: string, typed: string, key = 'Enter'): Promise<void> {
    const editor = page.getByRole('textbox', {
      name: new RegExp(`^(?:${ZH.editCell(address)}|${EN.editCell(address)})$`),
    });
    for (let attempt = 0; attempt < 5 && !(await editor.isVisible()); attempt++) {
      await cell(address).dblclick();
      await editor.waitFor({ timeout: 2000 }).catch(() => undefined);
    }
    await editor.fill(typed);
    await editor.press(key);
  }

  async function governsTyping(words: Words, screenshot: string): Promise<void> {
    await setUp(words);
    const newRow = (await page.locator('[data-testid=grid] tbody tr').count()) + 1;
    const idBefore = await text(`A${newRow - 1}`);

    // Selecting the email cell of the blank row shows the rule's input message.
    await cell(`E${newRow}`).click();
    await expect(page.getByRole('note').textContent()).resolves.toMatch(words.emailPrompt);

    // A bad email: the stop alert; Retry goes back to the editor with what was typed.
    await typeInto(`E${newRow}`, 'wang@');
    const alert = page.getByRole('alertdialog');
    await expect(alert.getByTestId('entry-alert-message').textContent()).resolves.toMatch(words.emailError);
    await page.screenshot({ path: path.join(IMAGES, screenshot) });
    await alert.getByRole('button', { name: words.retry }).click();
    const editor = page.getByRole('textbox', { name: words.editCell(`E${newRow}`) });
    await expect(editor.inputValue()).resolves.toBe('wang@');
    await editor.fill('Wang.Fang@Example.COM');
    await editor.press('Enter');
    expect(await text(`E${newRow}`)).toBe('wang.fang@example.com'); // written the way Clean writes it
    expect(await text(`A${newRow}`)).toBe(''); // no name, company or phone yet: not a customer row, no ID

    // A name makes it a new customer row: the next ID, and the name tidied.
    await typeInto(`B${newRow}`, '  王芳 ', 'Tab');
    expect(await text(`B${newRow}`)).toBe('王芳');
    const id = await text(`A${newRow}`);
    expect(id).toMatch(/^C\d{6}$/);
    expect(Number(id.slice(1))).toBeGreaterThan(Number(idBefore.slice(1)));

    // A mistyped phone: the warning, and the value stays as typed.
    await typeInto(`D${newRow}`, '138-0013-800O');
    await expect(page.getByRole('alertdialog').getByTestId('entry-alert-message').textContent()).resolves.toMatch(
      words.phoneError,
    );
    await page.getByRole('alertdialog').getByRole('button', { name: words.ok }).click();
    // The next cell is typed once the alert has closed: typed while it closes, the keys were lost.
    await page.getByRole('alertdialog').waitFor({ state: 'hidden' });
    expect(await text(`D${newRow}`)).toBe('138-0013-800O');

    // A phone typed with spaces is written the way Clean writes it.
    await typeInto(`D${newRow}`, '138 0013 8000');
    expect(await textBecomes(`D${newRow}`, '13800138000')).toBe('13800138000');

    // Add a row: the editor opens in the row below, in the selected column; a name gives it the next ID.
    await cell(`B${newRow}`).click();
    await page.getByRole('button', { name: words.addRow }).click();
    await page.getByRole('textbox', { name: words.editCell(`B${newRow + 1}`) }).fill('Ada Lovelace');
    await page.keyboard.press('Enter');
    expect(await text(`B${newRow + 1}`)).toBe('Ada Lovelace');
    expect(Number((await text(`A${newRow + 1}`)).slice(1))).toBe(Number(id.slice(1)) + 1);
  }

  test('a Chinese sheet refuses a bad email, warns on a phone and numbers the new row when people type', async () => {
    await governsTyping(ZH, 'entry-alert-zh-CN.png');
  });

  test('an English sheet refuses a bad email, warns on a phone and numbers the new row when people type', async () => {
    await governsTyping(EN, 'entry-alert-en-US.png');
  });
});
