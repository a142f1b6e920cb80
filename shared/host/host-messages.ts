/**
 * The fixed texts of host failures, one catalogue per language. A HostError built from one keeps
 * the English text as its message (logs, the Sheets wire) and its key, so the sidebar can show it
 * in the user's language; a host's own exception text is shown as it came.
 */
import type { Locale } from '../i18n/locale';
import { HOST_STEP_NAMES, type HostStepKey } from './host-steps';

export const HOST_MESSAGES = {
  sheetMissing: 'The workbook has no sheet "{sheet}".',
  noSheets: 'The workbook has no sheets.',
  sheetRenamed: 'Could not find the sheet "{sheet}" ({step}): it was renamed or deleted. Read the sheet again.',
  sheetRenamedWhileReading:
    'Could not find the sheet "{sheet}" ({step}): it was renamed or deleted while Custodian read it. Read the sheet again.',
  planWithoutSheet: 'Could not read the changes ({step}): the plan has no sheet name.',
  noRowsReturned: 'Google Sheets returned no rows from row {row} of "{sheet}". Read the sheet again.',
  outsideGoogleSheets:
    'This page is not running inside Google Sheets (google.script.run is missing). Open it from the Custodian menu.',
  serverFunctionMissing: 'The Apps Script project has no function {name}: push the latest build (npm run push:gas).',
  callFailed: 'Google Sheets could not run {name}: {reason}',
  formulaUnderEdit:
    'Cell {sheet}!{cell} holds the formula {formula}; Custodian never overwrites formulas. Read the sheet again and try once more ({step}).',
  optionsSheetMissing:
    'Could not add the dropdown for column {col} ({step}): the sheet "{sheet}" with its options is missing.',
} as const;
export type HostMessageKey = keyof typeof HOST_MESSAGES;
export type HostMessageParams = Record<string, string | number>;

const ZH_CN: Record<HostMessageKey, string> = {
  sheetMissing: '工作簿中没有名为“{sheet}”的工作表。',
  noSheets: '工作簿中没有工作表。',
  sheetRenamed: '找不到工作表“{sheet}”（{step}）：它已被重命名或删除。请重新读取工作表。',
  sheetRenamedWhileReading: '找不到工作表“{sheet}”（{step}）：读取期间它被重命名或删除了。请重新读取工作表。',
  planWithoutSheet: '无法读取要做的更改（{step}）：计划中没有工作表名称。',
  noRowsReturned: 'Google 表格没有返回“{sheet}”第 {row} 行起的任何行。请重新读取工作表。',
  outsideGoogleSheets: '此页面不在 Google 表格中运行（缺少 google.script.run）。请从 Custodian 菜单打开。',
  serverFunctionMissing: 'Apps Script 项目中没有函数 {name}：请推送最新构建（npm run push:gas）。',
  callFailed: 'Google 表格无法运行 {name}：{reason}',
  formulaUnderEdit:
    '单元格 {sheet}!{cell} 中有公式 {formula}；Custodian 从不覆盖公式。请重新读取工作表后再试（{step}）。',
  optionsSheetMissing: '无法为 {col} 列添加下拉列表（{step}）：存放选项的工作表“{sheet}”不存在。',
};

export const HOST_MESSAGE_TEXTS: Record<Locale, Record<HostMessageKey, string>> = {
  'en-US': HOST_MESSAGES,
  'zh-CN': ZH_CN,
};

/** A fixed message with its parameters; `step`, when the text names it, is the step's name in `locale`. */
export function hostMessage(
  key: HostMessageKey,
  params: HostMessageParams,
  locale: Locale,
  step?: HostStepKey,
): string {
  const all: HostMessageParams = step ? { ...params, step: HOST_STEP_NAMES[locale][step] } : params;
  return fillParams(HOST_MESSAGE_TEXTS[locale][key], all);
}

/** `{name}` placeholders of a catalogue text filled in one pass (a value's own braces stay as they are). */
export function fillParams(text: string, params: HostMessageParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
