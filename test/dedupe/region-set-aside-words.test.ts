/**
 * A company read as one once its legal form and region are set aside is worded so in Chinese too:
 * 去掉公司后缀和地名后相同, not "once the suffix is set aside" alone, which two names of other cities
 * (南京鼎盛贸易有限公司, 合肥鼎盛贸易有限公司) would make untrue. Where the names name other places the
 * words say so (南京 ≠ 合肥), so a reviewer sees two branches may be two companies.
 */
import { findDuplicates } from '../../shared/dedupe';
import { zhLevelWords } from '../../shared/dedupe/level-words';
import { mergeLabels } from '../../shared/merge';
import { reasonText } from '../../shared/merge/audit-log';
import type { CellValue } from '../../shared/sheet/cell-value';
import { enUS } from '../../shared/ui/i18n/en-US';
import { zhCN } from '../../shared/ui/i18n/zh-CN';

// A sales team's 飞书 customer table: the 鼎盛贸易 of 南京 and of 合肥, one contact and mailbox domain.
const FEISHU: CellValue[][] = [
  ['客户名称', '负责人', '联系人', '手机号', '邮箱', '城市'],
  ['杭州森源建材有限公司', '何静', '王建国', '13812345678', 'senyuan@163.com', '杭州'],
  ['上海华通物流有限公司', '李娜', '陈明', '13917778888', 'htwl@huatong.com', '上海'],
  ['南京鼎盛贸易有限公司', '王磊', '王伟', '13951234567', 'wangwei@dingsheng.com', '南京'],
  ['合肥鼎盛贸易有限公司', '王磊', '王伟', '13951234567', 'wangwei@dingsheng.com', '合肥'],
  ['苏州明德电子科技有限公司', '何静', '周杰', '18962345678', 'mingde@mdtech.cn', '苏州'],
  ['无锡天成机械制造有限公司', '', '钱进', '13706171234', 'tc@tcjx.com', '无锡'],
];

const zhReason = mergeLabels('zh-CN').reason!;

describe('level-words for a company once legal form and region are set aside', () => {
  test('words the 南京 and 合肥 branches of one name in Chinese as same once suffix and place are set aside, the places apart', () => {
    const cluster = findDuplicates({ name: 'feishu', values: FEISHU }, { reviewThreshold: 0.5 }).clusters.find((c) =>
      c.rows.includes(4),
    );
    expect(cluster?.rows).toEqual([4, 5]);
    const reason = cluster!.reasons.find((r) => r.column === '客户名称')!;
    expect(reason.level).toBe('suffix-removed');
    expect(reason.message).toBe(
      '客户名称: same company once legal form and region are set aside (南京鼎盛贸易有限公司 = 合肥鼎盛贸易有限公司)',
    );
    expect(reasonText(reason, zhReason)).toBe(
      '客户名称：去掉公司后缀和地名后相同，地名不同：南京 ≠ 合肥（南京鼎盛贸易有限公司 = 合肥鼎盛贸易有限公司）',
    );
  });

  test.each([
    // The place on one side only, or the same place written before or in brackets: nothing differs but the words.
    ['杭州云栖科技有限公司 = 云栖科技', '去掉公司后缀和地名后相同'],
    ['北京鼎盛科技有限公司 = 鼎盛科技（北京）有限公司', '去掉公司后缀和地名后相同'],
    ['Siemens AG = Siemens GmbH', '去掉公司后缀和地名后相同'],
    // Other places: a province or city before the name, in brackets, or a Latin region word.
    ['江苏省鼎盛贸易有限公司 = 安徽鼎盛贸易有限公司', '去掉公司后缀和地名后相同，地名不同：江苏 ≠ 安徽'],
    ['鼎盛科技（上海）有限公司 = 鼎盛科技（深圳）有限公司', '去掉公司后缀和地名后相同，地名不同：上海 ≠ 深圳'],
    ['南京鼎盛贸易有限公司 = 合肥鼎盛贸易有限公司 = 鼎盛贸易', '去掉公司后缀和地名后相同，地名不同：南京 ≠ 合肥'],
    ['Acme Shanghai Ltd = Acme Beijing Ltd', '去掉公司后缀和地名后相同，地名不同：Shanghai ≠ Beijing'],
  ])('words %j as %j', (detail, words) => {
    expect(zhLevelWords('suffix-removed', detail)).toBe(words);
  });

  test('words other levels as before, whatever their values', () => {
    expect(zhLevelWords('exact', '南京鼎盛贸易有限公司 = 合肥鼎盛贸易有限公司')).toBe('相同');
    expect(zhLevelWords('typo', null)).toBe('有一处笔误');
  });

  test('names legal form and region in both languages of the sidebar', () => {
    expect(zhCN['dupes.level.suffix-removed']).toBe('去掉公司后缀和地名后相同');
    expect(enUS['dupes.level.suffix-removed']).toBe('same once legal form and region are set aside');
  });
});
