import type { IssueMessages } from '../issue-messages';

export const zhCN: IssueMessages = {
  'required.missing': (p) => `“${p.column}”为必填项，但为空。`,
  'id.missing': (p) => `缺少客户编号：清理时将分配 ${p.suggestion}。`,
  'id.duplicate': (p) => `客户编号 ${p.value} 与第 ${p.otherRow} 行重复。`,
  'text.nonCanonical': (p) => `含多余空格或全角字符：将改为“${p.suggestion}”。`,
  'name.nonCanonical': (p) => `姓名含空格或全角字符：将改为“${p.suggestion}”。`,
  'phone.invalid': (p) => `“${p.value}”不是有效的电话号码。`,
  'phone.nonCanonical': (p) => `电话号码格式不统一：将改为 ${p.suggestion}。`,
  'email.invalid': (p) => `“${p.value}”不是有效的邮箱地址。`,
  'email.nonCanonical': (p) => `邮箱含大写字母或空格：将改为 ${p.suggestion}。`,
  'date.invalid': (p) => `“${p.value}”不是日期（应如 2024-03-05）。`,
  'date.nonCanonical': (p) => `日期格式不统一：将改为 ${p.suggestion}。`,
  'number.invalid': (p) => `“${p.value}”不是数字。`,
  'number.negative': (p) => `“${p.column}”不能为负数（${p.value}）。`,
  'number.nonCanonical': (p) => `数字以文本或带符号形式保存：将改为 ${p.suggestion}。`,
  'integer.notWhole': (p) => `“${p.column}”应为整数，而不是 ${p.value}。`,
  'choice.notInList': (p) => `“${p.value}”不在“${p.column}”的选项中：${p.options}。`,
  'choice.nonCanonical': (p) => `“${p.value}”即“${p.suggestion}”：清理时将写为标准选项。`,
  'yesNo.invalid': (p) => `“${p.value}”不是“是/否”。`,
  'yesNo.nonCanonical': (p) => `“${p.value}”将写为“${p.suggestion}”。`,
  'record.stale': (p) => `最近联系日期 ${p.value} 已超过 ${p.days} 天。`,
};
