/** @jest-environment jsdom */
/**
 * The sidebar's export says, as the CLI does, where a cell showed a label linking to the value (an
 * "Email Ann" linking to mailto:) and the link's target went to the CRM file, in the sidebar's language.
 */
import { fireEvent, screen } from '@testing-library/react';
import { makeHost, renderApp } from './helpers';

const WORDS = {
  'en-US': { tab: 'Export', crm: 'CRM', object: 'Import as', run: 'Write export sheets' },
  'zh-CN': { tab: '导出', crm: 'CRM 系统', object: '导入为', run: '写入导出表' },
} as const;

describe('ExportView: labels linking to the value', () => {
  const LINKED = {
    name: 'Contacts',
    values: [
      ['Name', 'Company', 'Email', 'Phone'],
      ['Ann Lee', 'Acme Ltd', 'Email Ann', '+44 20 7946 0958'],
      ['Bob Ray', 'Globex', 'bob@globex.com', '+44 20 7946 0959'],
    ],
    extras: [{ row: 2, col: 3, link: 'mailto:ann.lee@acme.co.uk' }],
  };

  test('names the column, rows and an example, in English and in Chinese', async () => {
    for (const locale of ['en-US', 'zh-CN'] as const) {
      const w = WORDS[locale];
      const { unmount } = await renderApp(makeHost(LINKED, { environment: { locale, theme: 'light' } }));
      fireEvent.click(screen.getByRole('tab', { name: w.tab }));
      fireEvent.change(screen.getByRole('combobox', { name: w.crm }), { target: { value: 'zoho' } });
      fireEvent.change(screen.getByRole('combobox', { name: w.object }), { target: { value: 'contacts' } });
      fireEvent.click(screen.getByRole('button', { name: w.run }));
      await screen.findByText(locale === 'en-US' ? /Wrote 2 contacts/ : /已将 2 位联系人写入/);
      const text = screen.getByRole('status').textContent ?? '';
      expect(text).toContain(
        locale === 'en-US'
          ? 'Cells of “Email” showing a label that links to the value (such as “Email Ann” → ann.lee@acme.co.uk), the link’s target written since an import file holds no links: 1 (row 2)'
          : '“Email”有 1 个单元格显示的是链接文字（如“Email Ann”→ ann.lee@acme.co.uk，第 2 行）：导入文件不含链接，已写入链接指向的值。',
      );
      unmount();
    }
  });
});
