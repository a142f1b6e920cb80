/**
 * The Chinese words for each comparison level, shared by the sidebar's catalogue and the merge log's
 * 原因 column (written by any host, the CLI included), so both say a match the same way.
 */
import type { MatchLevel } from './levels';

export const ZH_LEVEL_WORDS: Readonly<Record<MatchLevel, string>> = {
  exact: '相同',
  reordered: '词相同、顺序不同',
  pinyin: '拼音相同',
  homophone: '同音字',
  'look-alike': '形近字',
  'similar-sound': '读音相近',
  typo: '有一处笔误',
  similar: '相似',
  initial: '首字母相同',
  nickname: '英文名与其昵称',
  swapped: '顺序颠倒',
  'suffix-removed': '去掉公司后缀后相同',
  'same-mailbox': '同一邮箱',
  'same-user-name': '用户名相同',
  'same-brand': '品牌名相同',
  'same-surname': '同姓（一方为称呼）',
  'name-with-note': '同名（一方另附称呼或备注）',
  'name-within': '一方姓名包含另一方，多一个词',
  household: '一户两人，其一同名',
  'other-line': '两条不同线路，号码相差一位',
  different: '不同',
};
