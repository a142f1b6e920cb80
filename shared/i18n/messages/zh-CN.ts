import type { IssueMessages } from '../issue-messages';
import type { EntryMessages } from '../entry-messages';
import { emailChanges, type EmailChange } from '../email-changes';

// 共用一个符号（$、¥）的币种在提示中的名称。
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  USD: '美元',
  HKD: '港币',
  TWD: '新台币',
  SGD: '新加坡元',
  CAD: '加元',
  AUD: '澳元',
  NZD: '新西兰元',
  CNY: '人民币',
  JPY: '日元',
};
const currencyName = (code: string) => CURRENCY_NAMES[code] ?? code;
const EMAIL_CHANGE_WORDS: Readonly<Record<EmailChange, string>> = {
  capitals: '大写字母',
  spaces: '空格',
  fullWidth: '全角字符（＠、。）',
  mailto: '“mailto:”前缀',
  linkLabel: '链接文字而非地址（地址在单元格的链接里）',
};

export const zhCN: IssueMessages = {
  'required.missing': (p) =>
    p.onlySpaces
      ? `“${p.column}”为必填项，但只有空格：看似已填，其实为空。清理时会清空该单元格，请填写真实内容。`
      : p.value
        ? `“${p.column}”为必填项，但只填了表示没有值的“${p.value}”。`
        : `“${p.column}”为必填项，但为空。`,
  'id.missing': (p) => `缺少客户编号：清理时将分配 ${p.suggestion}。`,
  'id.duplicate': (p) => `客户编号 ${p.value} 与第 ${p.otherRow} 行重复。`,
  'id.companyContacts': (p) =>
    `第 ${p.otherRow} 行与第 ${p.row} 行共用${p.column} ${p.value}：${p.company}的两位联系人（编号指公司，清理时保留）。`,
  'text.nonCanonical': (p) => `含多余空格或全角字符：将改为“${p.suggestion}”。`,
  'text.textMarker': (p) => `开头的 ' 只是让 Excel 把编码当文本的标记，不属于编码：将改为“${p.suggestion}”。`,
  'text.zeroPadded': (p) => `编码存成了数字，靠单元格格式显示开头的 0：将改为文本“${p.suggestion}”。`,
  'text.storedAsNumber': (p) => `编码存成了数字（表格会去掉开头的 0 或把它当数值计算）：将改为文本“${p.suggestion}”。`,
  'postcode.leadingZero': (p) => `美国邮编被表格存成数字时丢了开头的 0：将改为“${p.suggestion}”。`,
  'postcode.tooShort': (p) =>
    `“${p.value}”比该国家/地区的邮编短：可能是表格存成数字时丢了开头的 0，或少了一位。已保持原样，请以文本重新输入。`,
  'postcode.nonCanonical': (p) => `英国邮编应大写、最后三位前加空格：将改为“${p.suggestion}”。`,
  'postcode.impossible': (p) => `“${p.value}”不是有效的英国邮编（格式如 SK1 3AB）：已保持原样，请核对。`,
  'name.nonCanonical': (p) => `姓名含空格或全角字符：将改为“${p.suggestion}”。`,
  'name.ambiguous': (p) =>
    `“${p.value}”可能是 ${p.readings ?? '两种写法'}（姓名后跟另一个词，如职务、公司或地点；或者整个是一个姓名）：已保持原样。请在“${p.column}”中只留姓名，把另一个词移到单独的列（职位、公司或备注）；若确是一个姓名，删去中间的空格。`,
  'value.formulaError': (p) =>
    `第 ${p.row} 行“${p.column}”：公式出错：${p.value}，不是数据：已保持原样，导出时留空。请在表格中修正公式（或它查找的数据）。`,
  'name.trueFalse': (p) =>
    `第 ${p.row} 行“${p.column}”：${p.value.toUpperCase()} 是真/假值（例如勾选框的值），不是姓名：已保持原样。请填写姓名，或把这个值移到单独的列。`,
  'phone.invalid': (p) => `“${p.value}”不是有效的电话号码。`,
  'phone.several': (p) =>
    `“${p.value}”里有不止一个号码：一个单元格只放一个号码，另一个请放到单独的一列（如 备用电话）。`,
  'phone.noAreaCode': (p) =>
    p.areaCode
      ? `“${p.value}”像是没写区号的座机号码（7–8 位的本地号码，外地打不通）。该行地址在${p.areaCode.city}，区号 ${p.areaCode.code}，即 ${p.areaCode.number}；但地址可能是公司的，不一定是这部电话所在地，所以已保持原样：请核实后补上区号。`
      : `“${p.value}”像是没写区号的座机号码（7–8 位的本地号码，外地打不通）：已保持原样。请补上区号，如 010-62345678。`,
  'phone.fax': (p) =>
    `“${p.value}”是传真号码，不是电话：已保持原样。传真请放到单独的列（如 传真），这一格只留电话号码。`,
  'phone.withNote': (p) => `“${p.value}”是号码加备注：号码本身有效，备注请移到备注列，这一格只留号码。`,
  'phone.noteToMove': (p) =>
    `“${p.value}”是号码加备注：清理时备注会移到“${p.notesColumn ?? '备注'}”列（记为“${p.movedNote ?? ''}”），这一格只留号码 ${p.suggestion}。`,
  'phone.withName': (p) =>
    `“${p.value}”是号码后面写了人名（像是联系人，不是备注）：已保持原样，清理不会移动它。请把联系人写到联系人列，这一格只留号码。`,
  'phone.nonCanonical': (p) =>
    p.numberCell
      ? `电话号码存成了数字（开头的 0 和 + 会丢失，长号码会显示成 1.39E+10 这样的科学计数法）：将改为文本 ${p.suggestion}。`
      : p.phoneCountry
        ? `电话号码没写国家代码：将改为 ${p.suggestion}（${p.phoneCountry}）。`
        : `电话号码格式不统一：将改为 ${p.suggestion}。`,
  'region.ambiguous': (p) =>
    `“${p.value}”是不止一个城市的拼音（${p.readings ?? '两个城市'}）：已保持原样。请在“${p.column}”中写出城市的中文名。`,
  'phone.ambiguous': (p) =>
    `“${p.value}”可能是 ${p.readings ?? '不止一个号码'}：已保持原样。请加上国家代码（如 +86、+1）或填写该行的国家。`,
  'date.ambiguous': (p) =>
    p.rocYear && p.regionColumn
      ? `“${p.value}”可能是 ${p.readings ?? '两个日期'}（${p.yearPlace ? '年在前或在后，' : ''}公元纪年或民国纪年）：已保持原样。本表每行的纪年按该行的“${p.regionColumn}”读（台湾的行按民国纪年，其他地区按公元纪年）：请填写该行的“${p.regionColumn}”，或写出四位数的公元年份。`
      : p.rocYear
        ? `“${p.value}”可能是 ${p.readings ?? '两个日期'}（${p.yearPlace ? '年在前或在后，' : ''}公元纪年或民国纪年）：已保持原样。请写出完整年份（四位数的公元年份，或在年份前加“民国”）；本列其他日期中有写明“民国”或用三位数年份（如 113年）的，也能说明纪年。`
        : `“${p.value}”可能是 ${p.readings ?? '两个日期'}（${p.yearPlace ? '年在前或在后' : '日在前或月在前'}）：已保持原样。请写成 yyyy-mm-dd；本列其他日期中有日大于 12 的，也能说明写法。`,
  'email.invalid': (p) => `“${p.value}”不是有效的邮箱地址。`,
  'email.several': (p) =>
    `“${p.value}”里有不止一个邮箱地址：一个单元格只放一个地址，另一个请放到单独的一列（如 邮箱2）。`,
  'email.nonCanonical': (p) => {
    const words = emailChanges(p.value).map((c) => EMAIL_CHANGE_WORDS[c]);
    return `邮箱${words.length > 0 ? `含${words.join('、')}` : '写法不规范'}：将改为 ${p.suggestion}。`;
  },
  'phone.privacy': (p) =>
    `“${p.value}”是平台为这笔订单分配的隐私号（手机号加分机号），不是买家本人的号码：订单结束后就会失效，以后无法用它联系，查重也不使用它${p.suggestion ? `；将写为 ${p.suggestion}` : ''}。`,
  'email.domainTypo': (p) =>
    `“${p.value}”：邮箱域名疑似 ${p.readings ?? '常用邮箱域名'} 的笔误，${p.suggestion ? `将只改为小写（${p.suggestion}），域名原样保留` : '已原样保留'}。请向客户核实，确有错误再改正。`,
  'date.invalid': (p) => `“${p.value}”不是日期（应如 2024-03-05）。`,
  'date.monthOnly': (p) => `“${p.value}”只写到月份：保持原样，不补日期。`,
  'date.noYear': (p) =>
    p.birthday
      ? `“${p.value}”是没有年份的生日：“${p.column}”要填完整日期（年-月-日），它无法写成日期；保持原样，不补年份。客户告知年份后请补上。`
      : `“${p.value}”没有年份：保持原样，不补年份。`,
  'date.yearOnly': (p) => `“${p.value}”只写到年份：保持原样，不补月份和日期。`,
  'date.otherOrder': (p) =>
    p.dateOrder === 'mdy'
      ? `“${p.value}”只能按日在前读（${p.suggestion}），而“${p.column}”的其他日期是月在前：将改为 ${p.suggestion}。请确认它没有写反。`
      : `“${p.value}”只能按月在前读（${p.suggestion}），而“${p.column}”的其他日期是日在前：将改为 ${p.suggestion}。请确认它没有写反。`,
  // Five digits become a date only as Excel's serial for it (45321 is 2024-01-30), ten or thirteen only
  // in a column of Unix timestamps (date-timestamps.ts).
  'date.nonCanonical': (p) =>
    /^\d{5}$/.test(p.value)
      ? `“${p.value}”是 Excel 的日期序列号（从 1900 年起的天数），即 ${p.suggestion}：清理时将写为该日期。`
      : /^\d{10}$|^\d{13}$/.test(p.value.trim())
        ? `“${p.value}”是 Unix 时间戳（从 1970-01-01 UTC 起的${p.value.trim().length === 10 ? '秒' : '毫秒'}数），即 ${p.suggestion}：清理时将写为该时间（日期和时间按 UTC 计，东八区时间需加 8 小时）。`
        : `日期格式不统一：将改为 ${p.suggestion}。`,
  'number.invalid': (p) => `“${p.value}”不是数字。`,
  'number.negative': (p) => `“${p.column}”不能为负数（${p.value}）。`,
  'number.nonCanonical': (p) => `数字以文本或带符号形式保存：将改为 ${p.suggestion}。`,
  'number.otherCurrency': (p) =>
    p.mayBe
      ? `“${p.value}”是${currencyName(p.mayBe.amount)}；本列其他金额写的是 ${p.currency ?? '$'}，可能是${currencyName(p.mayBe.amount)}，也可能是${p.mayBe.guess ? currencyName(p.mayBe.guess) : '其他币种'}：已保持原样。若它们就是${currencyName(p.mayBe.amount)}，请在表头注明币种（如“${p.column}（${currencyName(p.mayBe.amount)}）”）；否则请换算成本列币种，或把币种记在单独的一列。`
      : `“${p.value}”与本列其他金额${p.currency ? `（${p.currency}）` : ''}币种不同：已保持原样。请换算成${p.currency ? ` ${p.currency}` : '本列币种'}，或把币种记在单独的一列。`,
  'number.otherUnit': (p) =>
    `“${p.value}”自带单位或货币符号，而“${p.column}”按${p.unit ? `“${p.unit}”` : '表头的单位'}计：已保持原样，因为改成纯数字就会按${p.unit ?? '表头单位'}来读，金额就变了。请换算成${p.unit ?? '表头单位'}后只写数字（如 15000 元在“万元”列中写作 1.5）。`,
  'number.ambiguous': (p) =>
    `“${p.value}”可能是 ${p.readings ?? '两个数'}（分隔符可能是千位分隔符，也可能是小数点）：已保持原样。请去掉千位分隔符；本列其他数字中有只能一种读法的（如 88,50 或 1,234.56），也能说明写法。`,
  'integer.notWhole': (p) => `“${p.column}”应为整数，而不是 ${p.value}。`,
  'choice.notInList': (p) => `“${p.value}”不在“${p.column}”的选项中：${p.options}。`,
  'choice.ownValues': (p) =>
    `“${p.column}”里的值（${p.value}）${p.mixed ? '至少一半' : '都'}不在它的选项（${p.options}）中，这一列用的是自己的一套值：按原样保留${p.mixed ? '（能对上选项的值也不改写）' : ''}，不逐行报错，设置时也不加模板选项的下拉列表。若它们就是你的分类，请在模板中加入这些选项；若这一列说的是别的，请把它设为不映射。`,
  'choice.nonCanonical': (p) => `“${p.value}”即“${p.suggestion}”：清理时将写为标准选项。`,
  'yesNo.invalid': (p) => `“${p.value}”不是“是/否”。`,
  'yesNo.nonCanonical': (p) => `“${p.value}”将写为“${p.suggestion}”。`,
  'record.stale': (p) => `最近联系日期 ${p.value} 已超过 ${p.days} 天。`,
  'value.masked': (p) =>
    `“${p.value}”是脱敏后的值：导出时隐藏了部分内容，无法校验或补全，已保持原样。如有完整的“${p.column}”，请填写。`,
  'row.misaligned': (p) =>
    `这一行有 ${p.fields} 个值，而文件其他行都是 ${p.expected} 个：某个值里的逗号没有加引号（如 1,280.00），把后面的值都挤到了右边，各值已不在自己的表头下。这一行没有检查，也不会改动；请在文件中给该值加上引号或去掉逗号，再检查一次。`,
  'row.continuation': (p) =>
    `第 ${p.row} 行没有姓名和序号，看起来是第 ${p.otherRow} 行客户的续行（另一个电话、跟进记录）：请并入上一行。这一行不算客户，没有检查，也不会改动。`,
  'value.onlySpaces': (p) =>
    `“${p.column}”看似为空，其实只有空格：筛选空白时筛不出它，COUNTA 会把它算作已填。清理时将清空。`,
  'value.placeholder': (p) =>
    `“${p.value}”表示没有值，不是真实的“${p.column}”：已保持原样。请填写真实内容；若确实没有，可清空该单元格。`,
  'idNumber.wrongLength': (p) =>
    `“${p.value}”有 ${p.digits ?? '?'} 位：身份证号码应为 18 位（最后一位可以是 X），旧式为 15 位。少了或多了数字，请对照身份证核对。`,
  'idNumber.badCheckDigit': (p) =>
    `“${p.value}”的校验码不对：最后一位与前 17 位算出的不符，说明有数字录错了，请对照身份证核对。`,
  'idNumber.badBirthDate': (p) =>
    `“${p.value}”中的出生日期不存在（${p.birthDate ?? '?'}）：身份证号码的第 7 至 14 位（旧式 15 位号码的第 7 至 12 位）是出生日期，请对照身份证核对。`,
  'idNumber.digitsLost': (p) =>
    `“${p.value}”是被 Excel 存成数字的身份证号码，数字只保留 15 位：末几位已因科学计数法或数字格式丢失。请把这一列设为文本（或在号码前加英文单引号 '），再对照身份证重新输入。`,
  'idNumber.lowercaseX': (p) =>
    `末位的小写 x 就是校验码 X，意思相同；按身份证号码匹配客户的系统可能把两种写法当成两个人：将改为“${p.suggestion}”。`,
  'idNumber.birthDateMismatch': (p) =>
    `“${p.column}”是 ${p.value}，而“${p.idColumn}”${p.idNumber ?? ''} 中的出生日期是 ${p.birthDate ?? '?'}：两者必有一个录错了。均保持原样，请对照身份证核对。`,
  'idNumber.sexMismatch': (p) =>
    `“${p.column}”是“${p.value}”，而“${p.idColumn}”${p.idNumber ?? ''} 表示${p.idSex === 'male' ? '男性（第 17 位为奇数' : '女性（第 17 位为偶数'}，旧式 15 位号码看第 15 位）：两者必有一个录错了。均保持原样，请对照身份证核对。`,
};

export const zhCNEntry: EntryMessages = {
  choice: (p) => ({ prompt: '请从下拉列表中选择', error: `${p.column}：请从下拉列表中选择一项。` }),
  phone: (p) => ({
    prompt: `完整的手机号或带区号的电话，如 ${p.example ?? '13800138000'}`,
    error: `${p.column}：号码位数不对或含其他文字。请输入完整的手机号或带区号的电话，如 ${p.example ?? '13800138000'}；外国号码以 + 和国家代码开头。`,
  }),
  phoneLine: (p) => ({
    prompt: `带区号的电话或手机号，分机写在后面，如 ${p.example ?? '010-62345678 转 801'}`,
    error: `${p.column}：号码位数不对或含其他文字。请输入带区号的电话或手机号，如 ${p.example ?? '010-62345678 转 801'}；外国号码以 + 和国家代码开头。`,
  }),
  email: (p) => ({
    prompt: '邮箱地址，如 name@example.com',
    error: `${p.column}：请输入邮箱地址，如 name@example.com。`,
  }),
  date: (p) => ({ prompt: '日期，如 2024-03-05', error: `${p.column}：请输入 1900-01-01 以后的日期，如 2024-03-05。` }),
  money: (p) => ({
    prompt: '大于等于 0 的金额，如 1250.50',
    error: `${p.column}：请输入大于等于 0 的金额，如 1250.50。`,
  }),
  integer: (p) => ({ prompt: '大于等于 0 的整数', error: `${p.column}：请输入大于等于 0 的整数，如 3。` }),
  id: (p) => ({
    prompt: `不可重复，如 ${p.example ?? ''}`,
    error: `${p.column}：每位客户的编号须唯一，格式如 ${p.example ?? ''}；该编号已被使用或格式不符。`,
  }),
  idOwn: (p) => ({
    prompt: `不可重复，如 ${p.example ?? ''}`,
    error: `${p.column}：每位客户的编号须唯一；该编号已被使用。`,
  }),
};
