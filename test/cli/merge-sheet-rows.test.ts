/**
 * A ledger with its title above the header: merge moves the header up to row 1, yet says which rows
 * it merged in the rows of the sheet the user has open, as dedupe does.
 */
import { join } from 'node:path';
import type { CellValue } from '../../shared/sheet/cell-value';
import { writeXlsx } from './fixtures';
import { run, tempDir } from './run';

const TODAY = ['--today', '2024-06-10'];

// 华东大区's 客户跟进台账: a title in row 1, the header in row 2, duplicates in rows 3–4 and 7 and 9.
const LEDGER: CellValue[][] = [
  ['华东大区2024年客户跟进台账（销售二部）'],
  ['序号', '客户名称', '统一社会信用代码', '联系人', '手机', '邮箱', '区', '客户等级', '最后跟进', '备注'],
  [
    1,
    '杭州西子智能科技有限公司',
    '91330106MA2B3C4D5E',
    '王建国',
    '13857112345',
    'wangjg@xizi-tech.com',
    '西湖区',
    'A',
    '2024-05-20',
    '年框客户',
  ],
  [
    2,
    '杭州西子智能科技有限责任公司',
    '91330106MA2B3C4D5E',
    '王建国',
    '138 5711 2345',
    'WangJG@xizi-tech.com',
    '西湖区',
    '重要',
    '2024.5.20',
    '同上，重复录入？',
  ],
  [
    3,
    '北京中科远望信息技术有限公司',
    '91110108MA01ABCD2X',
    '张伟',
    '13910002000',
    'zw@zkyw.cn',
    '海淀区',
    'B',
    '2024-05-02',
    '',
  ],
  [
    4,
    '宁波北仑港机有限公司',
    '91330206144123456A',
    '孙丽',
    '13957421234',
    'sunli@blgj.com.cn',
    '北仑区',
    'B',
    '2024-05-28',
    '',
  ],
  [
    5,
    '广州珠江家电有限公司',
    '91440101190456789M',
    '梁文',
    '13800138000',
    'liangwen@zjjd.com',
    '天河区',
    'A',
    '2024/06/03',
    '',
  ],
  [
    6,
    '深圳前海微众科技有限公司',
    '91440300MA5DABCDEF',
    '马超',
    '13923451234',
    'machao@qhwz.com',
    '南山区',
    '重要',
    '2024-05-10',
    '',
  ],
  [
    7,
    '广州珠江家电有限公司',
    '91440101190456789M',
    '梁文',
    '13800138000',
    'liangwen@zjjd.com',
    '天河',
    'A',
    '2024-06-10',
    '二次拜访',
  ],
];

describe('custodian merge on a sheet with a title above its header', () => {
  test('names the merged rows as dedupe does, in the rows of the sheet as the user has it', async () => {
    const dir = tempDir();
    await writeXlsx(join(dir, 'ledger.xlsx'), LEDGER, { sheet: '客户台账' });
    const found = await run(['dedupe', 'ledger.xlsx', '--json', ...TODAY], dir);
    const groups = (JSON.parse(found.stdout) as { clusters: { rows: number[] }[] }).clusters.map((c) => c.rows);
    expect(groups).toEqual([
      [3, 4],
      [7, 9],
    ]);
    const merged = await run(['merge', 'ledger.xlsx', '-o', 'ledger-merged.xlsx', ...TODAY], dir);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain('下列行号与原工作表一致。');
    const lines = merged.stdout.split('\n').filter((l) => /^ {2}M-/.test(l));
    expect(lines).toHaveLength(2);
    // Each group's rows, merged-away and kept, are the ones dedupe named.
    lines.forEach((line, k) => {
      const rows = [...line.matchAll(/第 ([\d、]+) 行/g)].flatMap((m) => m[1]!.split('、').map(Number));
      expect(rows.sort((a, b) => a - b)).toEqual(groups[k]);
    });
  });
});
