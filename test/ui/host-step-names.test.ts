import { HostError } from '../../shared/host/host';
import { translator } from '../../shared/ui/i18n';
import { describeError } from '../../shared/ui/errors';

describe('errors', () => {
  test("names a host step in the user's language when the sidebar is in Chinese", () => {
    const error = new HostError('writing cell values', 'Cell 客户!E3 holds the formula =D3*2.');
    expect(describeError(error, translator('zh-CN'), 'zh-CN')).toBe(
      '写入单元格时出错：Cell 客户!E3 holds the formula =D3*2.',
    );
    expect(describeError(error, translator('en-US'), 'en-US')).toBe(
      'While writing cell values: Cell 客户!E3 holds the formula =D3*2.',
    );
  });

  test("shows a step as the host named it when it is not one of the catalogue's steps", () => {
    const error = new HostError('switching sheets', 'The workbook is busy.');
    expect(describeError(error, translator('zh-CN'), 'zh-CN')).toBe('switching sheets时出错：The workbook is busy.');
  });
});
