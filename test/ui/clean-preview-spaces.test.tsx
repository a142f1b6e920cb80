/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { makeHost, renderApp } from './helpers';

describe('the clean preview', () => {
  test('shows the spaces a change takes away, so a trimmed value does not look unchanged', async () => {
    const host = makeHost({
      name: 'Customers',
      values: [
        ['Customer ID', 'Name', 'Phone', 'Company'],
        ['C000001', 'Zhang Wei', '13800138000', 'Acme  Trading '],
        ['C000002', 'Li Na', '13912345678', 'Globex Ltd'],
      ],
    });
    await renderApp(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Clean' }));
    fireEvent.click(screen.getByRole('button', { name: 'Preview changes' }));
    const group = await screen.findByTestId('clean-group-D');
    expect(within(group).getByText('Acme␣␣Trading␣')).toBeTruthy();
    expect(within(group).getByText('Acme Trading')).toBeTruthy();
  });
});
