/**
 * A list kept in Hong Kong and on the mainland: statuses and types in both scripts, 男士 beside 女士,
 * tags parted by spaces. Each is an option typed another way: check calls it non-canonical, not out
 * of the list, and clean writes the option's label.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const LIST: CellValue[][] = [
  ['客户名称', '性别', '状态', '客户类型', '标签'],
  ['陈大文', '男士', '跟進中', '潛在客戶', '价格敏感 高意向'],
  ['李小红', '女士', '跟进中', '潜在客户', '高意向'],
  ['黄志明', '男', '活跃', '老客戶', '价格敏感 老板朋友'],
];

describe('check-sheet', () => {
  test('reads traditional characters, 男士 and space-parted tags as options', () => {
    const { issues } = checkSheet(sheet(LIST), { now: TODAY, locale: 'zh-CN' });
    expect(issues.filter((i) => i.code === 'choice.notInList')).toEqual([]);
    const nonCanonical = issues.filter((i) => i.code === 'choice.nonCanonical').map((i) => [i.row, i.column, i.value]);
    expect(nonCanonical).toEqual(
      expect.arrayContaining([
        [2, '性别', '男士'],
        [2, '状态', '跟進中'],
        [2, '客户类型', '潛在客戶'],
        [4, '客户类型', '老客戶'],
      ]),
    );
  });

  test('clean writes the option labels and keeps an unknown tag as typed', () => {
    const { plan } = planClean(sheet(LIST), { now: TODAY, locale: 'zh-CN' });
    const edits = plan.edits.filter((e) => e.col >= 2).map((e) => [e.row, e.col, e.before, e.after]);
    expect(edits).toEqual(
      expect.arrayContaining([
        [2, 2, '男士', '男'],
        [2, 3, '跟進中', '跟进中'],
        [2, 4, '潛在客戶', '潜在客户'],
        [2, 5, '价格敏感 高意向', '价格敏感, 高意向'],
        [4, 4, '老客戶', '老客户'],
      ]),
    );
    expect(edits.filter((e) => e[0] === 4 && e[1] === 5)).toEqual([]);
  });
});
