/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { cell, makeHost, renderApp, smallSheet } from './helpers';

describe('SetupView', () => {
  test('shows how each header maps to a template field when the headers are read', async () => {
    const host = makeHost();
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Read headers' }));
    const select = await screen.findByRole('combobox', { name: /column B \(Name\)/ });
    expect((select as HTMLSelectElement).value).toBe('name');
    expect((screen.getByRole('combobox', { name: /column F \(Notes\)/ }) as HTMLSelectElement).value).toBe('notes');
    expect(within(screen.getByTestId('mapping-A')).getByText('Exact')).toBeTruthy();
  });

  test('counts dropdowns and rules at entry apart when the setup plan is shown', async () => {
    const host = makeHost();
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Read headers' }));
    const summary = await screen.findByText(/^Applying makes \d+ cell changes/);
    const [, dropdowns, rules] =
      /adds (\d+) dropdowns, (\d+) rules at entry and \d+ column formats/.exec(summary.textContent ?? '') ?? [];
    // The default template: gender, tier, status … are dropdowns; ID, phone, email, dates, money and counts are rules.
    expect(Number(dropdowns)).toBeGreaterThan(5);
    expect(Number(rules)).toBeGreaterThan(5);
  });

  test('a corrected column becomes an override the setup plan follows', async () => {
    const host = makeHost();
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Read headers' }));
    const notes = await screen.findByRole('combobox', { name: /column F \(Notes\)/ });
    fireEvent.change(notes, { target: { value: '' } });
    await waitFor(() => expect(within(screen.getByTestId('mapping-F')).getByText('Your choice')).toBeTruthy());
    expect((screen.getByRole('combobox', { name: /column F \(Notes\)/ }) as HTMLSelectElement).value).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Apply setup' }));
    await screen.findByText(/Done: set up the sheet/);
    // The column left alone keeps its header; a missing template column (Gender) was appended.
    expect(cell(host, 1, 6)).toBe('Notes');
    const headers = host.state().workbook.sheets[0]!.values[0]!;
    expect(headers).toContain('Gender');
    // The row without an ID got one.
    expect(cell(host, 4, 1)).toMatch(/^C\d{6}$/);
  });

  test('a correction is saved in the workbook and shown again when the headers are read later', async () => {
    const host = makeHost();
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Read headers' }));
    fireEvent.change(await screen.findByRole('combobox', { name: /column F \(Notes\)/ }), { target: { value: '' } });
    await waitFor(() => expect(within(screen.getByTestId('mapping-F')).getByText('Your choice')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Apply setup' }));
    await screen.findByText(/Done: set up the sheet/);
    expect(JSON.parse(host.state().workbook.meta['template.overrides']!)).toEqual({ Notes: null });

    fireEvent.click(screen.getByRole('button', { name: /^Read headers/ }));
    await waitFor(() => expect(within(screen.getByTestId('mapping-F')).getByText('Your choice')).toBeTruthy());
    expect((screen.getByRole('combobox', { name: /column F \(Notes\)/ }) as HTMLSelectElement).value).toBe('');
  });

  test('apply records the setup in the history, and undo restores the headers', async () => {
    const host = makeHost();
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Read headers' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply setup' }));
    await screen.findByText(/Done: set up the sheet/);
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo: Set up the sheet' }));
    await screen.findByText(/Done: undid "Set up the sheet"/);
    expect(host.state().workbook.sheets[0]!.values[0]!.filter((v) => v !== null)).toEqual(smallSheet().values[0]);
    expect(cell(host, 4, 1)).toBeNull();
  });

  test("undo says which rule at entry of the sheet's own it could not give back", async () => {
    const host = makeHost();
    // A host that found a rule it cannot say in the core's terms (a Sheets checkbox) on the phone column.
    const read = host.readSnapshot.bind(host);
    host.readSnapshot = async (options) => ({
      ...(await read(options)),
      rules: [{ col: 3, firstRow: 2, lastRow: 50, unread: 'CHECKBOX' }],
    });
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Read headers' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply setup' }));
    await screen.findByText(/Done: set up the sheet/);
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo: Set up the sheet' }));
    await screen.findByText(/Done: undid "Set up the sheet"/);
    const bar = screen.getByTestId('notice-bar');
    expect(bar.textContent).toMatch(
      /The rule at entry column C of "Customers" had on rows 2–50 \(CHECKBOX\) could not be read/,
    );
  });

  test('a list under a title: the header is moved up to row 1 in one click, set up follows, undo puts the title back', async () => {
    const titled = smallSheet();
    titled.values = [['Customer List Q2 2024'], ['Exported from the shop, 30 June'], ...titled.values];
    const host = makeHost(titled);
    const before = host.state().workbook.sheets[0]!.values.map((row) => [...row]);
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Read headers' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/the header looks to be row 3/);
    // Set up waits until the header is row 1.
    expect((screen.getByRole('button', { name: 'Apply setup' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Move the header to row 1' }));

    await screen.findByText(/Done: moved the header to row 1/);
    expect(cell(host, 1, 2)).toBe('Name');
    expect(cell(host, 2, 2)).toBe('Zhang Wei');
    // The headers are read again from row 1: the mapping is shown and set up can be applied.
    const name = await screen.findByRole('combobox', { name: /column B \(Name\)/ });
    expect((name as HTMLSelectElement).value).toBe('name');
    expect(screen.queryByRole('button', { name: 'Move the header to row 1' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Apply setup' }));
    await screen.findByText(/Done: set up the sheet/);
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo: Move the header to row 1' }));
    await screen.findByText(/Done: undid "Move the header to row 1"/);
    const after = host.state().workbook.sheets[0]!.values.map((row) => row.slice(0, before[0]!.length));
    expect(after.slice(0, before.length)).toEqual(before.map((row) => row.slice(0, before[0]!.length)));
  });

  test('shows a second phone column as checked with the phone, and leaving it alone takes it out of check', async () => {
    // An English contacts export: Phone and Mobile; Mobile is read as a second phone column.
    const host = makeHost({
      name: 'Contacts',
      values: [
        ['Name', 'Phone', 'Mobile', 'Email'],
        ['James Smith', '(206) 555-1000', '+1-206-555-1000', 'js@example.com'],
        ['Mary Jones', '(206) 555-2000', '+1-206-555-2001', 'mj@example.com'],
      ],
    });
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Read headers' }));
    const mobile = (await screen.findByRole('combobox', { name: /column C \(Mobile\)/ })) as HTMLSelectElement;
    expect(mobile.value).toBe('second');
    expect(mobile.selectedOptions[0]!.textContent).toBe('Phone (a second column, checked and cleaned alike)');
    expect(within(screen.getByTestId('mapping-C')).getByText('Second column')).toBeTruthy();
    fireEvent.change(mobile, { target: { value: '' } });
    await waitFor(() => expect(within(screen.getByTestId('mapping-C')).getByText('Your choice')).toBeTruthy());
    expect((screen.getByRole('combobox', { name: /column C \(Mobile\)/ }) as HTMLSelectElement).value).toBe('');
  });
});
