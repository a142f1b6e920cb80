/**
 * A fixed failure text of the Apps Script server crosses google.script.run with its catalogue key,
 * so the sidebar shows it in the user's language, as it does for the other hosts.
 */
import { emptyPlan } from '../../shared/plan/plan';
import { HostError } from '../../shared/host/host';
import { translator } from '../../shared/ui/i18n';
import { describeError } from '../../shared/ui/errors';
import { buildGas, loadServer, readDist, scriptRun } from './gas-runtime';
import { seededEmulator } from './contract-host';
import { client } from './sidebar-modules';

function sheetsHost() {
  buildGas({ sidebar: false });
  const emulator = seededEmulator({
    name: '客户',
    values: [
      ['客户编号', '姓名'],
      ['C000001', '张伟'],
    ],
  });
  const server = loadServer(readDist('Code.js'), emulator);
  return client.createSheetsHost({ server: client.createServerCall(scriptRun(server).run) });
}

describe('Sheets server errors', () => {
  test('shows a renamed sheet in Chinese when a plan targets a sheet that is gone (zh-CN)', async () => {
    const host = sheetsHost();
    const plan = { ...emptyPlan('客户表'), edits: [{ row: 2, col: 2, before: '张伟', after: '张 伟' }] };
    const error = await host.applyPlan(plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toBe(
      'Could not find the sheet "客户表" (preparing the changes): it was renamed or deleted. Read the sheet again.',
    );
    expect(describeError(error, translator('zh-CN'), 'zh-CN')).toBe(
      '准备更改时出错：找不到工作表“客户表”（准备更改）：它已被重命名或删除。请重新读取工作表。',
    );
    expect(describeError(error, translator('en-US'), 'en-US')).toBe(
      'While preparing the changes: Could not find the sheet "客户表" (preparing the changes): it was renamed or deleted. Read the sheet again.',
    );
  });
});

describe('Sheets server step failures', () => {
  // A whole-number rule whose formula lacks its "=": Apps Script refuses it with its own exception.
  const badRule = {
    ...emptyPlan('客户'),
    validations: [
      {
        kind: 'whole' as const,
        col: 2,
        firstRow: 2,
        lastRow: 9,
        min: 0,
        formula: 'ISNUMBER(B2)',
        allowBlank: true,
        strict: true,
      },
    ],
  };

  test('words a failed step in Chinese after it crossed google.script.run (zh-CN)', async () => {
    const error = await sheetsHost()
      .applyPlan(badRule)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).message).toBe(
      'Could not add the dropdowns (applying data validation): Invalid argument: formula',
    );
    expect(describeError(error, translator('zh-CN'), 'zh-CN')).toBe(
      '设置数据验证时出错：无法添加下拉列表：Invalid argument: formula',
    );
  });

  test('names the cell it could not select, in either language, when its sheet is gone', async () => {
    const error = await sheetsHost()
      .selectCell('客户表', 3, 2)
      .catch((e: unknown) => e);
    expect(describeError(error, translator('zh-CN'), 'zh-CN')).toBe(
      '选择单元格时出错：工作簿中没有名为“客户表”的工作表。',
    );
    expect(describeError(error, translator('en-US'), 'en-US')).toBe(
      'While selecting a cell: The workbook has no sheet "客户表".',
    );
  });

  test('says which sheet of options is missing when a dropdown lists a deleted sheet (zh-CN)', async () => {
    const plan = {
      ...emptyPlan('客户'),
      validations: [
        {
          col: 6,
          firstRow: 2,
          lastRow: 9,
          source: { kind: 'range' as const, sheet: '选项', range: '选项!$A$1:$A$2', values: ['VIP', '普通'] },
          allowBlank: true,
          strict: true,
        },
      ],
    };
    const error = await sheetsHost()
      .applyPlan(plan)
      .catch((e: unknown) => e);
    expect(describeError(error, translator('zh-CN'), 'zh-CN')).toBe(
      '设置数据验证时出错：无法为 F 列添加下拉列表（设置数据验证）：存放选项的工作表“选项”不存在。',
    );
    expect((error as HostError).message).toBe(
      'Could not add the dropdown for column F (applying data validation): the sheet "选项" with its options is missing.',
    );
  });
});

describe('Sheets client errors', () => {
  test('says in Chinese that the Apps Script project lacks a function when the deployed build is older (zh-CN)', async () => {
    // A runner of an older deployment: the handlers exist, the function the sidebar calls does not.
    const run = { withSuccessHandler: () => run, withFailureHandler: () => run };
    const error = await client
      .createServerCall(() => run)('checkEdits')
      .catch((e: unknown) => e);
    expect((error as HostError).message).toBe(
      'The Apps Script project has no function checkEdits: push the latest build (npm run push:gas).',
    );
    expect(describeError(error, translator('zh-CN'), 'zh-CN')).toBe(
      '与 Google 表格通信时出错：Apps Script 项目中没有函数 checkEdits：请推送最新构建（npm run push:gas）。',
    );
    expect(describeError(error, translator('en-US'), 'en-US')).toBe(
      'While talking to Google Sheets: The Apps Script project has no function checkEdits: push the latest build (npm run push:gas).',
    );
  });
});
