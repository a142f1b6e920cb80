/** @jest-environment jsdom */
/**
 * The sidebar's Clean moves a note typed after a phone number to the row's notes, as the command line
 * does: the preview shows both changes, and they are ticked and unticked together, so a note never
 * leaves its phone cell without being written down.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { cell, makeHost, renderApp } from './helpers';
import { CLEAN_LABELS as LABELS } from './clean-preview';

/** Clean's preview of a list whose IDs are all given: its first change is a phone's. */
async function preview(locale: Locale, name: string, values: CellValue[][]) {
  const host = makeHost({ name, values }, { environment: { locale, theme: 'light' } });
  await renderApp(host);
  fireEvent.click(screen.getByRole('tab', { name: LABELS[locale].tab }));
  fireEvent.click(screen.getByRole('button', { name: LABELS[locale].run }));
  await screen.findByTestId('clean-group-D');
  return host;
}

const checkbox = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

describe('CleanView of phone cells with a note', () => {
  test('zh-CN: the note goes to the 备注 column clean adds; unticking the phone change keeps the note where it was', async () => {
    const host = await preview('zh-CN', '客户', [
      ['客户编号', '客户名称', '联系人', '手机', '城市'],
      ['C000001', '华为技术', '张伟', '13911112222 (微信同号)', '深圳'],
      ['C000002', '小米科技', '李娜', '13822223333（微信同号）', '北京'],
      ['C000003', '阿里', '赵磊', '13644445555', '杭州'],
    ]);
    const phones = screen.getByTestId('clean-group-D');
    expect(phones.textContent).toContain('13911112222 (微信同号)→13911112222');
    expect(within(phones).getAllByText('号码后的备注移到备注列').length).toBe(2);
    expect(screen.getByTestId('clean-group-F').textContent).toContain('（空）→手机：微信同号');

    fireEvent.click(checkbox('将 D2 从“13911112222 (微信同号)”改为“13911112222”'));
    expect(checkbox('将 F2 从“”改为“手机：微信同号”').checked).toBe(false);
    expect(checkbox('将 F3 从“”改为“手机：微信同号”').checked).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: LABELS['zh-CN'].apply }));
    await screen.findByText(/已清理/, {}, { timeout: 5000 });
    expect([1, 2, 3].map((row) => [cell(host, row, 4, '客户'), cell(host, row, 6, '客户')])).toEqual([
      ['手机', '备注'],
      ['13911112222 (微信同号)', null],
      ['13822223333', '手机：微信同号'],
    ]);
  });

  test('en-US: the note is added after the row’s own note in Notes', async () => {
    const host = await preview('en-US', 'Customers', [
      ['Customer ID', 'Name', 'Company', 'Mobile', 'Notes'],
      ['C000001', 'Oliver Hughes', 'Hughes Joinery Ltd', '+44 7911 123456 (work)', 'Met at the fair'],
      ['C000002', 'Amelia Clarke', 'Clarke & Sons', '+44 7700 123456', ''],
    ]);
    expect(screen.getByTestId('clean-group-E').textContent).toContain('Met at the fair→Met at the fair; Mobile: work');
    expect(
      within(screen.getByTestId('clean-group-D')).getByText('Note after a number, moved to the notes'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: LABELS['en-US'].apply }));
    await screen.findByText(/cleaned/, {}, { timeout: 5000 });
    expect([cell(host, 2, 4, 'Customers'), cell(host, 2, 5, 'Customers')]).toEqual([
      '+44 7911 123456',
      'Met at the fair; Mobile: work',
    ]);
  });
});
