/**
 * A code stored as a number is exported as its own cell shows it, as check and clean read it: a member
 * number typed 208 under 000000 in a column formatted "C"000000 is 000208, not C000208.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { planExport, type ExportFile } from '../../shared/export/plan-export';
import { NOW, usTemplate } from './fixtures';

function column(file: ExportFile, header: string): CellValue[] {
  const at = file.header.indexOf(header);
  expect(at).toBeGreaterThanOrEqual(0);
  return file.rows.map((row) => row[at] ?? null);
}

// A gym's member list: row 2's format is the column's; a cell with another format of its own is in extras.
const MEMBERS: SheetSnapshot = {
  name: '会员',
  values: [
    ['姓名', '会员编号', '手机', '会员等级', '邮编'],
    ['周杰', 8, '13600136000', '金卡', '518000'],
    ['吴敏', 'C000208', '13600136001', '银卡', '200030'],
    ['郑涛', 208, '13600136002', '普通', 10020],
    ['冯雪', 209, '13600136003', '金卡', '510000'],
    ['何斌', 77, '13600136004', '银卡', '310000'],
  ],
  columnFormats: [null, '"C"000000', null, null, null],
  extras: [
    { row: 4, col: 2, format: '000000' },
    { row: 4, col: 5, format: '000000' },
    { row: 5, col: 2, format: 'General' },
    { row: 6, col: 2, format: '"C"000000' },
  ],
};

const CUSTOMERS: SheetSnapshot = {
  name: 'Customers',
  values: [
    ['Customer ID', 'Name', 'Email', 'Zip', 'Country'],
    ['C000124', 'Ann Lee', 'ann@example.com', '94105', 'USA'],
    [125, 'Bob Ray', 'bob@example.com', 2134, 'USA'],
    [126, 'Cy Dow', 'cy@example.com', '10001', 'USA'],
  ],
  extras: [
    { row: 3, col: 1, format: '"CUST-"0000' },
    { row: 4, col: 1, format: '000000' },
  ],
};

describe('export of codes stored as numbers under their own cells’ formats', () => {
  test('a Chinese member list exports each member number and postcode as its cell shows it', () => {
    const { files } = planExport(MEMBERS, { crm: 'zoho', now: NOW });
    const contacts = files[0]!;
    expect(column(contacts, '会员编号')).toEqual(['C000008', 'C000208', '000208', '209', 'C000077']);
    expect(column(contacts, 'Mailing Zip')).toEqual(['518000', '200030', '010020', '510000', '310000']);
  });

  test('an English list whose first ID is text exports the numbers below it with their own formats', () => {
    const { files } = planExport(CUSTOMERS, { crm: 'hubspot', template: usTemplate(), now: NOW });
    const contacts = files[0]!;
    expect(column(contacts, 'Customer ID')).toEqual(['C000124', 'CUST-0125', '000126']);
  });
});
