/**
 * How much a sheet looks like a customer list, judged from its header mapping: columns that name
 * who a customer is (ID, name, phone, email, company) weigh most; other template columns (gender,
 * source, tags) count a little, so a lookup sheet of choices loses to the list that uses them.
 * A sheet with no identifying column is not a customer list (an instructions or lookup sheet).
 */
import type { Locale } from '../i18n/locale';
import type { HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';

export interface CustomerListScore {
  /** Template fields the sheet has a column for that identify a customer. */
  identifying: number;
  /** Every template field the sheet has a column for. */
  fields: number;
  score: number;
}

export function customerListScore(mapping: HeaderMapping, template: Template): CustomerListScore {
  const byKey = new Map(template.fields.map((f) => [f.key, f]));
  const fields = new Set<string>();
  const identifying = new Set<string>();
  for (const column of mapping.columns) {
    const field = column.field ? byKey.get(column.field) : undefined;
    if (!field) continue;
    fields.add(field.key);
    const identifies =
      field.kind === 'id' ||
      field.kind === 'personName' ||
      field.kind === 'phone' ||
      field.kind === 'email' ||
      field.role === 'company';
    if (identifies) identifying.add(field.key);
  }
  return { identifying: identifying.size, fields: fields.size, score: identifying.size * 10 + fields.size };
}

export function looksLikeCustomerList(mapping: HeaderMapping, template: Template): boolean {
  return customerListScore(mapping, template).identifying > 0;
}

/**
 * What a host says when the sheet it read is not a customer list. Kept beside the rule it
 * explains; Record<Locale, …> makes every language carry it.
 */
const NOT_A_CUSTOMER_LIST: Record<Locale, (sheet: string) => string> = {
  'zh-CN': (sheet) =>
    `工作表“${sheet}”看起来不是客户列表：没有哪一列的标题是客户编号、姓名、手机、邮箱或公司。请切换到客户列表所在的工作表后重新检查。`,
  'en-US': (sheet) =>
    `Sheet "${sheet}" does not look like a customer list: no column is headed like a customer ID, name, phone, email or company. Switch to the sheet with your customers and check again.`,
};

export function notCustomerListMessage(locale: Locale, sheet: string): string {
  return NOT_A_CUSTOMER_LIST[locale](sheet);
}
