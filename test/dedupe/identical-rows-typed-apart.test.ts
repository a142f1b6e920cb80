/**
 * Two rows that agree on every key but are typed apart (深圳市华强电子有限公司 and 深圳华强电子有限公司
 * under one 统一社会信用代码): the reasons quote both ways of writing, and say what was set aside,
 * never "the same" of one value alone.
 */
import { findDuplicates } from '../../shared/dedupe';
import { ZH_LEVEL_WORDS } from '../../shared/dedupe/level-words';
import type { CellValue } from '../../shared/sheet/cell-value';

const values: CellValue[][] = [
  ['客户编码', '客户名称', '统一社会信用代码', '联系人', '联系电话', '地址'],
  ['000123', '深圳市华强电子有限公司', '91440300MA5F3XXX1K', '张伟', '0755-83001234', '深圳市福田区华强北路1001号'],
  ['000124', '深圳华强电子有限公司', '91440300MA5F3XXX1K', '张伟', '0755-83001234', '深圳市福田区华强北路1001号'],
];

describe('findDuplicates on two rows alike but for how one name is written', () => {
  const [cluster] = findDuplicates({ name: '客户档案', values }).clusters;
  const reason = (column: string) => cluster?.reasons.find((r) => r.column === column);

  test('are one group', () => {
    expect(cluster?.rows).toEqual([2, 3]);
    expect(cluster?.band).toBe('merge');
  });

  test('the company is the same once the region is set aside, both names quoted (en and zh)', () => {
    const company = reason('客户名称');
    expect(company?.level).toBe('suffix-removed');
    expect(company?.message).toBe(
      '客户名称: same company once legal form and region are set aside (深圳市华强电子有限公司 = 深圳华强电子有限公司)',
    );
    expect(ZH_LEVEL_WORDS[company!.level]).toBe('去掉公司后缀和地名后相同');
  });

  test('columns typed alike still read as the same value', () => {
    expect(reason('联系人')).toMatchObject({ level: 'exact', message: '联系人: same value (张伟)' });
  });
});
