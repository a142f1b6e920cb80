import { readSnapshot, readWorkbookFile } from '../../cli/io/read-workbook';
import { checkSheet } from '../../shared/check/check-sheet';
import { findDuplicates } from '../../shared/dedupe';
import { customersWorkbook, saveWorkbook, tempDir, writeBytes } from './fixtures';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

// As Chinese teams export a CRM list: a blank column between blocks, a short row, trailing blank
// fields and lines, and a duplicated customer.
const CHINESE = [
  '客户名称,联系人,手机,,邮箱,备注,,',
  '上海星辰贸易有限公司,张伟,13800138000,,zhangwei@xingchen.com,,,',
  '北京华信科技有限公司,王芳,139 1234 5678,,wangfang@huaxin.cn,老客户',
  '上海星辰贸易有限公司,张伟,+86 138-0013-8000,,ZhangWei@xingchen.com,,,',
  ',,,,,,,',
  '',
].join('\r\n');

const CHINESE_VALUES = [
  ['客户名称', '联系人', '手机', null, '邮箱', '备注'],
  ['上海星辰贸易有限公司', '张伟', '13800138000', null, 'zhangwei@xingchen.com', null],
  ['北京华信科技有限公司', '王芳', '139 1234 5678', null, 'wangfang@huaxin.cn', '老客户'],
  ['上海星辰贸易有限公司', '张伟', '+86 138-0013-8000', null, 'ZhangWei@xingchen.com', null],
];

// A Western export: semicolons (European Excel), quoted fields with commas, an empty row inside.
const ENGLISH = [
  'Company;Contact;Email;Phone;Country',
  '"Acme, Inc.";Jane Smith;jane@acme.com;+1 415 555 0100;US',
  ';;;;',
  'Globex GmbH;Hans Müller;hans@globex.de;;DE',
  'Acme Inc;Jane Smith;JANE@ACME.COM;(415) 555-0100;US',
].join('\n');

const ENGLISH_VALUES = [
  ['Company', 'Contact', 'Email', 'Phone', 'Country'],
  ['Acme, Inc.', 'Jane Smith', 'jane@acme.com', '+1 415 555 0100', 'US'],
  [null, null, null, null, null],
  ['Globex GmbH', 'Hans Müller', 'hans@globex.de', null, 'DE'],
  ['Acme Inc', 'Jane Smith', 'JANE@ACME.COM', '(415) 555-0100', 'US'],
];

describe('readWorkbookFile (csv without a worksheet)', () => {
  test.each([
    ['zh-CN', 'customers-zh.csv', CHINESE, CHINESE_VALUES],
    ['en-US', 'customers-en.csv', ENGLISH, ENGLISH_VALUES],
  ])('builds no workbook when a %s CSV is read, checked and deduplicated', async (_locale, name, text, values) => {
    const loaded = await readWorkbookFile(writeBytes(tmp.file(name), text), { readOnly: true });
    expect(loaded.snapshot.values).toEqual(values);
    expect(loaded.snapshot.textOnly).toBe(true);

    const checked = checkSheet(loaded.snapshot);
    const duplicates = findDuplicates(loaded.snapshot);
    expect(checked.rows).toBe(values.slice(1).filter((row) => row.some((v) => v !== null)).length);
    expect(duplicates.clusters.some((c) => c.rows.includes(2) && c.rows.includes(values.length))).toBe(true);
    expect(loaded.workbookBuilt).toBe(false);
  });

  test.each([
    ['zh-CN', 'build-zh.csv', CHINESE, CHINESE_VALUES],
    ['en-US', 'build-en.csv', ENGLISH, ENGLISH_VALUES],
  ])(
    'builds the one-sheet workbook of the same values when a %s CSV is to be written',
    async (_l, name, text, values) => {
      const loaded = await readWorkbookFile(writeBytes(tmp.file(name), text));
      const sheet = loaded.workbook.getWorksheet(loaded.sheetName);
      expect(loaded.workbookBuilt).toBe(true);
      expect(loaded.workbook.worksheets).toHaveLength(1);
      expect(sheet?.getCell('A2').value).toBe(values[1]![0]);
      expect(readSnapshot(loaded)).toEqual({ name: loaded.sheetName, values, textOnly: true });
      // Built once: later reads get the workbook plans were applied to.
      sheet!.getCell('A2').value = '改名';
      expect(loaded.workbook.getWorksheet(loaded.sheetName)?.getCell('A2').value).toBe('改名');
    },
  );

  test('leaves workbookBuilt absent when an .xlsx file is read', async () => {
    const file = await saveWorkbook(customersWorkbook(), tmp.file('customers.xlsx'));
    const loaded = await readWorkbookFile(file);
    expect(loaded.workbookBuilt).toBeUndefined();
    expect(loaded.workbook.getWorksheet(loaded.sheetName)).toBeDefined();
  });
});
