import { join } from 'node:path';
import { applyPlanToWorkbook } from '../../cli/io/apply-plan-to-workbook';
import { readWorkbookFile } from '../../cli/io/read-workbook';
import { writeWorkbookFile } from '../../cli/io/write-workbook';
import { planTemplateSave } from '../../shared/operations/save-template';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { parseTemplate, type Template } from '../../shared/template/schema';
import { editTemplate } from '../../shared/template/template-edits';
import { writeXlsx } from './fixtures';
import { run, tempDir } from './run';

interface CheckJson {
  issues: { row: number; field: string; code: string; suggestion?: unknown }[];
}

/** A Chinese team's edit in the sidebar: 北京市区 reads as 北京, and 代理商 becomes a customer type. */
function edited(): Template {
  const beijing = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'region')!.options!.find((o) => o.key === 'beijing')!;
  const withSynonym = editTemplate(DEFAULT_TEMPLATE, {
    kind: 'synonyms',
    field: 'region',
    option: 'beijing',
    synonyms: [...beijing.synonyms, '北京市区'],
  });
  return editTemplate(withSynonym, {
    kind: 'addOption',
    field: 'customerType',
    labels: { 'zh-CN': '代理商', 'en-US': 'Reseller' },
  });
}

describe('custodian template --json and check on a workbook whose template was edited in the sidebar', () => {
  const dir = tempDir();
  const rows = [
    ['客户编号', '姓名', '地区', '客户类型'],
    ['C000001', '张伟', '北京市区', '代理商'],
    ['C000002', '李娜', '广西壮族自治区', '老客户'],
  ];

  async function savedWorkbook(): Promise<string> {
    await writeXlsx(join(dir, 'plain.xlsx'), rows);
    const loaded = await readWorkbookFile(join(dir, 'plain.xlsx'));
    await applyPlanToWorkbook(loaded, planTemplateSave(loaded.snapshot, edited()).plan);
    await writeWorkbookFile(loaded, join(dir, 'saved.xlsx'));
    return 'saved.xlsx';
  }

  test('prints the saved template when the workbook stores one', async () => {
    const file = await savedWorkbook();
    const result = await run(['template', '--json', file], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const printed = parseTemplate(result.stdout);
    expect(printed.ok && printed.template).toEqual(edited());
  });

  test('checks with the saved template: the new option is accepted and the new spelling reads as 北京', async () => {
    const file = await savedWorkbook();
    const saved = JSON.parse((await run(['check', file, '--json'], dir)).stdout) as CheckJson;
    const plain = JSON.parse((await run(['check', 'plain.xlsx', '--json'], dir)).stdout) as CheckJson;
    const codes = (output: CheckJson, field: string) =>
      output.issues.filter((i) => i.field === field).map((i) => [i.row, i.code]);
    expect(codes(plain, 'customerType')).toEqual([[2, 'choice.notInList']]);
    expect(codes(saved, 'customerType')).toEqual([]);
    expect(codes(plain, 'region')).toEqual([[3, 'choice.nonCanonical']]);
    expect(saved.issues.filter((i) => i.field === 'region').map((i) => [i.row, i.suggestion])).toEqual([
      [2, '北京'],
      [3, '广西'],
    ]);
  });

  test('lists the template save in custodian history and custodian undo brings back the built-in template', async () => {
    const file = await savedWorkbook();
    const history = JSON.parse((await run(['history', file, '--json'], dir)).stdout) as {
      operations: { operation: string; undoneBy: string | null }[];
    };
    expect(history.operations.map((o) => [o.operation, o.undoneBy])).toEqual([['templateSave', null]]);
    expect((await run(['undo', file, '-o', 'template-undone.xlsx'], dir)).code).toBe(0);
    const printed = parseTemplate((await run(['template', '--json', 'template-undone.xlsx'], dir)).stdout);
    expect(printed.ok && printed.template).toEqual(DEFAULT_TEMPLATE);
  });
});
