/** @jest-environment jsdom */
/**
 * After an export the sidebar says what it wrote, object by object (1 account and 2 contacts), not
 * how many sheet rows it read: an accounts export of two people at one company writes one account and
 * two contacts from two rows.
 */
import { fireEvent, screen } from '@testing-library/react';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { makeHost, renderApp } from './helpers';

// Two people at one company, as a 纷享销客 联系人 list has them.
const SENSYUAN: CellValue[][] = [
  ['客户名称', '联系人', '手机', '邮箱'],
  ['杭州森源建材有限公司', '王建国', '138 0013 8000', 'wjg@sensyuan.cn'],
  ['杭州森源建材有限公司', '刘会计', '139 1777 8888', ''],
];

// A US team's list: two people at two companies, and a company with no contact yet.
const HARBOUR: CellValue[][] = [
  ['Company', 'Contact', 'Phone', 'Email'],
  ['Harbour Freight Ltd', 'Sarah Collins', '(415) 555-2671', 'sarah@harbourfreight.com'],
  ['Bayside Dental', 'Tom Reyes', '(415) 555-0144', 'tom@baysidedental.com'],
  ['Pacific Tiles Inc', null, '(646) 555-0199', 'info@pacifictiles.com'],
];

const ONE_LEAD: CellValue[][] = [
  ['Full Name', 'Company', 'Email', 'Lead Source'],
  ['Mary Ann Evans', 'Middlemarch Ltd', 'mary.evans@example.com', 'Web'],
];

const WORDS = {
  'en-US': { tab: 'Export', crm: 'CRM', object: 'Import as', run: 'Write export sheets' },
  'zh-CN': { tab: '导出', crm: 'CRM 系统', object: '导入为', run: '写入导出表' },
} as const;

async function exportTo(locale: Locale, values: CellValue[][], crm: string, object: string): Promise<string> {
  const w = WORDS[locale];
  await renderApp(makeHost({ name: 'Customers', values }, { environment: { locale, theme: 'light' } }));
  fireEvent.click(screen.getByRole('tab', { name: w.tab }));
  fireEvent.change(screen.getByRole('combobox', { name: w.crm }), { target: { value: crm } });
  fireEvent.change(screen.getByRole('combobox', { name: w.object }), { target: { value: object } });
  fireEvent.click(screen.getByRole('button', { name: w.run }));
  const status = await screen.findByRole('status');
  return status.textContent ?? '';
}

describe('ExportView: the summary says what was written', () => {
  test.each([
    ['zh-CN', '已将 1 个客户、2 位联系人写入 “纷享销客”、“纷享销客 联系人”。'],
    ['en-US', 'Wrote 1 account and 2 contacts to “纷享销客”, “纷享销客 Contacts”.'],
  ] as const)('%s: one 客户 and its two people from a 纷享销客 accounts export', async (locale, said) => {
    const text = await exportTo(locale, SENSYUAN, 'fxiaoke', 'accounts');
    expect(text).toContain(said);
    expect(text).not.toMatch(/已将 2 行|Wrote 2 rows/);
  });

  test.each([
    ['zh-CN', '已将 2 位联系人、1 个客户写入 “Zoho CRM”、“Zoho CRM 客户”。'],
    ['en-US', 'Wrote 2 contacts and 1 account to “Zoho CRM”, “Zoho CRM Accounts”.'],
  ] as const)('%s: Zoho contacts with the company that has no contact as an account', async (locale, said) => {
    expect(await exportTo(locale, HARBOUR, 'zoho', 'contacts')).toContain(said);
  });

  test.each([
    ['zh-CN', '已将 1 条销售线索写入 “Salesforce”。'],
    ['en-US', 'Wrote 1 lead to “Salesforce”.'],
  ] as const)('%s: one Salesforce lead, in the singular', async (locale, said) => {
    expect(await exportTo(locale, ONE_LEAD, 'salesforce', 'leads')).toContain(said);
  });
});
