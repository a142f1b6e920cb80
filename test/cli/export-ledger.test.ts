/**
 * `custodian export` of a sales ledger (客户台账) with 省, 市, 区, a credit code and 行业: what the
 * summary says each CRM column reads is what the file holds, 电子 stays electronics, and each
 * company's account keeps its credit code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';

const TODAY = ['--today', '2024-06-10'];

function readRows(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

// ledger.xlsx rows 5, 6, 7 and 11.
// prettier-ignore
const LEDGER = [
  ['客户名称', '统一社会信用代码', '联系人', '手机', '省', '市', '区', '行业', '负责人'],
  ['北京中科远望信息技术有限公司', '91110108MA01ABCD2X', '张伟', '13910002000', '北京市', '北京市', '海淀区', 'IT/互联网', '赵敏'],
  ['上海浦江物流（集团）有限公司', '91310115132209876K', '陈静', '13601234567', '上海市', '上海市', '浦东新区', '物流', '李娜'],
  ['上海浦江物流(集团)有限公司', '', '陈静', '13601234567', '上海', '上海', '浦东', '物流', '李娜'],
  ['合肥科大讯达电子有限公司', '91340100MA2NABCDEF', '吴敏', '13705511234', '安徽省', '合肥市', '蜀山区', '电子', '赵敏'],
];

describe('custodian export of a 客户台账', () => {
  const dir = tempDir();

  test('Salesforce: Mailing City ← 市 + 区 as the file holds it, no empty street; 电子 as typed', async () => {
    writeUtf8Csv(join(dir, 'ledger.csv'), LEDGER, { bom: true });
    const result = await run(['export', 'ledger.csv', '--to', 'salesforce', '-o', 'ledger_sf.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const said = result.stdout + result.stderr;
    expect(said).toContain('Mailing City ← 市 + 区');
    expect(said).not.toContain('Mailing Street');
    const rows = readRows(join(dir, 'ledger_sf.csv'));
    expect(rows[0]!['Mailing City']).toBe('北京市海淀区');
    expect(rows[3]!['Mailing City']).toBe('合肥市蜀山区');
    expect(rows[3]!['行业']).toBe('电子');
  });

  test('纷享销客 客户: each company keeps its credit code, 电子 as typed', async () => {
    writeUtf8Csv(join(dir, 'ledger.csv'), LEDGER, { bom: true });
    const result = await run(['export', 'ledger.csv', '--to', 'fxiaoke', '-o', 'ledger_fx.csv', ...TODAY], dir);
    expect(result.code).toBe(0);
    const accounts = readRows(join(dir, 'ledger_fx.csv'));
    expect(accounts.map((r) => [r['客户名称'], r['统一社会信用代码'], r['行业']])).toEqual([
      ['北京中科远望信息技术有限公司', '91110108MA01ABCD2X', 'IT/互联网'],
      ['上海浦江物流（集团）有限公司', '91310115132209876K', '物流'],
      ['合肥科大讯达电子有限公司', '91340100MA2NABCDEF', '电子'],
    ]);
  });
});
