/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import { cell } from './helpers';
import { CLEAN_LABELS as LABELS, previewClean as preview } from './clean-preview';

describe('CleanView new IDs', () => {
  test('a zh-CN list keeping KH### IDs: the new company gets KH011 and the preview says whose scheme', async () => {
    const host = await preview('zh-CN', '客户', [
      ['客户编号', '客户名称', '联系人', '手机'],
      ['KH008', '成都天府医疗器械有限公司', '周杰', '18600001234'],
      ['KH009', '北京中联物流有限公司', '张丽', '13912345678'],
      ['KH010', '苏州工业园区新材料股份有限公司', '吴芳', '13700009999'],
      [null, '合肥科大讯联有限公司', '何静', '13956781234'],
    ]);
    expect(screen.getByTestId('clean-group-A').textContent).toContain('（空）→KH011');
    expect(screen.getByText('新编号沿用表中已有的编号格式，从 KH011 起。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: LABELS['zh-CN'].apply }));
    await screen.findByText(/已清理/, {}, { timeout: 5000 });
    expect(cell(host, 5, 1, '客户')).toBe('KH011');
  });

  test('an en-US list without IDs: new IDs follow the template', async () => {
    await preview('en-US', 'Customers', [
      ['Customer ID', 'Name', 'Phone'],
      [null, 'Alice Martin', '+1 415 555 0101'],
    ]);
    expect(screen.getByText('New IDs follow the template’s numbering, from C000001.')).toBeTruthy();
  });

  test('an en-US list numbering CUST-0001…: the preview names the list’s own numbering', async () => {
    await preview('en-US', 'Accounts', [
      ['Customer ID', 'Company', 'Phone'],
      ['CUST-0041', 'Acme Corp', '+1 415 555 0101'],
      ['CUST-0042', 'Globex LLC', '+1 415 555 0102'],
      [null, 'Initech Inc', '+1 415 555 0103'],
    ]);
    expect(screen.getByText('New IDs continue the list’s own numbering, from CUST-0043.')).toBeTruthy();
  });
});
