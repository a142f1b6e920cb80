/** @jest-environment jsdom */
/**
 * The export's "Import as" follows the CRM: 纷享销客's 客户 is its usual import (the customer with
 * their contact), so a user moving to Zoho gets Zoho's usual one, contacts, not Zoho's accounts of
 * companies alone; a deliberate other choice (leads, accounts in Zoho) carries to a CRM that has it
 * and falls back to that CRM's usual import where it has none.
 */
import { fireEvent, screen } from '@testing-library/react';
import { findSheet } from '../../shared/plan/apply-plan';
import type { Locale } from '../../shared/i18n/locale';
import { makeHost, renderApp } from './helpers';

// A sales team's 客户名单: two people at one company, one at another.
const LIST = {
  name: '客户名单',
  values: [
    ['客户名称', '联系人', '手机', '邮箱'],
    ['杭州森源建材有限公司', '王建国', '138 0013 8000', 'wjg@sensyuan.cn'],
    ['杭州森源建材有限公司', '刘会计', '139 1777 8888', ''],
    ['上海华通物流有限公司', '陈明', '139-1777-8888', 'chenming@huatong.com'],
  ],
};

const WORDS = {
  'en-US': { tab: 'Export', crm: 'CRM', object: 'Import as', run: 'Write export sheets' },
  'zh-CN': { tab: '导出', crm: 'CRM 系统', object: '导入为', run: '写入导出表' },
} as const;

async function openExport(locale: Locale) {
  const host = makeHost(LIST, { environment: { locale, theme: 'light' } });
  await renderApp(host);
  fireEvent.click(screen.getByRole('tab', { name: WORDS[locale].tab }));
  const crm = (value: string) =>
    fireEvent.change(screen.getByRole('combobox', { name: WORDS[locale].crm }), { target: { value } });
  const object = () => screen.getByRole<HTMLSelectElement>('combobox', { name: WORDS[locale].object });
  const choose = (value: string) => fireEvent.change(object(), { target: { value } });
  const options = () => [...object().options].map((o) => o.value);
  return { host, crm, object, choose, options };
}

describe('ExportView: "Import as" when the CRM changes', () => {
  test.each(['zh-CN', 'en-US'] as const)(
    '%s: 客户 chosen for 纷享销客 becomes contacts for Zoho, and the export writes Zoho contacts',
    async (locale) => {
      const view = await openExport(locale);
      view.crm('fxiaoke');
      // Chosen by hand, not only the default the Chinese sidebar starts with.
      view.choose('contacts');
      view.choose('accounts');
      expect(view.object().value).toBe('accounts');
      view.crm('zoho');
      expect(view.object().value).toBe('contacts');
      fireEvent.click(screen.getByRole('button', { name: WORDS[locale].run }));
      await screen.findByRole('status');
      const sheet = findSheet(view.host.state().workbook, 'Zoho CRM');
      expect(sheet?.values[0]).toContain('Last Name');
      expect(sheet?.values).toHaveLength(4);
    },
  );

  test('the Chinese sidebar’s own start (纷享销客, 客户) becomes contacts for Zoho and back to 客户 for 纷享销客', async () => {
    const view = await openExport('zh-CN');
    expect(view.object().value).toBe('accounts');
    view.crm('zoho');
    expect(view.object().value).toBe('contacts');
    view.crm('fxiaoke');
    expect(view.object().value).toBe('accounts');
  });

  test('leads chosen for Zoho carry to Salesforce; HubSpot has none, so contacts', async () => {
    const view = await openExport('en-US');
    view.choose('leads');
    view.crm('salesforce');
    expect(view.object().value).toBe('leads');
    view.crm('hubspot');
    expect(view.options()).not.toContain('leads');
    expect(view.object().value).toBe('contacts');
    // The pick HubSpot could not take is gone: Salesforce shows what HubSpot showed.
    view.crm('salesforce');
    expect(view.object().value).toBe('contacts');
  });

  test('accounts chosen for Zoho carry to Salesforce and HubSpot, and through 纷享销客 back to Zoho', async () => {
    const view = await openExport('en-US');
    view.choose('accounts');
    view.crm('salesforce');
    expect(view.object().value).toBe('accounts');
    view.crm('hubspot');
    expect(view.object().value).toBe('accounts');
    view.crm('fxiaoke');
    expect(view.object().value).toBe('accounts');
    view.crm('zoho');
    expect(view.object().value).toBe('accounts');
  });

  test('联系人 chosen for 纷享销客 carries to Zoho and back to 纷享销客', async () => {
    const view = await openExport('zh-CN');
    view.choose('contacts');
    view.crm('zoho');
    expect(view.object().value).toBe('contacts');
    view.crm('fxiaoke');
    expect(view.object().value).toBe('contacts');
  });
});
