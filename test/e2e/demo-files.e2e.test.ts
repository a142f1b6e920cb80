/**
 * End to end in headless Chromium: the demo opens the user's own files through the file input (a
 * GBK CSV from Chinese Excel, an English .xlsx with a read-me sheet and a hidden sheet), runs
 * check and clean on them, saves the workbook as .xlsx and reads the download back with exceljs.
 * A file that is not a spreadsheet is refused in the page's language and the workbook stays.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { demoGrid, describeE2e, openDemoBrowser, type DemoBrowser } from './demo-browser';

jest.setTimeout(90_000);

/** A Chinese team's export from Excel on Windows ("CSV (逗号分隔)"): GBK, CRLF, phones as typed. */
const CHINESE_CSV = iconv.encode(
  '姓名,手机号,邮箱,城市\r\n' +
    '张三,+86 138 0013 8000,zhangsan@example.cn,杭州\r\n' +
    '李四,139-0013-9000,LISI@Example.CN ,上海\r\n' +
    '王五,13700137000,wangwu@example.cn,北京\r\n',
  'gbk',
);

async function englishWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Read me').addRows([['Customer list, updated every Monday'], ['Owner: Sales operations']]);
  workbook.addWorksheet('Customers').addRows([
    ['Name', 'Email', 'Phone', 'Joined'],
    ['Ann Lee', ' ANN.LEE@Example.com', '(415) 555-0132', new Date(Date.UTC(2024, 2, 5))],
    ['Bob Stone', 'bob.stone@example.com', '415-555-0199', new Date(Date.UTC(2023, 10, 20))],
  ]);
  workbook.getWorksheet('Customers')!.getColumn(4).numFmt = 'yyyy-mm-dd';
  workbook.addWorksheet('Regions', { state: 'hidden' }).addRows([['West'], ['East']]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A regional list as handed over: a title merged across the list, who made it, then the header. */
async function titledWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('华东区');
  sheet.addRows([
    ['2024年华东区客户名单'],
    ['制表人：何静'],
    ['客户名称', '联系人', '手机', '城市'],
    ['杭州西子网络科技有限公司', '刘晓明', '135 8888 9999', '杭州'],
    ['宁波东海贸易有限公司', '王芳', '13912345678', '宁波'],
  ]);
  sheet.mergeCells('A1:D1');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describeE2e('demo.html opens and saves files', () => {
  let demo: DemoBrowser;
  let page: Page;
  let grid: ReturnType<typeof demoGrid>;

  beforeAll(async () => {
    demo = await openDemoBrowser();
    page = demo.page;
    grid = demoGrid(page);
  });

  afterAll(async () => {
    await demo?.close();
  });

  const text = (address: string) => grid.text(address);
  const sidebar = () => page.locator('#sidebar');
  const status = () => page.getByTestId('file-status');

  async function openFile(name: string, mimeType: string, buffer: Buffer) {
    await page.getByTestId('file-input').setInputFiles({ name, mimeType, buffer });
  }

  /** Drops a file on the file bar as a file manager would. */
  async function dropFile(name: string, type: string, buffer: Buffer) {
    const dataTransfer = await page.evaluateHandle(
      ({ name, type, bytes }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
        return transfer;
      },
      { name, type, bytes: [...buffer] },
    );
    await page.getByTestId('file-drop').dispatchEvent('dragover', { dataTransfer });
    await page.getByTestId('file-drop').dispatchEvent('drop', { dataTransfer });
  }

  /** Clicks the save button and reads the downloaded workbook back. */
  async function saveAndRead(button: string): Promise<{ name: string; workbook: ExcelJS.Workbook }> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    return { name: download.suggestedFilename(), workbook };
  }

  test('cleans a GBK CSV opened in Chinese and saves the cleaned list as .xlsx', async () => {
    await page.goto(`${demo.url}/demo.html?lang=zh-CN&theme=light`);
    await page.locator('[data-testid=grid]').waitFor();

    // Not a spreadsheet: refused in Chinese, the sample list stays on screen.
    const sample = await text('A1');
    await openFile('报价单.pdf', 'application/pdf', Buffer.from('%PDF-1.7\n1 0 obj\n'));
    await status()
      .getByText('报价单.pdf 不是电子表格（看起来是PDF 文档）。Custodian 读取 .xlsx 和 .csv 文件。')
      .waitFor();
    expect(await text('A1')).toBe(sample);

    // Two exports pasted together (UTF-8, then a GBK line), dropped on the page: refused, nothing replaced.
    const mixed = Buffer.concat([
      Buffer.from('姓名,手机号\r\n张三,13800138000\r\n'),
      iconv.encode('李四,13900139000\r\n', 'gbk'),
    ]);
    await dropFile('合并.csv', 'text/csv', mixed);
    await status()
      .getByText(/^合并\.csv 混用了两种文字编码：.*但第 3 行是另一种编码/)
      .waitFor();
    await grid.shoot('demo-open-refused');
    expect(await text('A1')).toBe(sample);

    await openFile('客户名单.csv', 'text/csv', CHINESE_CSV);
    await status().getByText('已打开 客户名单.csv：显示工作表“客户名单”。').waitFor();
    expect(await text('A1')).toBe('姓名');
    expect(await text('B3')).toBe('139-0013-9000');
    expect(await text('D4')).toBe('北京');

    await sidebar().getByRole('tab', { name: '检查' }).click();
    await sidebar().getByRole('button', { name: '检查工作表' }).click();
    await sidebar()
      .getByText(/个问题/)
      .first()
      .waitFor();

    await sidebar().getByRole('tab', { name: '清理' }).click();
    await sidebar().getByRole('button', { name: '预览修改' }).click();
    await sidebar()
      .getByRole('button', { name: /^应用 \d+ 处修改$/ })
      .click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=grid] [data-cell="B3"]')?.textContent === '13900139000',
    );
    expect(await text('B2')).toBe('13800138000');
    expect(await text('C3')).toBe('lisi@example.cn');
    await grid.shoot('demo-open-csv');

    const saved = await saveAndRead('另存为 .xlsx');
    expect(saved.name).toBe('客户名单-custodian.xlsx');
    const sheet = saved.workbook.getWorksheet('客户名单')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '姓名', '手机号', '邮箱', '城市']);
    expect(sheet.getCell('B2').value).toBe('13800138000');
    expect(sheet.getCell('B3').value).toBe('13900139000');
    expect(sheet.getCell('C3').value).toBe('lisi@example.cn');
    expect(sheet.getCell('A4').value).toBe('王五');
  });

  test('a list under a title opens as it is; Set up moves its header to row 1 in one click, undo puts the title back', async () => {
    await page.goto(`${demo.url}/demo.html?lang=zh-CN&theme=light`);
    await page.locator('[data-testid=grid]').waitFor();
    await openFile(
      '华东区.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      await titledWorkbook(),
    );
    await status()
      .getByText(/华东区\.xlsx/)
      .waitFor();
    expect(await text('A1')).toBe('2024年华东区客户名单');
    expect(await text('A3')).toBe('客户名称');

    await sidebar().getByRole('tab', { name: '设置' }).click();
    await sidebar().getByRole('button', { name: '读取表头' }).click();
    await sidebar()
      .getByRole('alert')
      .getByText(/表头看起来在第 3 行/)
      .waitFor();
    await sidebar().getByRole('button', { name: '把表头移到第 1 行' }).click();
    await sidebar().getByText('完成：已把表头移到第 1 行').waitFor();
    expect(await text('A1')).toBe('客户名称');
    expect(await text('A2')).toBe('杭州西子网络科技有限公司');
    await sidebar()
      .getByRole('combobox', { name: /第 A 列（客户名称）/ })
      .waitFor();
    await grid.shoot('demo-header-lifted');

    await sidebar().getByRole('tab', { name: '历史' }).click();
    await sidebar().getByRole('button', { name: '撤销：表头移到第 1 行' }).click();
    await sidebar()
      .getByText(/完成：已撤销/)
      .waitFor();
    expect(await text('A1')).toBe('2024年华东区客户名单');
    expect(await text('A3')).toBe('客户名称');
  });

  test('opens the customer sheet of an English workbook, cleans it and saves every sheet back', async () => {
    await page.goto(`${demo.url}/demo.html?lang=en-US&theme=light`);
    await page.locator('[data-testid=grid]').waitFor();
    await openFile(
      'customers.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      await englishWorkbook(),
    );
    await status().getByText('Opened customers.xlsx: showing the sheet "Customers".').waitFor();
    expect(await text('B2')).toBe(' ANN.LEE@Example.com');

    await sidebar().getByRole('tab', { name: 'Clean' }).click();
    await sidebar().getByRole('button', { name: 'Preview changes' }).click();
    await sidebar()
      .getByRole('button', { name: /^Apply \d+ changes?$/ })
      .click();
    await sidebar()
      .getByText(/Done: cleaned \d+ cells?/)
      .waitFor();
    expect(await text('B2')).toBe('ann.lee@example.com');
    await grid.shoot('demo-open-xlsx');

    const saved = await saveAndRead('Save as .xlsx');
    expect(saved.name).toBe('customers-custodian.xlsx');
    expect(saved.workbook.worksheets.map((s) => [s.name, s.state])).toEqual(
      expect.arrayContaining([
        ['Read me', 'visible'],
        ['Customers', 'visible'],
        ['Regions', 'hidden'],
      ]),
    );
    const sheet = saved.workbook.getWorksheet('Customers')!;
    expect(sheet.getCell('B2').value).toBe('ann.lee@example.com');
    expect(sheet.getCell('D2').value).toEqual(new Date(Date.UTC(2024, 2, 5)));
    expect(saved.workbook.getWorksheet('Read me')!.getCell('A1').value).toBe('Customer list, updated every Monday');
  });
});
