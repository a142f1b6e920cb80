/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { makeHost, renderApp } from './helpers';
import { SHOPIFY } from '../sheet/order-exports';

describe('CheckView on an order export', () => {
  test("names a Shopify order's further items once, as no customers", async () => {
    await renderApp(makeHost({ name: 'orders_export', values: SHOPIFY }));
    fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check sheet' }));
    expect(
      await screen.findByText('Row 3, 4 is a further item of the order above: not a customer, left unchecked.'),
    ).toBeTruthy();
    expect(screen.queryByTestId('issue-group-required.missing')).toBeNull();
  });
});
