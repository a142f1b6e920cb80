/** The words of the analysis sheet and the report in both languages; Record<Locale, …> keeps them in step. */
import type { Locale } from '../i18n/locale';
import type { MonthOnlyDates, TwoReadings } from './insights-report';

export interface InsightsLabels {
  sheetName: string;
  title: string;
  liveNote: string;
  today: string;
  staleDays: string;
  customers: string;
  followUp: string;
  stale: string;
  /** In place of the stale count when the sheet has no date to judge by. */
  staleNotJudged: string;
  overdue: string;
  dueIn7Days: string;
  quality: string;
  field: string;
  column: string;
  filled: string;
  valid: string;
  canonical: string;
  /** Valid cells an export starred out (138****8000). */
  masked: string;
  note: string;
  value: string;
  count: string;
  share: string;
  totalSpend: string;
  /** Before the unit the spend totals count in: 金额单位 万元, amounts in USD. */
  amountsIn: string;
  /** The spend cells no total takes: a label, and why (`leftOutCells(n)` words the count). */
  spendLeftOut: string;
  spendLeftOutWhy: string;
  spendLeftOutCells: (count: number) => string;
  /** The analysis sheet's note on the formula that counts them. */
  spendLeftOutNote: string;
  /** The dates a count left out as they read two ways (the follow-ups', or the stale customers'), the first quoted. */
  twoReadings: (count: 'followUps' | 'stale', dates: TwoReadings) => string;
  /** The rows a count took by a date given only to its month, judged by the month's last day, the first quoted. */
  monthOnly: (count: 'followUps' | 'stale', dates: MonthOnlyDates) => string;
  blank: string;
  otherValues: string;
  score: string;
  segments: string;
  duplicates: string;
  clusters: string;
  duplicateRows: string;
  rows: string;
  validNotes: { date: string; money: string; integer: string; email: string; choice: string; unchecked: string };
}

export const INSIGHTS_LABELS: Record<Locale, InsightsLabels> = {
  'zh-CN': {
    sheetName: '客户分析',
    title: '客户分析',
    liveNote: '本表由公式计算，随客户表的修改实时更新；“有效”列为公式近似，精确结果以 Custodian 的“检查”为准。',
    today: '今天',
    staleDays: '超过多少天未联系算沉睡',
    customers: '客户数',
    followUp: '跟进',
    stale: '长期未联系的客户',
    staleNotJudged: '未判断（没有最近联系或最近购买日期列）',
    overdue: '跟进已逾期',
    dueIn7Days: '7 天内需跟进',
    quality: '数据质量',
    field: '字段',
    column: '列',
    filled: '已填',
    valid: '有效',
    canonical: '规范',
    masked: '脱敏',
    note: '说明',
    value: '值',
    count: '数量',
    share: '占比',
    totalSpend: '累计消费金额',
    amountsIn: '金额单位',
    spendLeftOut: '未计入合计的金额单元格',
    spendLeftOutWhy: '自带单位或货币与该列不同、是该列不允许的负数，或不是金额，按纯数字相加会改变金额；“检查”逐个说明',
    spendLeftOutCells: (count) => `${count} 个单元格未计入合计`,
    spendLeftOutNote: '只有数字单元格计入合计：文本（如 1.5万、15000元，或需先清理的数字）不计入',
    twoReadings: (count, { count: n, first }) =>
      `${n} 个${count === 'followUps' ? '下次跟进' : '最近联系或购买'}日期有两种读法、所在列也无法判断，未计入` +
      `（${n > 1 ? '首个：' : ''}第 ${first.row} 行“${first.column}”的“${first.value}”可能是 ${first.readings.join(' 或 ')}）；请写成 yyyy-mm-dd`,
    monthOnly: (count, { count: n, first }) =>
      `其中 ${n} ${count === 'followUps' ? '个下次跟进日期' : '位客户的最近联系或购买日期'}只写到月份，按该月最后一天判断` +
      `（${n > 1 ? '首个：' : ''}第 ${first.row} 行“${first.column}”的“${first.value}”按 ${first.judgedAs} 计）`,
    blank: '（空白）',
    otherValues: '（其他值）',
    score: '质量得分',
    segments: '客户分类',
    duplicates: '疑似重复',
    clusters: '组',
    duplicateRows: '行',
    rows: '行',
    validNotes: {
      date: '日期单元格（文本日期需先清理）',
      money: '大于等于 0 的数字',
      integer: '数字',
      email: '形如 x@y.z 的文本',
      choice: '下拉列表中的选项（同义词需先清理）',
      unchecked: '格式由“检查”判断，公式不检查',
    },
  },
  'en-US': {
    sheetName: 'Customer Insights',
    title: 'Customer Insights',
    liveNote:
      "Formulas compute this sheet, so it follows every edit of the customer sheet; the Valid column approximates with formulas — Custodian's Check gives the exact figures.",
    today: 'Today',
    staleDays: 'Stale after (days without contact)',
    customers: 'Customers',
    followUp: 'Follow-up',
    stale: 'Stale customers',
    staleNotJudged: 'not judged (no last-contact or last-purchase date column)',
    overdue: 'Follow-ups overdue',
    dueIn7Days: 'Follow-ups due within 7 days',
    quality: 'Data quality',
    field: 'Field',
    column: 'Column',
    filled: 'Filled',
    valid: 'Valid',
    canonical: 'Canonical',
    masked: 'Masked',
    note: 'Note',
    value: 'Value',
    count: 'Count',
    share: 'Share',
    totalSpend: 'Total spend',
    amountsIn: 'amounts in',
    spendLeftOut: 'Amount cells left out of the totals',
    spendLeftOutWhy:
      "written in another unit or currency than the column's, negative where the column cannot be, or no amount: added as bare numbers they would change the totals; check names each",
    spendLeftOutCells: (count) => `${count} ${count === 1 ? 'cell' : 'cells'} left out of the totals`,
    spendLeftOutNote:
      'Only number cells are summed: text (such as $1.2M, £75.00, or numbers clean has not converted yet) is not',
    twoReadings: (count, { count: n, first }) =>
      `${n} ${count === 'followUps' ? 'follow-up' : 'last-contact or purchase'} date${n === 1 ? '' : 's'} not judged: ` +
      `${n === 1 ? 'it reads' : 'they read'} two ways and ${n === 1 ? 'its' : 'their'} column does not say which ` +
      `(${n > 1 ? 'first: ' : ''}"${first.value}" in row ${first.row} of "${first.column}" could be ${first.readings.join(' or ')}); ` +
      `write ${n === 1 ? 'it' : 'them'} as yyyy-mm-dd`,
    monthOnly: (count, { count: n, first }) =>
      `${n} of them gave only the month of ${count === 'followUps' ? 'the follow-up' : 'last contact or purchase'}: judged by the month's last day ` +
      `(${n > 1 ? 'first: ' : ''}"${first.value}" in row ${first.row} of "${first.column}", judged as ${first.judgedAs})`,
    blank: '(blank)',
    otherValues: '(other values)',
    score: 'Quality score',
    segments: 'Segments',
    duplicates: 'Likely duplicates',
    clusters: 'groups',
    duplicateRows: 'rows',
    rows: 'rows',
    validNotes: {
      date: 'date cells (clean turns dates typed as text into dates)',
      money: 'numbers of 0 or more',
      integer: 'numbers',
      email: 'text shaped like x@y.z',
      choice: 'options of the dropdown (clean synonyms first)',
      unchecked: 'Check judges the format; formulas do not',
    },
  },
};
