/**
 * A customer entered twice in a CRM gets two customer IDs. The IDs say nothing of who the customer
 * is (every row has its own), but a group's explanation names them as differing, so that whoever
 * merges knows two records of the CRM are involved.
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

// 钉钉 CRM's 客户列表 export: each row has its own 客户编号.
const dingtalk: CellValue[][] = [
  ['客户名称', '客户编号', '客户来源', '负责人', '联系人姓名', '联系人手机', '联系人邮箱', '详细地址'],
  [
    '北京字节跳动网络技术有限公司',
    'KH20240001',
    '网络搜索',
    '张三',
    '刘洋',
    13811112222,
    'liuyang@bytedance.com',
    '北三环西路甲18号',
  ],
  [
    '北京字节跳动网络技术有限公司',
    'KH20240017',
    '转介绍',
    '王五',
    '刘洋',
    13811112222,
    'liuyang@bytedance.com',
    '北三环西路甲18号大钟寺广场',
  ],
  [
    '杭州海康威视数字技术股份有限公司',
    'KH20240002',
    '展会',
    '张三',
    '陈刚',
    13900001111,
    'chengang@hikvision.com',
    '阡陌路555号',
  ],
  [
    '深圳市大疆创新科技有限公司',
    'KH20240003',
    '官网',
    '赵六',
    '黄敏',
    '+86 13700002222',
    'huangmin@dji.com',
    '仙元路55号',
  ],
  ['成都链家房地产经纪有限公司', 'KH20240005', '电话营销', '钱七', '吴磊', 18900004444, '', '天府大道中段'],
  ['武汉斗鱼网络科技有限公司', 'KH20240006', '展会', '钱七', '郑丽', 15500005555, 'zhengli@douyu.tv', '光谷软件园'],
];

describe('findDuplicates names customer IDs that differ within a group', () => {
  test('lists 客户编号 KH20240001 ≠ KH20240017 as a difference of the group', () => {
    const group = findDuplicates({ name: '客户列表', values: dingtalk }).clusters.find((c) => c.rows.join() === '2,3');
    expect(group?.band).toBe('merge');
    expect(group?.reasons).toContainEqual(
      expect.objectContaining({
        column: '客户编号',
        level: 'other-record',
        message: expect.stringContaining('KH20240001 ≠ KH20240017'),
      }),
    );
  });

  test('names no ID when the rows share it', () => {
    const shared = dingtalk.map((row, r) => (r === 2 ? [row[0]!, 'KH20240001', ...row.slice(2)] : row));
    const group = findDuplicates({ name: '客户列表', values: shared }).clusters.find((c) => c.rows.join() === '2,3');
    expect(group?.reasons.filter((r) => r.column === '客户编号' && r.level === 'other-record')).toEqual([]);
  });
});
