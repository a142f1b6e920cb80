/**
 * A survivor's own value passed over for another row's (a choice the list offers over one it does not)
 * is not lost: it goes into the notes as 其他<列名>：<值>, as the values of noted columns do.
 */
import { mergeAndApply, optionsFor, sheet } from './fixtures';

describe('merge notes a survivor value it replaced', () => {
  test('notes the 客户来源 a DingTalk CRM row had when the other row’s source is kept', () => {
    const snapshot = sheet('客户列表', [
      [
        '客户名称',
        '客户编号',
        '客户来源',
        '负责人',
        '协同人',
        '联系人姓名',
        '联系人手机',
        '联系人电话',
        '联系人邮箱',
        '标签',
        '备注',
      ],
      [
        '北京字节跳动网络技术有限公司',
        'KH20240001',
        '网络搜索',
        '张三',
        '李四',
        '刘洋',
        13811112222,
        '010-58881234',
        'liuyang@bytedance.com',
        'KA;续约',
        '',
      ],
      [
        '北京字节跳动网络技术有限公司',
        'KH20240017',
        '转介绍',
        '王五',
        '',
        '刘洋',
        13811112222,
        '',
        'liuyang@bytedance.com',
        'KA',
        '王五又建了一遍',
      ],
    ]);
    const { result, rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'zh-CN'));
    // Row 2, the fuller, is kept; row 3's source is one the list offers.
    expect(result.merges[0]).toMatchObject({ survivorRow: 2 });
    const kept = String(rowAt(2)['客户来源']);
    const notes = String(rowAt(2)['备注']);
    expect(kept === '网络搜索' || notes.includes('其他客户来源：网络搜索')).toBe(true);
    expect(kept === '转介绍' || notes.includes('其他客户来源：转介绍')).toBe(true);
    expect(notes).toContain('其他负责人：');
  });

  test('notes the 行业 of a ledger’s kept row when another row’s industry replaces it', () => {
    const snapshot = sheet('客户台账', [
      ['客户名称', '联系人', '手机', '邮箱', '行业', '客户等级', '最后跟进', '备注'],
      [
        '杭州（滨江）云帆网络有限公司',
        '郑浩',
        '18667001234',
        'zh@yunfan.net',
        'IT/互联网',
        '重要',
        '2024-06-05',
        '老客户，续费',
      ],
      ['杭州(滨江)云帆网络有限公司', '郑浩', '186-6700-1234', 'zh@yunfan.net', '互联网', 'A', '2024-06-05', ''],
    ]);
    const { result, rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'zh-CN'));
    expect(result.merges[0]).toMatchObject({ survivorRow: 2 });
    const industry = String(rowAt(2)['行业']);
    const notes = String(rowAt(2)['备注']);
    expect(industry === 'IT/互联网' || notes.includes('其他行业：IT/互联网')).toBe(true);
    expect(industry === '互联网' || notes.includes('其他行业：互联网')).toBe(true);
  });
});
