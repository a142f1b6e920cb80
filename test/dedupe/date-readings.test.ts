/**
 * Dedupe reads a column's dates as check does: a dump's Unix timestamps as their instants, and a
 * Taiwan list's 69年9月15日 as no one day (1969 or 1980), so it is no evidence either way.
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const reasonIn = (values: CellValue[][], column: string) => {
  const cluster = findDuplicates({ name: '客户', values }).clusters.find((c) => c.rows.includes(2));
  return { cluster, reason: cluster?.reasons.find((r) => r.column === column) };
};

describe('findDuplicates of Unix timestamps', () => {
  test('says a WeCom contact added twice 40 seconds apart was added the same day', () => {
    const wecom: CellValue[][] = [
      ['客户名称', '手机', '添加时间', '添加人'],
      ['张伟', '13800138000', 1700000000, '李强'],
      ['王芳', '13900139000', 1700003600, '李强'],
      ['刘洋', '13700137000', 1704067200, '何静'],
      ['张伟', '13800138000', 1700000040, '何静'],
    ];
    const { cluster, reason } = reasonIn(wecom, '添加时间');
    expect(cluster?.rows).toEqual([2, 5]);
    expect(reason).toMatchObject({ level: 'similar' });
    expect(reason?.message).toContain('same day, another time');
  });
});

describe('findDuplicates of a two-digit 年 year', () => {
  const taiwan: CellValue[][] = [
    ['姓名', '手機', '電郵', '生日', '地址'],
    ['陳志明', '0912-345-678', 'chen@example.com.tw', '69年9月15日', '臺北市大安區復興南路一段390號'],
    ['林美玲', '0933-123-456', 'lin@example.com.tw', '1975-03-02', '新北市板橋區文化路一段25號'],
    ['黃淑芬', '0920-555-111', 'huang@example.com.tw', '1968-05-03', '臺中市西屯區臺灣大道三段99號'],
    ['陳志明', '0912-345-678', 'chen.zm@gmail.com', '1980-09-15', '臺北市大安區復興南路一段390號'],
  ];

  test('does not call a Taiwan list’s 69年9月15日 a different date from 1980-09-15 (民國 69)', () => {
    const { cluster, reason } = reasonIn(taiwan, '生日');
    expect(cluster?.rows).toEqual([2, 5]);
    expect(reason?.level).not.toBe('different');
  });

  test('compares a mainland list’s 69年9月15日 as 1969-09-15, as before', () => {
    const mainland: CellValue[][] = [
      ['姓名', '手机', '邮箱', '生日', '地址'],
      ['陈志明', '13812345678', 'chen@example.cn', '69年9月15日', '上海市徐汇区漕溪北路88号'],
      ['林美玲', '13912345678', 'lin@example.cn', '1975-03-02', '杭州市西湖区文三路90号'],
      ['黄淑芬', '13712345678', 'huang@example.cn', '1968-05-03', '南京市鼓楼区中山路18号'],
      ['陈志明', '13812345678', 'chen.zm@qq.com', '1969-09-15', '上海市徐汇区漕溪北路88号'],
    ];
    expect(reasonIn(mainland, '生日').reason).toMatchObject({ level: 'exact' });
  });
});
