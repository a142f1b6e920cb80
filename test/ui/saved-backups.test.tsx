/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { findSheet } from '../../shared/plan/apply-plan';
import { emptyPlan } from '../../shared/plan/plan';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { SHEET, makeHost, renderApp } from './helpers';

const values = (host: ReturnType<typeof makeHost>, sheet = SHEET) =>
  findSheet(host.state().workbook, sheet)!.values.map((row) => [...row]);

/** A Chinese team's list: spaced and +86 phones, an ID missing. */
function chineseSheet(): SheetSnapshot {
  return {
    name: '客户',
    values: [
      ['客户编号', '姓名', '手机', '城市'],
      ['C000001', '张伟', '+86 138 0013 8000', '北京'],
      [null, '李娜', '139 1234 5678', '上海'],
    ],
    columnFormats: ['@', null, '@', null],
    extras: [{ row: 2, col: 2, note: '老客户' }],
  };
}

async function clean(apply: RegExp, tab: string, preview: string) {
  fireEvent.click(screen.getByRole('tab', { name: tab }));
  fireEvent.click(screen.getByRole('button', { name: preview }));
  fireEvent.click(await screen.findByRole('button', { name: apply }));
}

describe('SavedBackups', () => {
  test('restores the sheet as it was before clean, after asking, when a later edit is replaced too', async () => {
    const host = makeHost();
    const original = values(host);
    await renderApp(host);
    await clean(/^Apply \d+ changes$/, 'Clean', 'Preview changes');
    await screen.findByText(/Done: cleaned/);
    const cleaned = values(host);
    // A colleague types a note after the clean.
    await host.applyPlan({ ...emptyPlan(SHEET), edits: [{ row: 3, col: 6, before: null, after: 'call back' }] });

    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show backups' }));
    const item = await screen.findByTestId('backup-1');
    expect(within(item).getByText('Customers before Clean: 5 rows')).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: /^Restore backup: Customers before Clean/ }));
    expect(within(item).getByRole('alert').textContent).toMatch(/^Restore replaces everything in Customers/);
    expect(values(host)[2]![5]).toBe('call back'); // nothing changes before the answer

    fireEvent.click(within(item).getByRole('button', { name: 'Replace the sheet' }));
    await screen.findByText(/Done: restored Customers from the backup of/);
    expect(values(host)).toEqual(original);

    // The restore is undone like any action: the cleaned sheet and the note come back.
    const restoreEntry = screen.getByText(/^Restore Customers from the backup of/).closest('li')!;
    fireEvent.click(within(restoreEntry as HTMLElement).getByRole('button', { name: /^Undo: Restore/ }));
    await screen.findByText(/Done: undid/);
    const back = values(host);
    expect(back[2]![5]).toBe('call back');
    expect(back[1]![2]).toBe(cleaned[1]![2]);
  });

  test('changes nothing when the user cancels, and restores when confirmed, in Chinese', async () => {
    const host = makeHost(chineseSheet(), { environment: { locale: 'zh-CN', theme: 'light' } });
    const original = values(host, '客户');
    await renderApp(host);
    await clean(/^应用 \d+ 处修改$/, '清理', '预览修改');
    await screen.findByText(/^完成：已清理 \d+ 个单元格/);
    const cleaned = values(host, '客户');
    expect(cleaned).not.toEqual(original);
    // The backup is a copy of the sheet as it was: its number formats and notes too.
    const backup = findSheet(host.state().workbook, '_custodian_backup_1')!;
    expect(backup.values).toEqual(original);
    expect(backup.extras).toEqual({ B2: { note: '老客户' } });
    expect(backup.numberFormats.map((f) => [f.col, f.format])).toEqual([
      [1, '@'],
      [3, '@'],
    ]);

    fireEvent.click(screen.getByRole('tab', { name: '历史' }));
    fireEvent.click(screen.getByRole('button', { name: '显示备份' }));
    const item = await screen.findByTestId('backup-1');
    expect(within(item).getByText('清理之前的“客户”：2 行')).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: /^恢复备份：/ }));
    expect(within(item).getByRole('alert').textContent).toMatch(/替换“客户”中的全部内容/);
    fireEvent.click(within(item).getByRole('button', { name: '取消' }));
    expect(within(item).queryByRole('alert')).toBeNull();
    expect(values(host, '客户')).toEqual(cleaned);

    fireEvent.click(within(item).getByRole('button', { name: /^恢复备份：/ }));
    fireEvent.click(within(item).getByRole('button', { name: '替换表格内容' }));
    await screen.findByText(/已用 .* 的备份恢复“客户”/);
    expect(values(host, '客户')).toEqual(original);
  });
});
