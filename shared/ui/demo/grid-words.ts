/** The editable demo grid's words, in both languages (the type makes each language carry each text). */
import type { Locale } from '../../i18n/locale';

export interface GridWords {
  editCell: string;
  /** The selected cell's hidden text box, which input methods compose in. */
  typeInto: string;
  addRow: string;
  retry: string;
  cancel: string;
  ok: string;
  /** The alert of a rule without its own message (hosts word it themselves). */
  fallbackTitle: string;
  fallbackMessage: string;
  /** Under a warning: the value stands. */
  kept: string;
  stopIcon: string;
  warningIcon: string;
}

export const GRID_WORDS: Record<Locale, GridWords> = {
  'en-US': {
    editCell: 'Edit cell {cell}',
    typeInto: 'Type into cell {cell}',
    addRow: 'Add a row',
    retry: 'Retry',
    cancel: 'Cancel',
    ok: 'OK',
    fallbackTitle: 'Custodian',
    fallbackMessage: 'This value does not match the data validation restrictions defined for this cell.',
    kept: 'The value was kept.',
    stopIcon: 'Stop',
    warningIcon: 'Warning',
  },
  'zh-CN': {
    editCell: '编辑单元格 {cell}',
    typeInto: '在单元格 {cell} 中输入',
    addRow: '添加一行',
    retry: '重试',
    cancel: '取消',
    ok: '确定',
    fallbackTitle: 'Custodian',
    fallbackMessage: '此值与此单元格定义的数据验证限制不匹配。',
    kept: '已保留该值。',
    stopIcon: '停止',
    warningIcon: '警告',
  },
};
