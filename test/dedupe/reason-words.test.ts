/**
 * What a reason says of two values is true of them, in both languages: a switchboard number and a
 * colleague's extension on it are one line, a starred-out value agrees only on what it shows, one
 * time written two ways is the same time, and two numbers one digit apart are just that (two lines
 * bought in a run are as likely as a typo).
 */
import { findDuplicates, type Reason } from '../../shared/dedupe';
import { reasonText } from '../../shared/merge/audit-log';
import { MERGE_LABELS } from '../../shared/merge/labels';
import type { CellValue } from '../../shared/sheet/cell-value';
import { levelKey } from '../../shared/ui/i18n/level-strings';
import { enUS } from '../../shared/ui/i18n/en-US';
import { zhCN } from '../../shared/ui/i18n/zh-CN';

const zh = MERGE_LABELS['zh-CN'].reason!;

/** The reason on `column` of the group holding rows `a` and `b`. */
function reasonOf(values: CellValue[][], column: string, a: number, b: number): Reason {
  const clusters = findDuplicates({ name: 'Sheet1', values }, { reviewThreshold: 0.3 }).clusters;
  const cluster = clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));
  expect(cluster).toBeDefined();
  const reason = cluster!.reasons.find((r) => r.column === column);
  expect(reason).toBeDefined();
  return reason!;
}

describe('dedupe reasons', () => {
  test('a switchboard number meets a colleague extension on it when one is written without the extension', () => {
    // A 钉钉 CRM export and a 飞书 table of the same company: the line, and a person's extension on it.
    const values: CellValue[][] = [
      ['客户名称', '联系人', '电话', '城市'],
      ['苏州恒达精密机械有限公司', '周建华', '0512-65432100', '苏州'],
      ['苏州恒达精密机械有限公司', '周建华', '0512-65432100转8012', '苏州'],
      ['无锡宏远物流有限公司', '陈立', '0510-82345678', '无锡'],
    ];
    const reason = reasonOf(values, '电话', 2, 3);
    expect(reason.level).toBe('with-extension');
    expect(reason.message).toBe('电话: same number, one with an extension (0512-65432100 = 0512-65432100转8012)');
    expect(reasonText(reason, zh)).toBe('电话：同一号码，一方带分机号（0512-65432100 = 0512-65432100转8012）');
    expect(enUS[levelKey(reason.level)]).toBe('same number, one with an extension');
    expect(zhCN[levelKey(reason.level)]).toBe('同一号码，一方带分机号');
  });

  test('still tells two extensions of one switchboard apart', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系人', '电话', '邮箱'],
      ['苏州恒达精密机械有限公司', '周建华', '0512-65432100转8012', 'zhoujh@hengda-sz.com'],
      ['苏州恒达精密机械有限公司', '周建华', '0512-65432100转8015', 'zhoujh@hengda-sz.com'],
      ['无锡宏远物流有限公司', '陈立', '0510-82345678', 'chenli@hongyuan.cn'],
    ];
    const reason = reasonOf(values, '电话', 2, 3);
    expect(reason.level).toBe('different');
    expect(reason.message).toContain('one switchboard, other extensions');
  });

  // 抖音's order export: the buyer's name and number starred out.
  const douyin: CellValue[][] = [
    ['主订单编号', '选购商品', '收件人', '收件人手机号', '省', '市', '区', '详细地址', '订单提交时间'],
    [
      '6920123456789012345',
      '森源防水涂料 5kg',
      '张*',
      '138****8000',
      '浙江省',
      '杭州市',
      '西湖区',
      '文三路478号',
      '2024/3/5 14:22',
    ],
    [
      '6920123456789012400',
      '森源防水涂料 5kg',
      '张*',
      '138****8000',
      '浙江省',
      '杭州市',
      '西湖区',
      '文三路478号',
      '2024/3/6 09:10',
    ],
    [
      '6920123456789012500',
      '瓷砖胶 20kg',
      '李*',
      '139****6621',
      '浙江省',
      '杭州市',
      '滨江区',
      '江南大道100号',
      '2024/3/6 10:00',
    ],
  ];

  test('says a masked number agrees on its visible digits alone', () => {
    const reason = reasonOf(douyin, '收件人手机号', 2, 3);
    expect(reason.level).toBe('same-visible-digits');
    expect(reason.message).toContain('same visible digits of a masked number');
    expect(reasonText(reason, zh)).toBe('收件人手机号：可见的数字相同（138****8000）');
    expect(enUS[levelKey(reason.level)]).toBe('same visible digits');
    expect(zhCN[levelKey(reason.level)]).toBe('可见的数字相同');
  });

  test('says a masked name agrees on its visible characters alone', () => {
    const reason = reasonOf(douyin, '收件人', 2, 3);
    expect(reason.level).toBe('same-visible-characters');
    expect(reasonText(reason, zh)).toBe('收件人：可见的字符相同（张*）');
    expect(enUS[levelKey(reason.level)]).toBe('same visible characters');
    expect(zhCN[levelKey(reason.level)]).toBe('可见的字符相同');
  });

  test('says a masked e-mail agrees on its visible characters alone', () => {
    // 淘宝's 买家支付宝账号, starred out.
    const values: CellValue[][] = [
      ['订单编号', '买家会员名', '买家支付宝账号', '收货人姓名', '联系手机'],
      ['3781234567890', 'lily小店', 'lily***@163.com', '李*', '139****5678'],
      ['3781234567891', 'lily小店', 'lily***@163.com', '李*', '139****5678'],
      ['3781234567892', '王先生1988', 'wang***@qq.com', '王*', '137****1234'],
    ];
    const reason = reasonOf(values, '买家支付宝账号', 2, 3);
    expect(reason.level).toBe('same-visible-characters');
    expect(reasonText(reason, zh)).toBe('买家支付宝账号：可见的字符相同（lily***@163.com）');
  });

  test('says the same time written two ways is the same', () => {
    // 有赞's member export and a member typed again by hand: 2020/1/1 9:00 is 2020-01-01 09:00:00.
    const values: CellValue[][] = [
      ['会员昵称', '真实姓名', '手机号', '生日', '成为会员时间', '归属门店'],
      ['小鱼儿', '张伟', '13800138000', '1988-05-12', '2020/1/1 9:00', '杭州湖滨店'],
      ['小鱼儿', '张伟', '13800138000', '1988-05-12', '2020-01-01 09:00:00', '杭州湖滨店'],
      ['Lily', '李娜', '13912345678', '1990-02-14', '2024-01-01 00:00:00', '杭州西溪店'],
    ];
    const reason = reasonOf(values, '成为会员时间', 2, 3);
    expect(reason.level).toBe('exact');
    expect(reason.message).toBe('成为会员时间: same date and time (2020/1/1 9:00 = 2020-01-01 09:00:00)');
    expect(reasonText(reason, zh)).toBe('成为会员时间：相同（2020/1/1 9:00 = 2020-01-01 09:00:00）');
  });

  test('still says two times of one day are two times', () => {
    const values: CellValue[][] = [
      ['会员昵称', '真实姓名', '手机号', '生日', '成为会员时间', '归属门店'],
      ['小鱼儿', '张伟', '13800138000', '1988-05-12', '2020/1/1 9:00', '杭州湖滨店'],
      ['小鱼儿', '张伟', '13800138000', '1988-05-12', '2020-01-01 09:30:00', '杭州湖滨店'],
      ['Lily', '李娜', '13912345678', '1990-02-14', '2024-01-01 00:00:00', '杭州西溪店'],
    ];
    const reason = reasonOf(values, '成为会员时间', 2, 3);
    expect(reason.level).toBe('similar');
    expect(reason.message).toContain('same day, another time');
  });

  test('says two numbers one digit apart are one digit apart, not a typo', () => {
    // A 台灣 customer list: 王大同 twice, the second with the number after his first.
    const values: CellValue[][] = [
      ['客戶名稱', '聯絡人', '手機', '電子郵件', '地址'],
      ['王大同', '王大同', '0988-777-666', 'datong@gmail.com', '高雄市前鎮區'],
      ['王大同', '王大同', '0988-777-667', 'datong@gmail.com', '高雄市前鎮區'],
      ['林美玲', '林美玲', '0912-345-678', 'meiling@yahoo.com.tw', '台北市大安區'],
    ];
    const reason = reasonOf(values, '手機', 2, 3);
    expect(reason.level).toBe('digit-apart');
    expect(reason.message).toBe('手機: numbers one digit apart (0988-777-666 ≈ 0988-777-667)');
    expect(reasonText(reason, zh)).toBe('手機：相差一位数字（0988-777-666 ≈ 0988-777-667）');
    expect(enUS[levelKey(reason.level)]).toBe('one digit apart');
    expect(zhCN[levelKey(reason.level)]).toBe('相差一位数字');
  });

  test('says two neighbouring digits swapped when they are', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系人', '手机', '邮箱'],
      ['杭州森源建材有限公司', '王建国', '13812345678', 'senyuan@163.com'],
      ['杭州森源建材有限公司', '王建国', '13812346578', 'senyuan@163.com'],
      ['上海华通物流有限公司', '陈明', '13917778888', 'htwl@huatong.com'],
    ];
    const reason = reasonOf(values, '手机', 2, 3);
    expect(reason.level).toBe('swapped');
    expect(reason.message).toBe('手机: two neighbouring digits swapped (13812345678 ≈ 13812346578)');
    expect(reasonText(reason, zh)).toBe('手机：顺序颠倒（13812345678 ≈ 13812346578）');
  });
});
