import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as csvSheet from '../../shared/files/csv-sheet';
import { run, tempDir } from './run';

// A Chinese team's export with a duplicated customer, and a Western one.
const LISTS = {
  'zh-CN': [
    '客户名称,联系人,手机,邮箱,城市',
    '上海星辰贸易有限公司,张伟,13800138000,zhangwei@xingchen.com,上海',
    '北京华信科技有限公司,王芳,13912345678,wangfang@huaxin.cn,北京',
    '上海星辰贸易有限公司,张伟,+86 138 0013 8000,ZhangWei@xingchen.com,上海',
  ].join('\r\n'),
  'en-US': [
    'Company,Contact,Email,Phone,Country',
    'Acme Inc.,Jane Smith,jane@acme.com,+1 415 555 0100,US',
    'Globex GmbH,Hans Müller,hans@globex.de,+49 30 1234567,DE',
    'Acme Inc,Jane Smith,JANE@ACME.COM,(415) 555-0100,US',
  ].join('\n'),
};

const dir = tempDir();
const TODAY = ['--today', '2026-11-26'];

describe('custodian on CSV input', () => {
  const build = jest.spyOn(csvSheet, 'workbookFromCsvSnapshot');
  afterEach(() => build.mockClear());
  afterAll(() => build.mockRestore());

  test.each(Object.entries(LISTS))(
    'builds no workbook when a %s list is checked, deduplicated, reported on or its history read',
    async (locale, text) => {
      const file = `${locale}.csv`;
      writeFileSync(join(dir, file), text);
      expect((await run(['check', file, ...TODAY], dir)).code).toBe(0);
      const dedupe = await run(['dedupe', file, '--json'], dir);
      expect(dedupe.code).toBe(0);
      expect((JSON.parse(dedupe.stdout) as { clusters: { rows: number[] }[] }).clusters[0]?.rows).toEqual([2, 4]);
      expect((await run(['report', file, ...TODAY], dir)).code).toBe(0);
      expect((await run(['history', file], dir)).code).toBe(0);
      expect(build).not.toHaveBeenCalled();
    },
  );

  test.each(Object.entries(LISTS))(
    'builds no workbook when a %s list is cleaned to CSV or .xlsx',
    async (locale, text) => {
      const file = `${locale}-clean.csv`;
      writeFileSync(join(dir, file), text);
      expect((await run(['clean', file, '-o', `${locale}-out.csv`, ...TODAY], dir)).code).toBe(0);
      expect((await run(['clean', file, '-o', `${locale}-out.xlsx`, ...TODAY], dir)).code).toBe(0);
      expect(build).not.toHaveBeenCalled();
    },
  );
});
