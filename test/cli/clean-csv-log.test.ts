/**
 * A CSV cleaned into an .xlsx is set up, then cleaned: the workbook's log and history hold both
 * steps, one after the other, as they do when an .xlsx is cleaned.
 */
import { join } from 'node:path';
import { run, tempDir } from './run';
import { readXlsx, writeUtf8Csv } from './fixtures';

describe('custodian clean of a CSV into an .xlsx', () => {
  const dir = tempDir();

  it('logs set up and clean in one log sheet, numbered in order, and keeps both in the history', async () => {
    writeUtf8Csv(join(dir, '会员.csv'), [
      ['会员姓名', '手机号', '生日'],
      ['李明', '138 0013 8000', '1990/5/3'],
      ['王芳', '139-1234-5678', '1988年12月25日'],
    ]);
    expect((await run(['clean', '会员.csv', '-o', '会员-clean.xlsx'], dir)).code).toBe(0);
    const log = (await readXlsx(join(dir, '会员-clean.xlsx'))).getWorksheet('操作日志')!;
    const rows: unknown[][] = [];
    log.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toHaveLength(3);
    expect(rows.filter((r) => r[0] === rows[0]![0])).toHaveLength(1); // one header row
    expect(rows.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['1', '设置工作表'],
      ['2', '清理'],
    ]);
    const history = await run(['history', '会员-clean.xlsx'], dir);
    expect(history.stdout).toMatch(/2 项操作/);
    expect(history.stdout).toMatch(/设置工作表，工作表“会员”/);
    expect(history.stdout).toMatch(/清理，工作表“会员”/);
  });
});
