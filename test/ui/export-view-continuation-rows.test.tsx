/** @jest-environment jsdom */
/**
 * The sidebar's export says what the CLI's report says of a hand-kept list's continuation lines (序号
 * and 客户姓名 blank, only a follow-up, a note or the home landline): which rows were left out, and why,
 * in the sidebar's language.
 */
import { fireEvent, screen } from '@testing-library/react';
import type { Locale } from '../../shared/i18n/locale';
import { makeHost, renderApp } from './helpers';

// A home-renovation firm's 客户跟进表 as typed line by line: 王丽华's home landline and second visit on a
// line of their own (row 3), and 孙美玲's next call on another (row 6).
const LIST = {
  name: '客户跟进表',
  values: [
    ['序号', '客户姓名', '手机', '家庭电话', '小区', '跟进记录', '最近联系', '备注'],
    ['1', '王丽华', '13805712345', '', '绿城桂花园', '3月2日量房', '2024-03-02', '预算15万'],
    ['', '', '', '0571-86671234', '', '3月9日出设计图', '', '晚上打家里'],
    ['2', '赵强', '139 5710 2288', '', '万科良渚文化村', '已交定金', '2024-03-15', ''],
    ['3', '孙美玲', '18657101234', '', '滨江金色海岸', '等老公回来再定', '2024-03-20', ''],
    ['', '', '', '', '', '4月初再联系', '', ''],
    ['4', '钱伟', '13588812345', '', '西溪诚园', '已签合同', '2024-04-02', '老客户介绍'],
  ],
};

const WORDS = {
  'en-US': { tab: 'Export', crm: 'CRM', object: 'Import as', run: 'Write export sheets', done: /^Wrote .+ to /u },
  'zh-CN': { tab: '导出', crm: 'CRM 系统', object: '导入为', run: '写入导出表', done: /^已将 .+写入/u },
} as const;

async function exportTo(locale: Locale, crm: string, list = LIST): Promise<string> {
  const w = WORDS[locale];
  await renderApp(makeHost(list, { environment: { locale, theme: 'light' } }));
  fireEvent.click(screen.getByRole('tab', { name: w.tab }));
  fireEvent.change(screen.getByRole('combobox', { name: w.crm }), { target: { value: crm } });
  fireEvent.click(screen.getByRole('button', { name: w.run }));
  await screen.findByText(w.done);
  return screen.getByRole('status').textContent ?? '';
}

describe('ExportView: continuation lines of a hand-kept list', () => {
  test('in Chinese', async () => {
    const text = await exportTo('zh-CN', 'fxiaoke');
    expect(text).toContain(
      '2 行（第 3、6 行）是上方客户的续行（没有姓名和序号，只有跟进记录、备注或另一个电话），不是单独的客户：未导出。',
    );
  });

  test('in English', async () => {
    const text = await exportTo('en-US', 'zoho');
    expect(text).toContain(
      'Rows left out, each a further line of the customer above it (no name or row number, only a follow-up, a note or another phone), not a customer of its own: 2 (rows 3, 6)',
    );
  });

  test('a list without such a line says nothing of it', async () => {
    const text = await exportTo('zh-CN', 'fxiaoke', {
      ...LIST,
      values: [LIST.values[0]!, LIST.values[1]!, LIST.values[3]!, LIST.values[4]!, LIST.values[6]!],
    });
    expect(text).not.toContain('续行');
  });
});
