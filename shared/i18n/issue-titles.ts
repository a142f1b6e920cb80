/**
 * A short title for each kind of problem (what the sidebar heads a group of issues with, and the CLI's
 * count of problems by kind), one per language; a code without a title is a type error.
 */
import type { IssueCode } from '../check/issue';
import type { Locale } from './locale';

const EN_US: Record<IssueCode, string> = {
  'required.missing': 'Required value missing',
  'id.missing': 'Customer ID missing',
  'id.duplicate': 'Customer ID used twice',
  'id.companyContacts': "Customer ID shared by a company's contacts",
  'text.nonCanonical': 'Extra spaces or full-width text',
  'text.textMarker': "Code with Excel's leading '",
  'text.zeroPadded': 'Code stored as a number (leading zeros only shown)',
  'text.storedAsNumber': 'Code stored as a number',
  'postcode.leadingZero': 'US ZIP code without its leading 0',
  'postcode.tooShort': "Postcode shorter than its country's",
  'name.nonCanonical': 'Name not in standard form',
  'name.ambiguous': 'Name with another word after it',
  'name.trueFalse': 'TRUE or FALSE in a name column',
  'phone.invalid': 'Invalid phone number',
  'phone.several': 'Several numbers in one cell',
  'phone.withNote': 'A number with a note',
  'phone.noAreaCode': 'Landline without its area code',
  'phone.nonCanonical': 'Phone not in standard form',
  'date.ambiguous': 'Date with two possible readings',
  'region.ambiguous': 'City spelling two cities share',
  'phone.ambiguous': 'Phone with two possible readings',
  'phone.privacy': "Platform's privacy number for one order",
  'email.invalid': 'Invalid email',
  'email.several': 'Several email addresses in one cell',
  'email.nonCanonical': 'Email not in standard form',
  'email.domainTypo': 'Email domain looks mistyped (gmial.com)',
  'date.invalid': 'Not a date',
  'date.nonCanonical': 'Date not in standard form',
  'date.monthOnly': 'Date gives only the month',
  'date.noYear': 'Date has no year',
  'number.invalid': 'Not a number',
  'number.negative': 'Negative number',
  'number.nonCanonical': 'Number not in standard form',
  'number.otherCurrency': 'Amount in another currency',
  'number.otherUnit': 'Amount in another unit than its header',
  'number.ambiguous': 'Number with two possible readings',
  'integer.notWhole': 'Not a whole number',
  'choice.notInList': 'Not one of the options',
  'choice.ownValues': 'A column of other values',
  'choice.nonCanonical': 'Option not in standard form',
  'yesNo.invalid': 'Not a yes/no answer',
  'yesNo.nonCanonical': 'Yes/no not in standard form',
  'record.stale': 'Not contacted for a long time',
  'value.placeholder': 'A placeholder for no value',
  'value.masked': 'Masked by the export (138****8000, 张*)',
  'row.misaligned': 'Row with more values than the header',
  'row.continuation': "A customer's further line",
  'idNumber.wrongLength': 'ID number of the wrong length',
  'idNumber.badCheckDigit': 'ID number check digit wrong',
  'idNumber.badBirthDate': 'Impossible birth date in ID number',
  'idNumber.digitsLost': 'ID number lost digits as a number',
  'idNumber.lowercaseX': 'ID number ending in a small x',
  'idNumber.birthDateMismatch': "Birth date not the ID number's",
  'idNumber.sexMismatch': "Gender not the ID number's",
};

const ZH_CN: Record<IssueCode, string> = {
  'required.missing': '必填项为空',
  'id.missing': '缺少客户编号',
  'id.duplicate': '客户编号重复',
  'id.companyContacts': '公司的几位联系人共用客户编号',
  'text.nonCanonical': '多余空格或全角字符',
  'text.textMarker': "编码开头多了 Excel 的 '",
  'text.zeroPadded': '编码存成了数字（开头的 0 靠格式显示）',
  'text.storedAsNumber': '编码存成了数字',
  'postcode.leadingZero': '美国邮编丢了开头的 0',
  'postcode.tooShort': '邮编位数不足',
  'name.nonCanonical': '姓名格式不规范',
  'name.ambiguous': '姓名后带有其他词',
  'name.trueFalse': '姓名列中的 TRUE 或 FALSE',
  'phone.invalid': '手机号无效',
  'phone.several': '一格多个号码',
  'phone.withNote': '号码带备注',
  'phone.noAreaCode': '座机缺区号',
  'phone.nonCanonical': '手机号格式不规范',
  'date.ambiguous': '日期有两种读法',
  'region.ambiguous': '城市拼音对应两个城市',
  'phone.ambiguous': '电话号码有两种读法',
  'phone.privacy': '平台订单隐私号',
  'email.invalid': '邮箱无效',
  'email.several': '一格多个邮箱',
  'email.nonCanonical': '邮箱格式不规范',
  'email.domainTypo': '邮箱域名疑似笔误（gmial.com）',
  'date.invalid': '不是日期',
  'date.nonCanonical': '日期格式不规范',
  'date.monthOnly': '日期只写到月份',
  'date.noYear': '日期没有年份',
  'number.invalid': '不是数字',
  'number.negative': '数值为负',
  'number.nonCanonical': '数字格式不规范',
  'number.otherCurrency': '金额币种与本列不同',
  'number.otherUnit': '金额单位与表头不同',
  'number.ambiguous': '数字有两种读法',
  'integer.notWhole': '不是整数',
  'choice.notInList': '不在选项中',
  'choice.ownValues': '整列不在选项中',
  'choice.nonCanonical': '选项写法不规范',
  'yesNo.invalid': '不是“是/否”',
  'yesNo.nonCanonical': '“是/否”写法不规范',
  'record.stale': '长期未联系',
  'value.placeholder': '填的是“无”之类的占位内容',
  'value.masked': '导出时已脱敏（138****8000、张*）',
  'row.misaligned': '这一行的值比表头多',
  'row.continuation': '客户的续行',
  'idNumber.wrongLength': '身份证号码位数不对',
  'idNumber.badCheckDigit': '身份证号码校验码不对',
  'idNumber.badBirthDate': '身份证号码中的出生日期不存在',
  'idNumber.digitsLost': '身份证号码存成数字，末几位已丢失',
  'idNumber.lowercaseX': '身份证号码末位是小写 x',
  'idNumber.birthDateMismatch': '出生日期与身份证号码不符',
  'idNumber.sexMismatch': '性别与身份证号码不符',
};

export function issueTitle(code: IssueCode, locale: Locale): string {
  return (locale === 'zh-CN' ? ZH_CN : EN_US)[code];
}

export type IssueTitleKey = `issue.${IssueCode}`;

/** The titles as flat `issue.<code>` keys of the sidebar's catalogue. */
export function issueTitleStrings(locale: Locale): Record<IssueTitleKey, string> {
  const titles = locale === 'zh-CN' ? ZH_CN : EN_US;
  const out = {} as Record<IssueTitleKey, string>;
  for (const code of Object.keys(titles) as IssueCode[]) out[`issue.${code}`] = titles[code];
  return out;
}
