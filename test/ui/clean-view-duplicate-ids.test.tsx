/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { cell } from './helpers';
import { CLEAN_LABELS as LABELS, previewClean as preview } from './clean-preview';

describe('CleanView', () => {
  test('shows a renumbered ID with the row it duplicated when an en-US sheet has one ID twice', async () => {
    const host = await preview('en-US', 'Customers', [
      ['Customer ID', 'Name', 'Phone'],
      ['C000105', 'Alice Martin', '+1 415 555 0101'],
      ['C000107', 'Bob Chen', '+1 415 555 0102'],
      ['C000105', 'Carol Diaz', '+1 415 555 0103'],
    ]);
    const ids = screen.getByTestId('clean-group-A');
    expect(ids.textContent).toContain('C000105→C000108');
    expect(ids.textContent).toContain('was a duplicate of row 2; may be the same customer (Duplicates finds them)');
    expect(within(ids).getByRole('checkbox', { name: 'Change A4 from "C000105" to "C000108"' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: LABELS['en-US'].apply }));
    await screen.findByText(/Done: cleaned/);
    expect(cell(host, 2, 1, 'Customers')).toBe('C000105');
    expect(cell(host, 4, 1, 'Customers')).toBe('C000108');
  });

  test('shows a renumbered ID with the row it duplicated when a zh-CN sheet has one ID twice', async () => {
    await preview('zh-CN', '客户', [
      ['客户编号', '姓名', '手机号'],
      ['C000012', '陈静', '13800138012'],
      ['C000013', '赵磊', '13800138014'],
      ['C000012', '陈静', '13800138012'],
    ]);
    const ids = screen.getByTestId('clean-group-A');
    expect(ids.textContent).toContain('C000012→C000014');
    expect(ids.textContent).toContain('原与第 2 行编号重复；可能是同一客户');
  });
});
