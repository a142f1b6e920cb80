/**
 * A second contact on the row (a trade-show list's 联系人2 / 电话2 / 邮箱2, Contact 2 / Phone 2 / Email 2):
 * columns numbered like a contact-name column other than the row's contact are that person's. However
 * the mapping reads them, none of them is the row's contact's phone, e-mail or title. A contacts or
 * leads file writes each such contact on a row of its own (second-contacts.ts); an accounts file
 * keeps their columns as extra columns under their own headers.
 */
import { foldHeader } from '../template/header-words';
import { headerNumber } from '../template/numbered-headers';
import type { ColumnMapping, HeaderMapping } from '../template/column-mapping';
import type { Field, Template } from '../template/schema';
import { contactFieldOf } from './row-parties';

/** A contact's group of columns other than the row's contact's: the contact-name header, then every header of the group. */
export interface OtherContact {
  contact: string;
  headers: string[];
}

/** 联系人2, Contact 2, 第二联系人, Second Contact, Contact 2 Name (folded). */
const CONTACT_NAME = /^(?:联系人|联系人姓名|联系人名字|contact|contactname|contactperson|contactpersonname)$/;
/** Headers of a person's details, for the report's list of the group (职位2 beside 电话2; not Address Line 2). */
const PERSON_DETAIL =
  /联系人|姓名|电话|手机|邮箱|邮件|微信|职位|职务|部门|性别|qq|contact|name|phone|mobile|cell|tel|email|mail|title|position|job|role|department|wechat/;

function isContactName(base: string): boolean {
  return CONTACT_NAME.test(base) || CONTACT_NAME.test(base.replace(/(?:姓名|名字|name)$/, ''));
}

/** Fields of a person's own: their name, numbers, e-mail, title and personal details. */
function isPersonField(field: Field | undefined): boolean {
  if (!field) return false;
  return (
    field.kind === 'personName' ||
    field.kind === 'phone' ||
    field.kind === 'email' ||
    ['title', 'gender', 'birthDate', 'idNumber'].includes(field.key)
  );
}

/**
 * The mapping without the person fields of other contacts' columns (a field such a column held goes
 * to a column of the row's contact that holds more of it, where there is one), and those contacts.
 */
/** The headers' numbers, the contact-name column of each number, and the numbers of contacts other than the row's. */
function numberedContacts(mapping: HeaderMapping, template: Template) {
  const numbers = new Map<number, { n: number; base: string }>();
  for (const c of mapping.columns) {
    const found = headerNumber(foldHeader(c.header));
    if (found) numbers.set(c.col, found);
  }
  const contactCols = new Map<number, number>();
  for (const [col, { n, base }] of numbers) if (isContactName(base) && !contactCols.has(n)) contactCols.set(n, col);
  // The row's contact: the contact field's column (else the name's), numbered 1 unless its header says.
  const personKey = contactFieldOf(template)?.key;
  const personCol = (personKey === undefined ? undefined : mapping.byField[personKey]) ?? mapping.byField.name;
  const own = (personCol === undefined ? undefined : numbers.get(personCol)?.n) ?? 1;
  const otherNumbers = new Set([...contactCols.keys()].filter((n) => n !== own));
  /** The columns of another contact's details, by the contact's number (not Address Line 2). */
  const detailCols = (n: number) =>
    mapping.columns.filter((c) => numbers.get(c.col)?.n === n && PERSON_DETAIL.test(foldHeader(c.header)));
  return { numbers, contactCols, own, otherNumbers, detailCols };
}

/** Each other contact's contact-name column and the columns of its details (that one included), in sheet order. */
export function otherContactColumns(mapping: HeaderMapping, template: Template): { contact: number; cols: number[] }[] {
  const { contactCols, otherNumbers, detailCols } = numberedContacts(mapping, template);
  return [...otherNumbers].map((n) => ({ contact: contactCols.get(n)!, cols: detailCols(n).map((c) => c.col) }));
}

export function withoutOtherContacts(
  mapping: HeaderMapping,
  template: Template,
): { mapping: HeaderMapping; others: OtherContact[] } {
  const { numbers, contactCols, own, otherNumbers, detailCols } = numberedContacts(mapping, template);
  if (otherNumbers.size === 0) return { mapping, others: [] };
  const fields = new Map(template.fields.map((f) => [f.key, f]));
  const isOther = (c: ColumnMapping) => otherNumbers.has(numbers.get(c.col)?.n ?? own);
  const columns = mapping.columns.map((c) => ({ ...c }));
  const byCol = new Map(columns.map((c) => [c.col, c]));
  const byField = { ...mapping.byField };
  const freed = new Set<string>();
  for (const c of columns) {
    if (!isOther(c)) continue;
    if (c.field && isPersonField(fields.get(c.field))) {
      if (byField[c.field] === c.col) {
        delete byField[c.field];
        freed.add(c.field);
      }
      c.field = null;
      c.match = 'none';
      delete c.part;
    }
    if (c.secondOf && isPersonField(fields.get(c.secondOf))) delete c.secondOf;
  }
  // 电话1 read as more of the phone where 电话2 had the field: the row's contact's own number.
  for (const key of freed) {
    const more = columns.find((c) => c.secondOf === key && !isOther(c));
    if (!more) continue;
    more.field = key;
    delete more.secondOf;
    byField[key] = more.col;
  }
  const others = [...otherNumbers].map((n) => ({
    contact: byCol.get(contactCols.get(n)!)?.header ?? '',
    headers: detailCols(n).map((c) => c.header),
  }));
  // A split name of another contact (联系人2的名, 姓) is no part of the row's contact's name.
  const { nameParts: parts, ...rest } = mapping;
  const kept = (col: number | undefined) => (col !== undefined && !isOther(byCol.get(col)!) ? col : undefined);
  const given = kept(parts?.given);
  const family = kept(parts?.family);
  const nameParts =
    given === undefined && family === undefined
      ? {}
      : { nameParts: { ...(given === undefined ? {} : { given }), ...(family === undefined ? {} : { family }) } };
  return { mapping: { ...rest, columns, byField, ...nameParts }, others };
}
