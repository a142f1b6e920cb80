/** @jest-environment jsdom */
/**
 * The sidebar's export says what the CLI's report says of a list's contact cells: a mobile typed with
 * a note (138 0013 8000 微信同号) whose note went to the notes column, a blank 邮箱 filled from 备用邮箱,
 * a cell of two addresses whose second went to Secondary Email; with counts and rows, in the
 * sidebar's language.
 */
import { fireEvent, screen } from '@testing-library/react';
import type { Locale } from '../../shared/i18n/locale';
import { makeHost, renderApp } from './helpers';

// A sales team's 客户名单 as kept by hand: two mobiles typed with 微信同号 (rows 2 and 5), two rows whose
// 邮箱 is blank but 备用邮箱 is not (rows 3 and 5), and one 邮箱 cell of two addresses (row 4).
const LIST = {
  name: '客户名单',
  values: [
    ['客户名称', '联系人', '手机', '邮箱', '备用邮箱', '城市', '备注'],
    ['杭州森源建材有限公司', '王建国', '138 0013 8000 微信同号', 'wjg@sensyuan.cn', '', '杭州市', '老客户'],
    ['上海华通物流有限公司', '陈明', '139-1777-8888', '', 'chenming@huatong.com', '上海市', ''],
    ['苏州明德电子科技有限公司', '周杰', '189 6234 5678', 'zhoujie@mingde.com; zj@163.com', '', '苏州市', '重点客户'],
    ['宁波甬港贸易有限公司', '林晓燕', '135 8676 1234（微信同号）', '', 'linxy@yonggang.com.cn', '宁波市', '月底对账'],
    ['温州小李服装店', '李小红', '13957701234', 'lixh@qq.com', '', '温州市', ''],
  ],
};

const WORDS = {
  'en-US': { tab: 'Export', crm: 'CRM', object: 'Import as', run: 'Write export sheets', done: /Wrote 5 contacts/ },
  'zh-CN': { tab: '导出', crm: 'CRM 系统', object: '导入为', run: '写入导出表', done: /已将 5 位联系人写入/ },
} as const;

async function exportTo(locale: Locale, crm: string): Promise<string> {
  const w = WORDS[locale];
  await renderApp(makeHost(LIST, { environment: { locale, theme: 'light' } }));
  fireEvent.click(screen.getByRole('tab', { name: w.tab }));
  fireEvent.change(screen.getByRole('combobox', { name: w.crm }), { target: { value: crm } });
  fireEvent.change(screen.getByRole('combobox', { name: w.object }), { target: { value: 'contacts' } });
  fireEvent.click(screen.getByRole('button', { name: w.run }));
  await screen.findByText(w.done);
  return screen.getByRole('status').textContent ?? '';
}

describe('ExportView: notes typed with a number, e-mails from another column, cells of several e-mails', () => {
  test('in English', async () => {
    const text = await exportTo('en-US', 'zoho');
    expect(text).toContain(
      'Numbers in “手机” typed with a note (such as 微信同号 or WhatsApp), the number written to its phone column and the note to “Description”: 2 (rows 2, 5)',
    );
    expect(text).toContain('Rows with no “邮箱” whose “Email” took “备用邮箱” instead: 2 (rows 3, 5)');
    expect(text).toContain(
      'Cells of “邮箱” holding several e-mail addresses, the first written to “Email” and the others to “Secondary Email”: 1 (row 4)',
    );
  });

  test('in Chinese', async () => {
    const text = await exportTo('zh-CN', 'zoho');
    expect(text).toContain(
      '“手机”有 2 个号码后面写了备注（如“微信同号”，第 2、5 行）：号码写入电话列，备注写入“Description”。',
    );
    expect(text).toContain('2 行（第 3、5 行）的“邮箱”为空，“Email”取了“备用邮箱”的值。');
    expect(text).toContain('“邮箱”有 1 格写了多个邮箱（第 4 行）：第一个写入“Email”，其余写入“Secondary Email”。');
  });

  test('纷享销客 (the Chinese sidebar’s own choice), one 客户 per company: the note went to the contacts’ 备注', async () => {
    // Two people at one company: 客户 goes to one sheet, the people (and their notes) to the contacts sheet.
    const sensyuan = {
      name: '客户名单',
      values: [
        ['客户名称', '联系人', '手机'],
        ['杭州森源建材有限公司', '王建国', '138 0013 8000 微信同号'],
        ['杭州森源建材有限公司', '刘会计', '139 1777 8888（微信同号）'],
      ],
    };
    await renderApp(makeHost(sensyuan, { environment: { locale: 'zh-CN', theme: 'light' } }));
    fireEvent.click(screen.getByRole('tab', { name: '导出' }));
    fireEvent.click(screen.getByRole('button', { name: '写入导出表' }));
    const status = await screen.findByRole('status');
    await screen.findByText(/已将 1 个客户、2 位联系人写入/);
    expect(status.textContent).toContain(
      '“手机”有 2 个号码后面写了备注（如“微信同号”，第 2、3 行）：号码写入电话列，备注写入“备注”。',
    );
  });

  test('HubSpot, which has no notes column: the note is said to stay in an extra column', async () => {
    const text = await exportTo('zh-CN', 'hubspot');
    expect(text).toContain(
      '“手机”有 2 个号码后面写了备注（如“微信同号”，第 2、5 行）：号码写入电话列，备注写入额外列“手机”。',
    );
  });
});
