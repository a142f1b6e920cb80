import { HostError } from '../../shared/host/host';
import { HOST_MESSAGES, HOST_MESSAGE_TEXTS } from '../../shared/host/host-messages';
import { createMemoryHost } from '../../shared/host/memory-host';
import { workbookFromSnapshot } from '../../shared/plan/apply-plan';
import { translator } from '../../shared/ui/i18n';
import { describeError } from '../../shared/ui/errors';

const customers = () =>
  createMemoryHost(
    workbookFromSnapshot({
      name: '客户',
      values: [
        ['客户编号', '姓名'],
        ['C000001', '张伟'],
      ],
    }),
  );

describe('host-messages', () => {
  test('has every message in every language, with the same parameters', () => {
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const texts of Object.values(HOST_MESSAGE_TEXTS)) {
      expect(Object.keys(texts).sort()).toEqual(Object.keys(HOST_MESSAGES).sort());
      for (const [key, text] of Object.entries(texts))
        expect(params(text)).toEqual(params(HOST_MESSAGES[key as keyof typeof HOST_MESSAGES]));
    }
  });

  test('shows a fixed host message in Chinese when a cell of a sheet that is gone is selected (zh-CN)', async () => {
    const error = await customers()
      .selectCell('Sheet1', 2, 2)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(describeError(error, translator('zh-CN'), 'zh-CN')).toBe(
      '选择单元格时出错：工作簿中没有名为“Sheet1”的工作表。',
    );
  });

  test('keeps the English message for logs and shows it in English when a selected sheet is gone (en-US)', async () => {
    const error = await customers()
      .selectCell('Sheet1', 2, 2)
      .catch((e: unknown) => e);
    expect((error as HostError).message).toBe('The workbook has no sheet "Sheet1".');
    expect(describeError(error, translator('en-US'), 'en-US')).toBe(
      'While selecting a cell: The workbook has no sheet "Sheet1".',
    );
  });

  test("names the step inside a fixed message in the user's language when the sheet was renamed (zh-CN)", () => {
    const error = HostError.fixed('prepare', 'sheetRenamed', { sheet: '客户' });
    expect(error.message).toBe(
      'Could not find the sheet "客户" (preparing the changes): it was renamed or deleted. Read the sheet again.',
    );
    expect(describeError(error, translator('zh-CN'), 'zh-CN')).toBe(
      '准备更改时出错：找不到工作表“客户”（准备更改）：它已被重命名或删除。请重新读取工作表。',
    );
  });

  test("shows the host's own exception text as it came when the message is not a fixed one", () => {
    const error = new HostError('writing cell values', 'Quota exceeded.');
    expect(describeError(error, translator('zh-CN'), 'zh-CN')).toBe('写入单元格时出错：Quota exceeded.');
  });
});
