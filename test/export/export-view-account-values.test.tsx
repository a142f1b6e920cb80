/** @jest-environment jsdom */
/**
 * The export view says what the CLI says of an accounts export of a contact list: the row of a customer
 * ID alone left out, a company's own number and mailbox on its account, and second contacts written as
 * contacts of their own, in the sidebar's language.
 */
import { fireEvent, screen } from '@testing-library/react';
import type { CellValue } from '../../shared/sheet/cell-value';
import { makeHost, renderApp } from '../ui/helpers';

// probe8 zh_b2b.csv, with 王建国’s 联系人2 赵丽 on a repeated company.
// prettier-ignore
const ZH_B2B: CellValue[][] = [
  ['客户编号', '客户名称', '联系人', '手机', '邮箱', '联系人2', '手机2', '负责人'],
  ['KH001', '上海华信科技有限公司', '王伟', '138 0013 8000', 'wangwei@huaxin.com.cn', '赵丽', '13812345678', '李娜'],
  ['KH002', '上海华信科技有限公司', '陈明', '13600001111', 'chenming@huaxin.com.cn', '', '', '李娜'],
  ['KH005', '杭州云帆网络科技有限公司', '', '15900001111', 'contact@yunfan.com', '', '', '赵强'],
  ['KH006', '广州恒达贸易有限公司', '刘洋', '020-88886666', 'liuyang@hengda.com', '', '', ''],
  ['KH007', '（空）', '', '', '', '', '', ''],
];

async function exportAccounts(locale: 'zh-CN' | 'en-US') {
  const host = makeHost({ name: '客户', values: ZH_B2B }, { environment: { locale, theme: 'light' } });
  await renderApp(host);
  const zh = locale === 'zh-CN';
  fireEvent.click(screen.getByRole('tab', { name: zh ? '导出' : 'Export' }));
  fireEvent.change(screen.getByRole('combobox', { name: zh ? 'CRM 系统' : 'CRM' }), { target: { value: 'fxiaoke' } });
  fireEvent.click(screen.getByRole('button', { name: zh ? '写入导出表' : 'Write export sheets' }));
}

describe('ExportView of an accounts export of a contact list', () => {
  test('in Chinese', async () => {
    await exportAccounts('zh-CN');
    expect(await screen.findByText('第 6 行只有客户编号，没有客户内容，未导出。')).toBeTruthy();
    expect(screen.getByText('第 4 行没有联系人：其电话和邮箱是公司自己的，已写在客户上。')).toBeTruthy();
    expect(
      screen.getByText('第 5 行的座机或公共邮箱（info@、sales@ 之类）是公司的，也写在客户上，联系人同样保留。'),
    ).toBeTruthy();
    expect(
      screen.getByText('1 位其他联系人（“联系人2”、“手机2”）各写成一条联系人，所属公司与其所在行相同。'),
    ).toBeTruthy();
  });

  test('in English', async () => {
    await exportAccounts('en-US');
    expect(await screen.findByText('Left out, with only a customer ID and no customer details: row 6')).toBeTruthy();
    expect(
      screen.getByText(
        'No contact person, so their phone and e-mail are the company’s own, written on the account: row 4',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Other contacts on a row (“联系人2”, “手机2”) written as contacts of their own, with their row’s company: 1',
      ),
    ).toBeTruthy();
  });
});
