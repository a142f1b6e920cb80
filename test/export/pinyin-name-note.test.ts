/**
 * A Chinese list's pinyin names (Zhang Wei) are read surname first. The export says so only when some
 * name was read that way: a list of Han names alone (张伟, 欧阳娜) has none, and no line about them.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport } from '../../shared/export/plan-export';
import { NOW, sheet } from './fixtures';

// 飞书 多维表格 客户表: Han names only.
// prettier-ignore
const HAN_ONLY: CellValue[][] = [
  ['客户名称', '联系人', '联系电话', '邮箱'],
  ['南京金陵科技有限公司', '王建国', '13951234567 / 025-84561234', 'wjg@jinling.com'],
  ['苏州工业园区星海贸易有限公司', '欧阳娜', '0512-62581234', 'ouyang@xinghai.cn'],
  ['无锡太湖电子有限公司', '张伟', '13861234567', 'zw@taihu.com'],
];

describe('pinyin names read surname first, counted', () => {
  test('a Chinese list of Han names alone reads no pinyin name', () => {
    const { report } = planExport(sheet(HAN_ONLY), { crm: 'hubspot', now: NOW });
    expect(report.chineseList).toBe(true);
    expect(report.surnameFirst).toBe(0);
  });

  test('a Chinese list with a pinyin name counts it', () => {
    const values = [...HAN_ONLY, ['常州龙城机械有限公司', 'Zhang Wei', '13961234567', 'zhangwei@longcheng.com']];
    const { report, files } = planExport(sheet(values), { crm: 'hubspot', now: NOW });
    expect(report.surnameFirst).toBe(1);
    const row = files[0]!.rows[3]!;
    expect([row[files[0]!.header.indexOf('First Name')], row[files[0]!.header.indexOf('Last Name')]]).toEqual([
      'Wei',
      'Zhang',
    ]);
  });
});
