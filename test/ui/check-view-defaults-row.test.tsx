/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { makeHost, renderApp } from './helpers';
import type { CellValue } from '../../shared/sheet/cell-value';

// A Shopify customer export with a never-filled customer: its defaults alone (no, 0.00, 0).
// prettier-ignore
const SHOPIFY: CellValue[][] = [
  ['First Name', 'Last Name', 'Email', 'Accepts Email Marketing', 'Phone', 'Total Spent', 'Total Orders', 'Tax Exempt'],
  ['Emily', 'Carter', 'emily.carter@gmail.com', 'yes', '+15035550142', '245.90', '3', 'no'],
  ['', '', '', 'no', '', '0.00', '0', 'no'],
  ['Liam', 'Brown', 'liam.brown@gmail.com', 'yes', '+61412345678', '55.00', '1', 'no'],
];

// A 有赞 member list with a row left at its 否 and 0 defaults.
// prettier-ignore
const YOUZAN: CellValue[][] = [
  ['会员姓名', '手机号', '是否关注公众号', '累计消费金额', '消费次数'],
  ['陈晓雨', '13812345601', '是', 128, 1],
  [null, null, '否', 0, 0],
  ['王建国', '13705710002', '否', 56, 2],
];

describe('CheckView on a row of defaults alone', () => {
  test('says once, in English, that the row is an empty record and reports no required field on it', async () => {
    await renderApp(makeHost({ name: 'customers_export', values: SHOPIFY }));
    fireEvent.click(screen.getByRole('tab', { name: 'Check' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check sheet' }));
    expect(
      await screen.findByText(
        'Row 3: only default values (no, 0), no name, phone, email, company or ID: an empty record, not a customer, left unchecked.',
      ),
    ).toBeTruthy();
    expect(screen.queryByTestId('issue-group-required.missing')).toBeNull();
  });

  test('says it in Chinese on a Chinese sidebar', async () => {
    await renderApp(makeHost({ name: '会员', values: YOUZAN }, { environment: { locale: 'zh-CN', theme: 'light' } }));
    fireEvent.click(screen.getByRole('tab', { name: '检查' }));
    fireEvent.click(screen.getByRole('button', { name: '检查工作表' }));
    expect(
      await screen.findByText(
        '第 3 行只有默认值（否、0），没有姓名、电话、邮箱、公司或编号：是空记录，不是客户，保持原样，不检查。',
      ),
    ).toBeTruthy();
    expect(screen.queryByTestId('issue-group-required.missing')).toBeNull();
  });
});
