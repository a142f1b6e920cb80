/** The Google Sheets host's calls for combining sheets, through the built Code.js: one call for the names, a named sheet in chunks. */
import { buildGas, readDist } from './gas-runtime';
import { messyList, SHEET } from './fixtures';
import { startSession } from './pipeline';

let code = '';
beforeAll(() => {
  buildGas({ sidebar: false });
  code = readDist('Code.js');
});

const SHOW = [
  ['姓名', '手机号码', '展位'],
  ['张伟', '138 0013 8000', 'A12'],
  ['赵磊', '13600136000', 'B03'],
];

function twoLists(maxCellsPerCall?: number) {
  const { values, formulas } = messyList(99);
  return startSession(
    code,
    (e) => {
      e.addSheet(SHEET, values, { formulas });
      e.addSheet('展会名单', SHOW, { active: false });
      e.addSheet('_custodian', [['locale', 'zh-CN']], { hidden: true, active: false });
    },
    maxCellsPerCall ? { maxCellsPerCall } : {},
  );
}

describe('Sheets host sheetNames and readSnapshot({ sheet })', () => {
  test('lists the visible sheets in one server call, Custodian’s hidden sheet left out', async () => {
    const session = twoLists();
    expect(await session.measure('names', () => session.host.sheetNames())).toEqual([SHEET, '展会名单']);
    expect(session.calls.names!.serverCalls).toBe(1);
  });

  test('reads a sheet that is not the active one, in chunks, with the workbook meta', async () => {
    const session = twoLists(3);
    const snapshot = await session.measure('read', () => session.host.readSnapshot({ sheet: '展会名单' }));
    expect(snapshot.name).toBe('展会名单');
    expect(snapshot.values).toEqual(SHOW);
    expect(snapshot.meta).toEqual({ locale: 'zh-CN' });
    expect(session.calls.read!.serverCalls).toBe(3); // one row of three cells per call
    expect((await session.host.readSnapshot()).name).toBe(SHEET); // the active sheet is still the one read by default
  });

  test('names the sheet when no sheet has that name', async () => {
    const session = twoLists();
    await expect(session.host.readSnapshot({ sheet: '老客户' })).rejects.toMatchObject({
      name: 'HostError',
      message: 'The workbook has no sheet "老客户".',
    });
  });
});
