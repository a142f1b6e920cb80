/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { SHEET, makeHost, renderApp } from './helpers';

async function runCheck() {
  fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
  fireEvent.click(screen.getByRole('button', { name: 'Check sheet' }));
  // Row 3 of the five has nothing to report: the issues are in four rows.
  return screen.findByText(/7 issues in 4 rows/);
}

describe('CheckView', () => {
  test('groups issues by kind with counts, errors first', async () => {
    await renderApp(makeHost());
    const summary = await runCheck();
    expect(summary.textContent).toMatch(/\(errors: 1, warnings: \d+\)/);
    const required = screen.getByTestId('issue-group-required.missing');
    expect(within(required).getByRole('button', { name: /Required value missing/ }).textContent).toContain('1');
    const email = screen.getByTestId('issue-group-email.nonCanonical');
    expect(email.textContent).toMatch(/Email not in standard form\s*1/);
    // The error group comes before the warning groups.
    const groups = screen.getAllByTestId(/^issue-group-/).map((g) => g.dataset.testid);
    expect(groups[0]).toBe('issue-group-required.missing');
  });

  test('groups issues by column when asked', async () => {
    await renderApp(makeHost());
    await runCheck();
    fireEvent.click(screen.getByRole('radio', { name: 'Column' }));
    const groups = screen.getAllByTestId(/^issue-group-/).map((g) => g.dataset.testid);
    expect(groups).toEqual(expect.arrayContaining(['issue-group-Name', 'issue-group-Phone', 'issue-group-Email']));
    // Sheet order: Customer ID (A) before Name (B) before Phone (C).
    expect(groups.indexOf('issue-group-Name')).toBeLessThan(groups.indexOf('issue-group-Phone'));
    expect(screen.getByTestId('issue-group-Name').textContent).toContain('B · Name');
  });

  test('clicking an issue selects its cell in the workbook', async () => {
    const host = makeHost();
    await renderApp(host);
    await runCheck();
    const group = screen.getByTestId('issue-group-required.missing');
    fireEvent.click(within(group).getByRole('button', { name: /Required value missing/ }));
    fireEvent.click(await within(group).findByRole('button', { name: /^Go to B5:/ }));
    await screen.findByRole('button', { name: /^Go to B5:/ });
    expect(host.state().selection).toEqual({ sheet: SHEET, row: 5, col: 2 });
  });

  test('says so when the sheet has no issues', async () => {
    const host = makeHost({
      name: SHEET,
      values: [
        ['Customer ID', 'Name', 'Phone'],
        ['C000001', 'Zhang Wei', '13800138000'],
      ],
    });
    await renderApp(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check sheet' }));
    expect(await screen.findByText('No issues: the sheet follows the template.')).toBeTruthy();
  });

  test('names a notes line under the list as no customer', async () => {
    const host = makeHost({
      name: SHEET,
      values: [
        ['Customer ID', 'Name', 'Phone'],
        ['C000001', 'Zhang Wei', '13800138000'],
        ['Note: prices include GST', null, null],
      ],
    });
    await renderApp(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check sheet' }));
    expect(await screen.findByText('Row 3 is a note about the list: not a customer, left unchecked.')).toBeTruthy();
    expect(screen.getByText('No issues: the sheet follows the template.')).toBeTruthy();
  });

  test('checks a list under a title from its header, and an issue goes to the sheet’s own row', async () => {
    const host = makeHost({
      name: SHEET,
      values: [
        ['Customer List – Q2 2024', null, null],
        ['Prepared by Sales Ops', null, null],
        ['Full Name', 'Email', 'Phone'],
        ['Ann Smith', 'ann@example.com', '+1 415 555 2671'],
        ['Bob Jones', 'bob@', '+1 415 555 2672'],
      ],
    });
    await renderApp(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check sheet' }));
    expect(
      await screen.findByText(
        "The header is row 3; rows 1–2 above it are a title, not customers. Row numbers are the sheet's.",
      ),
    ).toBeTruthy();
    const group = screen.getByTestId('issue-group-email.invalid');
    fireEvent.click(within(group).getByRole('button', { name: /not a valid email|Invalid email/i }));
    fireEvent.click(await within(group).findByRole('button', { name: /^Go to B5:/ }));
    await screen.findByRole('button', { name: /^Go to B5:/ });
    expect(host.state().selection).toEqual({ sheet: SHEET, row: 5, col: 2 });
  });
});
