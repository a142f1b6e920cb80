/**
 * Highlights in Google Sheets, through the built Code.js and the sidebar's host: one conditional
 * format rule per highlight over several ranges, replaced and removed without touching the user's rules.
 */
import type { MergeCluster } from '../../shared/merge/types';
import { duplicateActionPlan } from '../support/duplicate-list';
import { buildGas, readDist } from './gas-runtime';
import { startSession, type Session } from './pipeline';

const SHEET = 'Customers';
/** A Western team's CRM export: Mary Smith and John Brown each entered twice. */
const ROWS = [
  ['Customer ID', 'First Name', 'Last Name', 'Email', 'Spend'],
  ['C000101', 'Mary', 'Smith', 'mary.smith@example.com', 1200],
  ['C000102', 'John', 'Brown', 'jb@example.org', 300],
  ['C000140', 'Mary', 'Smith', 'MARY.SMITH@example.com', 80],
  ['C000150', 'Wei', 'Zhang', 'wei.zhang@example.cn', 2500],
  ['C000151', 'John', 'Brown', 'JB@example.org', 40],
];
const GROUPS: MergeCluster[] = [{ rows: [2, 4] }, { rows: [3, 6] }];

let code = '';
beforeAll(() => {
  buildGas({ sidebar: false });
  code = readDist('Code.js');
});

async function act(session: Session, action: 'highlight' | 'unhighlight', clusters = GROUPS) {
  const plan = duplicateActionPlan(await session.host.readSnapshot(), action, clusters, 'en-US');
  return session.host.applyPlan(plan);
}

/** The rules as a person sees them in Format > Conditional formatting: formula, fill, ranges. */
function rules(session: Session) {
  return session.emulator.book.sheet(SHEET)!.rules.map((rule) => ({
    formula: rule.formula,
    background: rule.background,
    ranges: rule.ranges.map((r) => `R${r.row}C${r.col}:${r.rows}x${r.cols}`),
  }));
}

function sessionWithUserRule(): Session {
  const session = startSession(code, (e) => e.addSheet(SHEET, ROWS));
  const sheet = session.emulator.book.sheet(SHEET)!;
  // The user's own rule: big spenders in yellow.
  sheet.rules.push({
    formula: '=$E2>1000',
    background: '#FFFF00',
    ranges: [{ sheet, row: 2, col: 5, rows: 5, cols: 1 }],
  });
  return session;
}

const userRule = { formula: '=$E2>1000', background: '#FFFF00', ranges: ['R2C5:5x1'] };

describe('sheets-highlights', () => {
  test('adds one rule per colour over its groups’ rows and keeps the user’s rule', async () => {
    const session = sessionWithUserRule();
    expect(await act(session, 'highlight')).toEqual({ skipped: [] });
    expect(rules(session)).toEqual([
      userRule,
      {
        formula: '=ISTEXT("Custodian highlight: duplicates-odd")',
        background: '#FCE4D6',
        ranges: ['R2C1:1x5', 'R4C1:1x5'],
      },
      {
        formula: '=ISTEXT("Custodian highlight: duplicates-even")',
        background: '#DDEBF7',
        ranges: ['R3C1:1x5', 'R6C1:1x5'],
      },
    ]);
    expect(session.emulator.valuesOf(SHEET)).toEqual(ROWS);
  });

  test('replaces its rules when run again, and removing leaves only the user’s rule', async () => {
    const session = sessionWithUserRule();
    await act(session, 'highlight');
    await act(session, 'highlight', [{ rows: [3, 6] }]);
    expect(rules(session).map((r) => r.ranges)).toEqual([['R2C5:5x1'], ['R3C1:1x5', 'R6C1:1x5']]);
    await act(session, 'unhighlight', []);
    expect(rules(session)).toEqual([userRule]);
  });
});
