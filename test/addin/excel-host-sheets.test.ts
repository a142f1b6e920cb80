/** The Excel host's calls for combining sheets: the visible sheets in one sync, a named sheet read like the active one. */
import { HostError } from '../../shared/host/host';
import { ExcelEmulator } from './excel-emulator';
import { customerRows, hostFor } from './helpers';

const LIMIT = 5 * 1024 * 1024;

describe('Excel host sheetNames and readSnapshot({ sheet })', () => {
  test('lists visible sheets in tab order in one sync when Custodian and the user have hidden sheets', async () => {
    const excel = new ExcelEmulator()
      .addSheet('销售A', [['客户名称'], ['张伟']])
      .addSheet('旧名单', [['姓名']], { hidden: true })
      .addSheet('Trade show', [['Name'], ['Zhang Wei']])
      .addMeta({ locale: 'zh-CN' });
    expect(await hostFor(excel).sheetNames()).toEqual(['销售A', 'Trade show']);
    expect(excel.syncCount).toBe(1);
  });

  test('reads a big sheet that is not the active one in chunks under the 5 MB limit, with the meta', async () => {
    const rows = customerRows(24_000).map((row, i) =>
      i === 0 ? [...row, 'Address'] : [...row, `${i} Long Street Name, Some District, Big City 200000`],
    );
    const excel = new ExcelEmulator()
      .addSheet('销售A', [['客户名称'], ['张伟']], { active: true })
      .addSheet('Big', rows)
      .addMeta({ locale: 'zh-CN' });
    const progress: number[] = [];
    const snapshot = await hostFor(excel).readSnapshot({ sheet: 'Big', onProgress: (p) => progress.push(p.done) });
    expect(snapshot.name).toBe('Big');
    expect(snapshot.values).toEqual(excel.grid('Big'));
    expect(snapshot.meta).toEqual({ locale: 'zh-CN' });
    expect(excel.syncCount).toBeGreaterThan(2);
    expect(excel.syncLog.filter((s) => !s.error).every((s) => s.responseBytes < LIMIT && s.requestBytes < LIMIT)).toBe(
      true,
    );
    expect(progress.at(-1)).toBe(24_001);
    expect(excel.activeSheet).toBe('销售A'); // reading another sheet does not switch to it
  });

  test('names the sheet it could not read when no sheet has that name', async () => {
    const excel = new ExcelEmulator().addSheet('销售A', [['客户名称']]);
    const read = hostFor(excel).readSnapshot({ sheet: '展会名单' });
    await expect(read).rejects.toBeInstanceOf(HostError);
    await expect(read).rejects.toMatchObject({ message: expect.stringContaining('"展会名单"') });
  });
});
