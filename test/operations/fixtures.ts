import type { CellValue } from '../../shared/sheet/cell-value';
import type { FormulaCell, SheetSnapshot } from '../../shared/sheet/snapshot';

export const TODAY = new Date(Date.UTC(2024, 5, 30));

export function sheet(values: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { name: '客户', values, ...extra };
}

export function formula(row: number, col: number, text: string): FormulaCell {
  return { row, col, formula: text };
}

/** A small messy Chinese customer list: every kind of problem once. */
export function messyChinese(): SheetSnapshot {
  return sheet([
    ['客户编号', '姓名', '性别', '手机号', '邮箱', '客户等级', '最近联系时间', '累计消费', '内部代码'],
    ['C000001', '张 伟', '男', '+86 138 0013 8000', 'Zhang.Wei@Example.com ', 'VIP', '2024/6/1', '¥1,234.50', 'x-1'],
    ['C000002', '李娜', 'F', '１３９００１３９０００', 'li.na@example.cn', 'A级', '2024年6月5日', 1200, 'x-2'],
    [null, '王芳', '女', '010-62345678', 'wang@', 'Z', '2023-01-02', 'abc', 'x-3'],
    ['C000002', '', '男', '12345', 'Zhang.Wei+crm@example.com.cn', 'B', '2024-13-01', 5, 'x-4'],
    [null, null, null, null, null, null, null, null, null],
  ]);
}
