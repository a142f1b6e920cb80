/**
 * What a column left without a field may still hold: more of the customer's values of a field another
 * column won (座机 beside 手机), or, on a list with no name of its own, the customers' nicknames, or
 * on a company list with no contact of its own (企查查, 天眼查), the legal representative or a Japanese
 * ledger's 担当者.
 */
import type { Field, Template } from './schema';
import type { ColumnProfile } from './column-profile';
import { companyField, contactField, customerNameField, fieldFit } from './column-evidence';
import {
  ADDRESS_PHONE,
  HANDLE,
  LEGAL_REPRESENTATIVE,
  OTHER_PERSON,
  PERSON_IN_CHARGE,
  SEVERAL_KINDS,
  SOMEONE_ELSE,
  foldHeader,
} from './header-words';
import type { Claim } from './header-claims';
import type { ColumnMapping } from './column-mapping';

/**
 * A list with no name, name parts or contact person of its own names its customers by their
 * nickname or login (有赞 and 微店 export members as 会员昵称): the leftmost such column whose values
 * could be names, unless it names someone else (达人昵称 is the influencer who sold).
 */
export function nameByHandle(columns: ColumnMapping[], profiles: readonly ColumnProfile[], template: Template): void {
  const name = customerNameField(template);
  const contactKey = contactField(template)?.key;
  if (!name || columns.some((c) => c.field === name.key || (contactKey && c.field === contactKey))) return;
  const handle = columns.find((column) => {
    const folded = foldHeader(column.header);
    if (column.match !== 'none' || !HANDLE.test(folded) || OTHER_PERSON.test(folded)) return false;
    const profile = profiles[column.col - 1];
    return !profile || fieldFit(name, false, profile) >= 0;
  });
  if (!handle) return;
  handle.field = name.key;
  handle.match = 'partial';
}

/**
 * A column whose header named a field another column won holds more of the customer's values of it:
 * numbers (座机 beside 手机), e-mails, amounts (累计消费金额 beside 累计消费金额(元)) or dates (成为会员时间
 * beside 注册时间). It is checked and cleaned as that field, and a phone there is the row's when the
 * field's own column is blank.
 */
export function markSecond(column: ColumnMapping, lost: Claim, fieldsByKey: Map<string, Field>): boolean {
  const kind = fieldsByKey.get(lost.field)?.kind;
  if (column.match !== 'none' || lost.match === 'values' || lost.part || !kind || !SEVERAL_KINDS.has(kind))
    return false;
  const folded = foldHeader(column.header);
  // 地址电话 holds an address with the phone after it: read for the phone where it stands in (phoneInAddress).
  if (SOMEONE_ELSE.test(folded) || ADDRESS_PHONE.test(folded)) return false;
  column.secondOf = lost.field;
  return true;
}

/**
 * A company register export (企查查, 天眼查) names no one to talk to but the legal representative
 * (法定代表人): that person is the company's contact where the sheet has no contact or person name of
 * its own. Beside one (联系人, 姓名) the representative is someone else than whom the team talks to, and
 * the column is left alone. A Japanese ledger's bare 担当者 beside its 会社名 is read alike: with no
 * person of the customer's own on the row, the person in charge is the customer's (its フリガナ and
 * 部署 beside it say so); beside one it may be the seller's own staff.
 */
export function contactByRepresentative(
  columns: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  template: Template,
): void {
  const contact = contactField(template);
  const nameKey = customerNameField(template)?.key;
  if (!contact || columns.some((c) => c.field === contact.key || (nameKey && c.field === nameKey))) return;
  const company = companyField(template)?.key;
  const hasCompany = company !== undefined && columns.some((c) => c.field === company);
  const representative = columns.find((column) => {
    const folded = foldHeader(column.header);
    const named = LEGAL_REPRESENTATIVE.test(folded) || (hasCompany && PERSON_IN_CHARGE.test(folded));
    if (column.match !== 'none' || column.someoneElse || !named) return false;
    const profile = profiles[column.col - 1];
    return !profile || fieldFit(contact, false, profile) >= 0;
  });
  if (!representative) return;
  representative.field = contact.key;
  representative.match = 'partial';
}
