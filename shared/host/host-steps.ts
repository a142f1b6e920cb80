/**
 * The steps of reading a sheet and applying a plan, in the words the sidebar shows
 * ("While <step>: …" / "<step>时出错：…"), one catalogue per language. Every host names its
 * failures with these keys, so users see one vocabulary in their own language.
 */
import type { Locale } from '../i18n/locale';

export const HOST_STEPS = {
  read: 'reading the sheet',
  prepare: 'preparing the changes',
  backup: 'backing up the sheet',
  sheets: 'writing helper sheets',
  deleteSheets: 'deleting sheets',
  insertRows: 'inserting rows',
  edits: 'writing cell values',
  deleteRows: 'deleting rows',
  footprints: 'giving back the formulas and ranges around the rows',
  numberFormats: 'applying number formats',
  validations: 'applying data validation',
  required: 'highlighting required columns',
  highlights: 'highlighting rows',
  freezeRows: 'freezing the header row',
  filter: 'adding the filter',
  protection: 'protecting the header and ID column',
  meta: "saving Custodian's settings",
  select: 'selecting a cell',
  environment: 'reading your language setting',
  call: 'talking to Google Sheets',
} as const;
export type HostStepKey = keyof typeof HOST_STEPS;
export type HostStep = (typeof HOST_STEPS)[HostStepKey];

const ZH_CN: Record<HostStepKey, string> = {
  read: '读取工作表',
  prepare: '准备更改',
  backup: '备份工作表',
  sheets: '写入辅助工作表',
  deleteSheets: '删除工作表',
  insertRows: '插入行',
  edits: '写入单元格',
  deleteRows: '删除行',
  footprints: '恢复行周围的公式和区域',
  numberFormats: '设置数字格式',
  validations: '设置数据验证',
  required: '标记必填列',
  highlights: '突出显示行',
  freezeRows: '冻结标题行',
  filter: '添加筛选',
  protection: '保护标题行和编号列',
  meta: '保存 Custodian 的设置',
  select: '选择单元格',
  environment: '读取语言设置',
  call: '与 Google 表格通信',
};

export const HOST_STEP_NAMES: Record<Locale, Record<HostStepKey, string>> = { 'en-US': HOST_STEPS, 'zh-CN': ZH_CN };

/** A step's name in the user's language. */
export function hostStepName(key: HostStepKey, locale: Locale): string {
  return HOST_STEP_NAMES[locale][key];
}

/** The key of a step named in English (hosts that send errors over a wire send the English name). */
export function hostStepKey(name: string): HostStepKey | undefined {
  return (Object.keys(HOST_STEPS) as HostStepKey[]).find((key) => HOST_STEPS[key] === name);
}
