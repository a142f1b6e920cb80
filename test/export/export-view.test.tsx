/** @jest-environment jsdom */
import { TextDecoder } from 'node:util';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { findSheet } from '../../shared/plan/apply-plan';
import { exportSheetName } from '../../shared/ui/views/ExportView';
import type { CellValue } from '../../shared/sheet/cell-value';
import { makeHost, renderApp, smallSheet } from '../ui/helpers';
import { ZH_ROWS } from './fixtures';

function sheetRows(host: ReturnType<typeof makeHost>, name: string): CellValue[][] {
  const sheet = findSheet(host.state().workbook, name);
  if (!sheet)
    throw new Error(
      `no sheet ${name}; sheets: ${host
        .state()
        .workbook.sheets.map((s) => s.name)
        .join(', ')}`,
    );
  return sheet.values;
}

// jsdom's Blob has no arrayBuffer(); its FileReader reads one.
function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe('ExportView', () => {
  test('writes the Salesforce contacts to a new sheet named after the CRM when the list is English', async () => {
    const host = makeHost();
    await renderApp(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Export' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'CRM' }), { target: { value: 'salesforce' } });
    fireEvent.click(screen.getByRole('button', { name: 'Write export sheets' }));
    await screen.findByText(/^Wrote 5 contacts to “Salesforce”/);
    const rows = sheetRows(host, 'Salesforce');
    expect(rows[0].slice(0, 2)).toEqual(['First Name', 'Last Name']);
    // Zhang Wei reads both ways (Wei is a surname too): kept whole in Last Name.
    expect(rows[1].slice(0, 2)).toEqual([null, 'Zhang Wei']);
    expect(sheetRows(host, 'Customers')).toEqual(smallSheet().values);
  });

  test('writes 纷享销客 customers and says how many rows still have errors when the list is Chinese', async () => {
    const host = makeHost({ name: '客户', values: ZH_ROWS });
    await renderApp(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Export' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'CRM' }), { target: { value: 'fxiaoke' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Import as' }), { target: { value: 'accounts' } });
    fireEvent.click(screen.getByRole('button', { name: 'Write export sheets' }));
    await screen.findByText(/^Wrote 5 accounts to “纷享销客”/);
    await waitFor(() =>
      expect(screen.getByText('Rows that still have errors, exported as typed (see Check): 1')).toBeTruthy(),
    );
    const rows = sheetRows(host, '纷享销客');
    expect(rows[0].slice(0, 3)).toEqual(['客户名称', '联系人', '手机']);
    expect(rows[1].slice(0, 3)).toEqual(['杭州云栖科技有限公司', '欧阳娜', '13800138000']);
  });

  test('names the sheets of other objects and parts apart and never after the customer list when they would clash', () => {
    const file = { object: 'accounts' as const, part: 2, parts: 3, header: [], rows: [], sourceRows: [] };
    expect(exportSheetName('Zoho CRM', file, 'contacts', 'Accounts', 'Customers')).toBe('Zoho CRM Accounts (2)');
    expect(
      exportSheetName('HubSpot', { ...file, object: 'contacts', parts: 1 }, 'contacts', 'Contacts', 'HubSpot'),
    ).toBe('HubSpot export');
  });

  describe('download', () => {
    const created: Blob[] = [];
    const saved: string[] = [];
    let click: jest.SpyInstance;
    beforeEach(() => {
      created.length = 0;
      saved.length = 0;
      // jsdom cannot navigate to a download; the file name the browser would save under is what counts.
      click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        saved.push(`${this.download} <- ${this.href}`);
      });
      // jsdom has no object URLs; the browser's are what the button hands the file to.
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          created.push(blob);
          return `blob:export-${created.length}`;
        },
        revokeObjectURL: () => undefined,
      });
    });
    afterEach(() => click.mockRestore());

    test('offers each export sheet as a CSV with the byte order mark 纷享销客 needs for Chinese', async () => {
      const host = makeHost({ name: '客户', values: ZH_ROWS });
      await renderApp(host);
      fireEvent.click(screen.getByRole('tab', { name: 'Export' }));
      fireEvent.change(screen.getByRole('combobox', { name: 'CRM' }), { target: { value: 'fxiaoke' } });
      fireEvent.change(screen.getByRole('combobox', { name: 'Import as' }), { target: { value: 'accounts' } });
      fireEvent.click(screen.getByRole('button', { name: 'Write export sheets' }));
      fireEvent.click(await screen.findByRole('button', { name: 'Download 纷享销客.csv' }));
      expect(created).toHaveLength(1);
      expect(saved).toEqual(['纷享销客.csv <- blob:export-1']);
      const bytes = await blobBytes(created[0]!);
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes.slice(3));
      const rows = sheetRows(host, '纷享销客');
      expect(text.split('\r\n')[0]).toBe(rows[0].join(','));
      expect(text).toContain('杭州云栖科技有限公司,欧阳娜,13800138000');
    });

    test('offers no download where the host cannot hand over a file, and the export sheet is still written', async () => {
      const host = makeHost(undefined, { capabilities: { fileDownload: false } });
      await renderApp(host);
      fireEvent.click(screen.getByRole('tab', { name: 'Export' }));
      fireEvent.click(screen.getByRole('button', { name: 'Write export sheets' }));
      await screen.findByText(/^Wrote 5 contacts to “Zoho CRM”/);
      expect(screen.queryByRole('button', { name: /^Download/ })).toBeNull();
      expect(sheetRows(host, 'Zoho CRM')[0]).toContain('Last Name');
    });
  });
});
