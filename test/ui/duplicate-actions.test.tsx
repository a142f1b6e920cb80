/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { createMemoryHost } from '../../shared/host/memory-host';
import { emptySheet, findSheet, workbookFromSnapshot } from '../../shared/plan/apply-plan';
import { TEAM_LIST } from '../support/duplicate-list';
import { SHEET, makeHost, renderApp } from './helpers';

async function findDuplicates() {
  fireEvent.click(screen.getByRole('tab', { name: 'Duplicates' }));
  fireEvent.click(screen.getByRole('button', { name: 'Find duplicates' }));
  return screen.findByTestId('cluster-1');
}

const rows = (host: ReturnType<typeof makeHost>) => findSheet(host.state().workbook, SHEET)!.values;

describe('DuplicateActions', () => {
  test('deletes the likely group’s other row, says what is left, and History undoes it', async () => {
    const host = makeHost();
    const before = rows(host).map((r) => [...r]);
    await renderApp(host);
    await findDuplicates();
    fireEvent.click(screen.getByRole('button', { name: 'Delete duplicates' }));
    await screen.findByText('Done: Deleted 1 row from 1 group; 4 customers remain');
    expect(rows(host).map((r) => r[0])).toEqual(['Customer ID', 'C000001', 'C000002', null, 'C000004']);
    expect(findSheet(host.state().workbook, 'Custodian Archive')!.values[1]![4]).toBe(6);
    await screen.findByText('No duplicates found.'); // the search ran again on the changed sheet

    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo: Delete duplicates' }));
    await screen.findByText(/Done: undid "Delete duplicates"/);
    expect(rows(host)).toEqual(before);
  });

  test('copies one group from its card’s menu to a new sheet and leaves the list as it was', async () => {
    const host = makeHost();
    const before = rows(host).map((r) => [...r]);
    await renderApp(host);
    const group = await findDuplicates();
    fireEvent.click(within(group).getByRole('button', { name: 'More actions' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Copy to a new sheet' }));
    await screen.findByText(/^Done: Copied 2 rows from 1 group to “Duplicates”$/);
    expect(rows(host)).toEqual(before);
    const copy = findSheet(host.state().workbook, 'Duplicates')!;
    expect(copy.values.map((r) => r.slice(0, 3))).toEqual([
      ['Group', 'Source Row', 'Customer ID'],
      [1, 2, 'C000001'],
      [1, 6, 'C000005'],
    ]);
  });

  test('moves the groups to 重复客户 (2) when a Chinese workbook already has a sheet 重复客户', async () => {
    const workbook = workbookFromSnapshot({ name: '客户', values: TEAM_LIST });
    workbook.sheets.push({ ...emptySheet('重复客户'), values: [['上周整理的重复客户']] });
    const host = createMemoryHost(workbook, { environment: { locale: 'zh-CN', theme: 'light' } });
    await renderApp(host);
    fireEvent.click(screen.getByRole('tab', { name: '重复' }));
    fireEvent.click(screen.getByRole('button', { name: '查找重复' }));
    await screen.findByTestId('cluster-1');
    fireEvent.click(screen.getByRole('button', { name: '移动到新工作表' }));
    await screen.findByText(/处理了 2 组，移动 2 行到“重复客户 \(2\)”，剩余 3 位客户$/);
    expect(findSheet(host.state().workbook, '重复客户')!.values).toEqual([['上周整理的重复客户']]);
    expect(findSheet(host.state().workbook, '重复客户 (2)')!.values.map((r) => r.slice(0, 4))).toEqual([
      ['组号', '原行号', '客户编号', '姓名'],
      [1, 2, 'C000001', '张伟'],
      [1, 4, 'C000003', '张 伟'],
      [2, 3, 'C000002', '李娜'],
      [2, 6, 'C000005', '李娜'],
    ]);
  });

  test('highlights the likely group without changing a value, and History takes the highlight away', async () => {
    const host = makeHost();
    const before = rows(host).map((r) => [...r]);
    await renderApp(host);
    await findDuplicates();
    fireEvent.click(screen.getByRole('button', { name: 'Highlight duplicates' }));
    await screen.findByText('Done: Highlighted 2 rows from 1 group');
    const sheet = () => findSheet(host.state().workbook, SHEET)!;
    expect(sheet().highlights).toEqual({ 'duplicates-odd': { ranges: ['A2:F2', 'A6:F6'], color: '#FCE4D6' } });
    expect(rows(host)).toEqual(before);

    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo: Highlight duplicates' }));
    await screen.findByText(/Done: undid "Highlight duplicates"/);
    expect(sheet().highlights).toBeUndefined();
  });

  test('offers no highlight where the host cannot paint one, as in Excel 2019', async () => {
    await renderApp(makeHost(undefined, { capabilities: { highlights: false } }));
    await findDuplicates();
    expect(screen.getByRole('button', { name: 'Delete duplicates' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Highlight duplicates' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove highlight' })).toBeNull();
  });
});
