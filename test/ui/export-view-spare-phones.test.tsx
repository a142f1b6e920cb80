/** @jest-environment jsdom */
/**
 * The sidebar's export names the numbers that found no phone column of their own, as the CLI does: a
 * 手机 a digit short beside the company's 座机 on a one-phone accounts layout is kept as typed in the
 * notes, and a valid mobile whose Phone column the landline took is too; in the sidebar's language.
 */
import { fireEvent, screen } from '@testing-library/react';
import type { Locale } from '../../shared/i18n/locale';
import { makeHost, renderApp } from './helpers';

const LIST = {
  name: '客户',
  values: [
    ['客户名称', '联系人', '手机', '座机', '备注'],
    ['杭州西子网络科技有限公司', '刘晓明', '13588889999', '0571-88886666', ''],
    ['北京华联商贸有限公司', '王建国', '1381234567', '010-65281234', '老客户'],
  ],
};

const WORDS = {
  'en-US': { tab: 'Export', crm: 'CRM', object: 'Import as', run: 'Write export sheets', done: /Wrote 2 accounts/ },
  'zh-CN': { tab: '导出', crm: 'CRM 系统', object: '导入为', run: '写入导出表', done: /已将 2 (个|家)/ },
} as const;

async function exportAccounts(locale: Locale): Promise<string> {
  const w = WORDS[locale];
  await renderApp(makeHost(LIST, { environment: { locale, theme: 'light' } }));
  fireEvent.click(screen.getByRole('tab', { name: w.tab }));
  fireEvent.change(screen.getByRole('combobox', { name: w.crm }), { target: { value: 'zoho' } });
  fireEvent.change(screen.getByRole('combobox', { name: w.object }), { target: { value: 'accounts' } });
  fireEvent.click(screen.getByRole('button', { name: w.run }));
  await screen.findByText(w.done);
  return screen.getByRole('status').textContent ?? '';
}

describe('ExportView: numbers with no phone column of their own', () => {
  test('in English', async () => {
    const text = await exportAccounts('en-US');
    expect(text).toContain(
      'Numbers in “手机” that are no valid phone number, their phone column taken by the row’s valid numbers, kept as typed in “Description”: 1',
    );
    expect(text).toContain(
      'Numbers in “手机” that found no free phone column (the row’s other numbers took them), kept as typed in “Description”: 1',
    );
  });

  test('in Chinese', async () => {
    const text = await exportAccounts('zh-CN');
    expect(text).toContain(
      '“手机”有 1 个号码不是有效的电话号码，其电话列已被该行的有效号码占用，已按原样写入“Description”。',
    );
    expect(text).toContain('“手机”有 1 个号码没有空着的电话列（该行的其他号码已占用），已按原样写入“Description”。');
  });
});
