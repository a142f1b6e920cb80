/**
 * "Could not <action> <subject>" for a failed step, one catalogue per language. Hosts name what
 * they could not do by key, and its subjects (a column, rows, a sheet) as values, so a HostError
 * keeps the English text as its message (logs, the Sheets wire) and the sidebar words it again in
 * the user's language ("无法写入已更改的单元格（F 列）：…"); the host's own reason is shown as it came.
 */
import type { Locale } from '../i18n/locale';
import { columnLetter } from '../sheet/a1';
import { HOST_STEP_NAMES, type HostStepKey } from './host-steps';
import { fillParams, type HostMessageParams } from './host-messages';

/** Each action without a subject, and with `{subject}` where its subjects go. */
export const STEP_ACTIONS = {
  read: ['read the sheet', 'read {subject}'],
  prepare: ['read the sheet before changing it', 'read {subject} before changing it'],
  apply: ['apply the changes', 'apply the changes to {subject}'],
  backup: ['back up the sheet', 'back up the sheet into {subject}'],
  sheets: ['write the helper sheets', 'write the helper sheet {subject}'],
  deleteSheets: ['delete the sheets', 'delete the sheet {subject}'],
  insertRows: ['insert the rows', 'insert {subject}'],
  edits: ['write the changed cells', 'write the changed cells {subject}'],
  deleteRows: ['delete the rows', 'delete {subject}'],
  footprints: ['give back the formulas and ranges around the rows', 'give back {subject}'],
  numberFormats: ['set the number formats', 'set the number format of {subject}'],
  validations: ['add the dropdowns', 'add the dropdown for {subject}'],
  required: ['highlight the required columns', 'highlight the required {subject}'],
  highlights: ['highlight the rows', 'highlight {subject}'],
  freezeRows: ['freeze and protect the header', 'freeze {subject}'],
  filter: ['turn on the filter', 'turn on the filter for {subject}'],
  protection: ['protect the header and the ID column', 'protect {subject}'],
  meta: ['save', 'save {subject}'],
  select: ['select the cell', 'select {subject}'],
  environment: ['read your language setting', 'read your language setting'],
} as const satisfies Record<string, readonly [string, string]>;
export type StepActionKey = keyof typeof STEP_ACTIONS;

export const STEP_SUBJECTS = {
  column: 'column {col}',
  row: 'row {row}',
  rows: 'rows {first}-{last}',
  range: '{range}',
  sheet: '"{sheet}"',
  hiddenSheet: 'the hidden sheet {sheet}',
  headerRow: 'the header row',
  topRows: 'the top {rows} rows',
  activeSheet: 'the active sheet',
  namedSheet: 'the sheet "{sheet}"',
  cell: 'cell {cell} on the sheet "{sheet}"',
} as const;
export type StepSubjectKey = keyof typeof STEP_SUBJECTS;

interface Wording {
  actions: Record<StepActionKey, readonly [string, string]>;
  subjects: Record<StepSubjectKey, string>;
  /** The whole text, from {action}, {step} and {reason}. */
  failure: string;
  separator: string;
  more: string;
}

const EN_US: Wording = {
  actions: STEP_ACTIONS,
  subjects: STEP_SUBJECTS,
  failure: 'Could not {action} ({step}): {reason}',
  separator: ', ',
  more: '{list} and {count} more',
};

// The sidebar already names the step ("<step>时出错："), so the Chinese text does not repeat it. A space
// stands between Chinese and the Latin letters of a column subject ("为 F 列添加").
const ZH_CN: Wording = {
  actions: {
    read: ['读取工作表', '读取{subject}'],
    prepare: ['在更改前读取工作表', '在更改前读取{subject}'],
    apply: ['应用更改', '对{subject}应用更改'],
    backup: ['备份工作表', '将工作表备份到{subject}'],
    sheets: ['写入辅助工作表', '写入辅助工作表{subject}'],
    deleteSheets: ['删除工作表', '删除工作表{subject}'],
    insertRows: ['插入行', '插入{subject}'],
    edits: ['写入已更改的单元格', '写入已更改的单元格（{subject}）'],
    deleteRows: ['删除行', '删除{subject}'],
    footprints: ['恢复行周围的公式和区域', '恢复{subject}'],
    numberFormats: ['设置数字格式', '设置 {subject}的数字格式'],
    validations: ['添加下拉列表', '为 {subject}添加下拉列表'],
    required: ['标记必填列', '标记必填的 {subject}'],
    highlights: ['突出显示行', '突出显示{subject}'],
    freezeRows: ['冻结并保护标题行', '冻结{subject}'],
    filter: ['启用筛选', '为 {subject} 启用筛选'],
    protection: ['保护标题行和编号列', '保护{subject}'],
    meta: ['保存', '保存到{subject}'],
    select: ['选择单元格', '选择{subject}'],
    environment: ['读取语言设置', '读取语言设置'],
  },
  subjects: {
    column: '{col} 列',
    row: '第 {row} 行',
    rows: '第 {first}–{last} 行',
    range: '{range}',
    sheet: '“{sheet}”',
    hiddenSheet: '隐藏工作表 {sheet}',
    headerRow: '标题行',
    topRows: '前 {rows} 行',
    activeSheet: '当前工作表',
    namedSheet: '工作表“{sheet}”',
    cell: '工作表“{sheet}”的 {cell} 单元格',
  },
  failure: '无法{action}：{reason}',
  separator: '、',
  more: '{list}等另外 {count} 项',
};

export const STEP_WORDING: Record<Locale, Wording> = { 'en-US': EN_US, 'zh-CN': ZH_CN };

/** What a step was doing when it failed, e.g. { key: 'column', params: { col: 'F' } }. */
export interface StepSubject {
  key: StepSubjectKey;
  params?: HostMessageParams;
}

/** A failed step in parts: what it could not do, to what, and the host's own reason. JSON as it is. */
export interface StepFailure {
  action: StepActionKey;
  subjects?: StepSubject[];
  reason: string;
}

export const subject = {
  column: (col: number): StepSubject => ({ key: 'column', params: { col: columnLetter(col) } }),
  rows: (first: number, count: number): StepSubject =>
    count === 1 ? { key: 'row', params: { row: first } } : { key: 'rows', params: { first, last: first + count - 1 } },
  of: (key: StepSubjectKey, params?: HostMessageParams): StepSubject => ({ key, ...(params ? { params } : {}) }),
};

/** Whether this build has words for every part of a failure (one from a wire may be newer). */
export function isKnownFailure(failure: StepFailure): boolean {
  return failure.action in STEP_ACTIONS && (failure.subjects ?? []).every((s) => s.key in STEP_SUBJECTS);
}

/** Subjects joined; past four, the first three and how many more. */
export function describeSubjects(subjects: readonly StepSubject[], locale: Locale): string {
  const words = STEP_WORDING[locale];
  const texts = [...new Set(subjects.map((s) => fillParams(words.subjects[s.key], s.params ?? {})))];
  if (texts.length <= 4) return texts.join(words.separator);
  return fillParams(words.more, { list: texts.slice(0, 3).join(words.separator), count: texts.length - 3 });
}

/** The failure as one text in `locale`. */
export function stepFailureText(failure: StepFailure, step: HostStepKey, locale: Locale): string {
  const words = STEP_WORDING[locale];
  const subjects = describeSubjects(failure.subjects ?? [], locale);
  const [alone, withSubject] = words.actions[failure.action];
  const action = subjects ? fillParams(withSubject, { subject: subjects }) : alone;
  return fillParams(words.failure, { action, step: HOST_STEP_NAMES[locale][step], reason: failure.reason });
}
