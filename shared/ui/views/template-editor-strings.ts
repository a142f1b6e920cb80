/**
 * The template editor's words, one catalogue per language (the type makes each carry every key),
 * and the wording of a template problem, naming the field in the user's language.
 */
import type { Locale } from '../../i18n/locale';
import type { Template } from '../../template/schema';
import type { TemplateProblem } from '../../template/template-problems';
import { formatString, type Params } from '../i18n';

const enUS = {
  title: 'Template',
  intro:
    'The fields this workbook is governed by: their names, which are required, and the options of each list. Saving keeps the template in the workbook; apply setup again to update the dropdowns.',
  edit: 'Edit template',
  stored: 'This workbook’s template.',
  builtIn: 'The built-in template: this workbook has not saved one yet.',
  field: 'Field',
  labelZh: 'Chinese name',
  labelEn: 'English name',
  required: 'Required',
  options: 'Options',
  openList: 'Values outside this list are kept as typed; listed spellings become the option.',
  optionZh: 'Chinese name of option {n}',
  optionEn: 'English name of option {n}',
  synonyms: 'Other spellings of {option}',
  synonymsHint: 'Typed values that mean this option, separated by commas or 、. A rename keeps the old name here.',
  remove: 'Remove {option}',
  find: 'Find an option',
  more: 'Show {count} more',
  newZh: 'New option (Chinese)',
  newEn: 'New option (English)',
  add: 'Add option',
  save: 'Save template',
  discard: 'Discard changes',
  notSaved: 'Nothing was saved:',
  'language.zh-CN': 'Chinese',
  'language.en-US': 'English',
  'problem.label.empty': '{field}: the {language} name is empty.',
  'problem.option.empty': '{field}: an option has an empty name or spelling.',
  'problem.option.tooLong': '{field}: "{name}…" is over 255 characters, Excel’s limit for one option.',
  'problem.option.duplicate': '{field}: "{name}" names two options.',
  'problem.options.none': '{field}: a list needs at least one option.',
  'problem.schema': '{field}: {message}',
};

export type EditorKey = keyof typeof enUS;

const zhCN: Record<EditorKey, string> = {
  title: '模板',
  intro: '本工作簿所依据的字段：名称、是否必填、各列表的选项。保存后模板存于工作簿中；再次应用设置即可更新下拉列表。',
  edit: '编辑模板',
  stored: '本工作簿的模板。',
  builtIn: '内置模板：本工作簿尚未保存模板。',
  field: '字段',
  labelZh: '中文名称',
  labelEn: '英文名称',
  required: '必填',
  options: '选项',
  openList: '不在列表中的值保持原样；列表中的写法会统一为该选项。',
  optionZh: '选项 {n} 的中文名称',
  optionEn: '选项 {n} 的英文名称',
  synonyms: '“{option}”的其他写法',
  synonymsHint: '表示此选项的写法，用逗号或“、”分隔。改名后旧名称会保留在这里。',
  remove: '删除“{option}”',
  find: '查找选项',
  more: '再显示 {count} 个',
  newZh: '新选项（中文）',
  newEn: '新选项（英文）',
  add: '添加选项',
  save: '保存模板',
  discard: '放弃修改',
  notSaved: '未保存：',
  'language.zh-CN': '中文',
  'language.en-US': '英文',
  'problem.label.empty': '“{field}”：{language}名称为空。',
  'problem.option.empty': '“{field}”：有选项的名称或写法为空。',
  'problem.option.tooLong': '“{field}”：“{name}…”超过 255 个字符（Excel 单个选项的上限）。',
  'problem.option.duplicate': '“{field}”：“{name}”同时是两个选项的名称。',
  'problem.options.none': '“{field}”：列表至少需要一个选项。',
  'problem.schema': '“{field}”：{message}',
};

const STRINGS: Record<Locale, Record<EditorKey, string>> = { 'en-US': enUS, 'zh-CN': zhCN };

export type EditorTranslate = (key: EditorKey, params?: Params) => string;

export function editorTranslator(locale: Locale): EditorTranslate {
  return (key, params) => formatString(STRINGS[locale][key], params);
}

/** A problem in the user's language, naming the field by its label in that language. */
export function problemText(problem: TemplateProblem, template: Template, locale: Locale): string {
  const t = editorTranslator(locale);
  const field = template.fields.find((f) => f.key === problem.field);
  // A field whose name in this language is the empty one is named in the other.
  const name = field
    ? ([field.labels[locale], ...Object.values(field.labels)].find((l) => l.trim() !== '') ?? field.key)
    : (problem.field ?? '');
  switch (problem.code) {
    case 'label.empty':
      return t('problem.label.empty', { field: name, language: t(`language.${problem.locale}`) });
    case 'option.tooLong':
      return t('problem.option.tooLong', { field: name, name: problem.name.slice(0, 20) });
    case 'option.duplicate':
      return t('problem.option.duplicate', { field: name, name: problem.name });
    case 'schema':
      return t('problem.schema', { field: name, message: problem.message });
    default:
      return t(`problem.${problem.code}`, { field: name });
  }
}
