import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { parseTemplate, templateToJson, type Template } from '../../shared/template/schema';
import { run, tempDir } from './run';
import { writeXlsx } from './fixtures';

/** The template a run printed, read back the way --template reads it. */
function printed(stdout: string): Template {
  const result = parseTemplate(stdout);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.template;
}

/** The built-in template with one more header synonym for the customer ID, as a team adds its own. */
function withIdSynonym(synonym: string): Template {
  return {
    ...DEFAULT_TEMPLATE,
    fields: DEFAULT_TEMPLATE.fields.map((f) => (f.kind === 'id' ? { ...f, synonyms: [...f.synonyms, synonym] } : f)),
  };
}

// --template names a file by absolute path: the in-process runs share the test runner's working directory.
async function mappingOf(dir: string, file: string, template: string): Promise<unknown> {
  const result = await run(['check', file, '--json', '--template', join(dir, template)], dir);
  return (JSON.parse(result.stdout) as { mapping: unknown }).mapping;
}

describe('custodian template --json', () => {
  const dir = tempDir();

  test('prints the built-in template when given no file', async () => {
    const result = await run(['template', '--json'], dir);
    expect(result.code).toBe(0);
    expect(printed(result.stdout)).toEqual(DEFAULT_TEMPLATE);
  });

  test('prints the template stored by clean, which --template maps the same way, when an en-US team added a synonym', async () => {
    const rows = [
      ['Member No.', 'Name', 'Phone', 'Email'],
      ['M-1001', 'Alice Martin', '+1 415 555 0101', 'alice@example.com'],
      ['M-1002', 'Bob Chen', '+1 415 555 0102', 'bob@example.com'],
    ];
    await writeXlsx(join(dir, 'members.xlsx'), rows, { sheet: 'Customers' });
    writeFileSync(join(dir, 'ours.json'), templateToJson(withIdSynonym('Member No.')));
    const clean = await run(
      ['clean', 'members.xlsx', '-o', 'governed.xlsx', '--template', join(dir, 'ours.json')],
      dir,
    );
    expect(clean.code).toBe(0);

    const result = await run(['template', '--json', 'governed.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(printed(result.stdout)).toEqual(withIdSynonym('Member No.'));

    writeFileSync(join(dir, 'printed.json'), result.stdout);
    const mapping = await mappingOf(dir, 'members.xlsx', 'printed.json');
    expect(mapping).toEqual(await mappingOf(dir, 'members.xlsx', 'ours.json'));
    expect(JSON.stringify(mapping)).toContain('"Member No.":"customerId"');
  });

  test('prints the --template file over the stored one when a zh-CN workbook stores another', async () => {
    await writeXlsx(join(dir, '会员.xlsx'), [
      ['会员卡号', '姓名', '手机号'],
      ['VIP001', '陈静', '13800138012'],
    ]);
    writeFileSync(join(dir, '会员模板.json'), templateToJson(withIdSynonym('会员卡号')));
    writeFileSync(join(dir, '另一个.json'), templateToJson(withIdSynonym('卡号')));
    expect(
      (await run(['clean', '会员.xlsx', '-o', '会员-规范.xlsx', '--template', join(dir, '会员模板.json')], dir)).code,
    ).toBe(0);

    const stored = await run(['template', '--json', '会员-规范.xlsx'], dir);
    expect(printed(stored.stdout)).toEqual(withIdSynonym('会员卡号'));
    const given = await run(['template', '--json', '--template', join(dir, '另一个.json'), '会员-规范.xlsx'], dir);
    expect(printed(given.stdout)).toEqual(withIdSynonym('卡号'));
  });

  test('prints the built-in template and says so when the file stores none', async () => {
    await writeXlsx(join(dir, 'plain.xlsx'), [
      ['客户编号', '姓名'],
      ['C000001', '刘洋'],
    ]);
    const result = await run(['template', '--json', 'plain.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(printed(result.stdout)).toEqual(DEFAULT_TEMPLATE);
    expect(result.stderr).toBe('plain.xlsx stores no template: this is the built-in one.\n');
  });

  test.each([
    [['template', '--json', '-o', 'out.xlsx'], /--json prints the template; -o writes a workbook/],
    [['template', 'plain.xlsx', '-o', 'out.xlsx'], /a FILE is read only with --json/],
    [['template', '--json', 'a.xlsx', 'b.xlsx'], /one file at a time/],
  ])('refuses %j with exit 2', async (args, message) => {
    const result = await run(args, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
