import { join } from 'node:path';
import { run, tempDir } from './run';
import { writeGbkCsv, writeXlsx } from './fixtures';

const TODAY = ['--today', '2024-07-01'];

describe('custodian check --json of a second column', () => {
  const dir = tempDir();

  test('says a 座机 beside 手机 is checked as the phone, its mapping still null', async () => {
    await writeXlsx(join(dir, '台账.xlsx'), [
      ['客户名称', '联系人', '手机', '座机', '备注'],
      ['杭州西溪茶业有限公司', '何静', '13800138000', '0571-87654321', ''],
      ['杭州明德电子有限公司', '林涛', '13912345678', '0571-7826462', '老客户介绍'],
    ]);
    const result = await run(['check', '台账.xlsx', '--json', ...TODAY], dir);
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(['issues', 'rows', 'mapping', 'checkedAs']);
    expect(output.mapping).toMatchObject({ 手机: 'phone', 座机: null, 备注: 'notes' });
    expect(output.checkedAs).toEqual({ 座机: 'phone' });
    expect(output.issues).toContainEqual(
      expect.objectContaining({ row: 3, column: '座机', field: 'phone', code: 'phone.invalid', severity: 'error' }),
    );
  });

  test('says a Mobile beside Phone is checked as the phone in an English CSV', async () => {
    writeGbkCsv(join(dir, 'contacts.csv'), [
      ['First Name', 'Last Name', 'Phone', 'Mobile', 'Work Phone'],
      ['Mary', 'Smith', '(415) 555-0134', '(415) 555-0199', '(415) 555-0100'],
    ]);
    const output = JSON.parse((await run(['check', 'contacts.csv', '--json', ...TODAY], dir)).stdout);
    expect(output.mapping).toMatchObject({ Phone: 'phone', Mobile: null });
    expect(output.checkedAs).toMatchObject({ Mobile: 'phone' });
    for (const [header, field] of Object.entries(output.checkedAs)) {
      expect(output.mapping[header]).toBeNull();
      expect(field).toBe('phone');
    }
  });

  test('prints no checkedAs when every checked column has a field of its own', async () => {
    await writeXlsx(join(dir, 'one-phone.xlsx'), [
      ['姓名', '手机'],
      ['张三', '13800138000'],
    ]);
    const output = JSON.parse((await run(['check', 'one-phone.xlsx', '--json', ...TODAY], dir)).stdout);
    expect(Object.keys(output)).toEqual(['issues', 'rows', 'mapping']);
  });
});
