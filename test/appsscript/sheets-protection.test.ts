/**
 * Protection in Google Sheets, through the built Code.js and the sidebar's host: setup protects the
 * header row and the customer-ID column as real protected ranges (not warnings) that only the user who
 * set up may edit (the owner and domain admins always can, as Sheets decides), and undo removes them.
 */
import { planSetup } from '../../shared/operations/setup';
import { invertPlan } from '../../shared/plan/invert-plan';
import { emptyPlan } from '../../shared/plan/plan';
import { EFFECTIVE_USER } from './emulator/model';
import { buildGas, readDist } from './gas-runtime';
import { startSession, type Session } from './pipeline';

const NOW = new Date(Date.UTC(2025, 2, 3, 9, 0, 0));

let code = '';
beforeAll(() => {
  buildGas({ sidebar: false });
  code = readDist('Code.js');
});

function protections(session: Session, sheet: string) {
  return session.emulator.book.sheet(sheet)!.protections.map((p) => ({
    description: p.description,
    range: `R${p.range.row}C${p.range.col}:${p.range.rows}x${p.range.cols}`,
    warningOnly: p.warningOnly,
    editors: p.editors,
    domainEdit: p.domainEdit,
  }));
}

describe('sheets-protection', () => {
  test.each([
    [
      'zh-CN',
      '客户',
      [
        ['客户名称', '手机号码', '客户编号'],
        ['张三', '13800138000', 'C000001'],
      ],
      3,
    ],
    [
      'en-US',
      'Customers',
      [
        ['Customer ID', 'Name', 'Email'],
        ['C000001', 'Ada Lovelace', 'ada@example.com'],
      ],
      1,
    ],
  ])(
    'protects the header row and the ID column for the user alone when a %s list is set up',
    async (_l, name, rows, idCol) => {
      const session = startSession(code, (e) => e.addSheet(name, rows));
      const plan = planSetup(await session.host.readSnapshot(), { now: NOW }).plan;
      await session.host.applyPlan(plan);
      const sheet = session.emulator.book.sheet(name)!;
      const locked = { warningOnly: false, editors: [EFFECTIVE_USER], domainEdit: false };
      expect(protections(session, name)).toEqual([
        { description: 'Custodian: header row', range: `R1C1:1x${sheet.maxCols}`, ...locked },
        { description: 'Custodian: customer ID column', range: `R1C${idCol}:${sheet.maxRows}x1`, ...locked },
      ]);

      // Set up again: its ranges are replaced, not added twice; the inverse of the first setup's protection removes them.
      await session.host.applyPlan(planSetup(await session.host.readSnapshot(), { now: NOW }).plan);
      expect(protections(session, name)).toHaveLength(2);
      await session.host.applyPlan({ ...emptyPlan(name), protection: invertPlan(plan).protection! });
      expect(protections(session, name)).toEqual([]);
    },
  );
});
