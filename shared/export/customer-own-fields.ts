/**
 * A list of people with someone to contact (a student and the parent, a patient and a relative): the
 * CRM contact is the person to contact, so the customer's own birth date, gender and ID number are not
 * theirs. Such a column goes out as an extra column under its own header, beside the customer's name,
 * unless its header names the contact (家长生日 beside 家长姓名, Parent DOB beside Parent Name).
 */
import type { SheetColumn } from './build-files';
import type { RoleColumns } from './row-parties';

const OWN_FIELDS = new Set(['birthDate', 'gender', 'idNumber']);
/** Words of a name header that say "name", not whose: 家长姓名 → 家长, Parent Name → parent. */
const NAME_WORDS = /姓名|名字|名称|称呼|full\s*name|name|[\s_:：()（）-]+/gi;

/** The word a contact header qualifies its name by (家长, parent), or '' when it has none. */
function whose(header: string): string {
  return header.replace(NAME_WORDS, '').toLowerCase();
}

/**
 * The columns with the customer's own set aside; one headed as a CRM column (Date of Birth, which the
 * CRM's import would match to the contact's) is headed with whose it is: Date of Birth (Student Name).
 */
export function customerOwnAside(
  columns: readonly SheetColumn[],
  roles: RoleColumns,
  crmHeaders: readonly string[],
): SheetColumn[] {
  if (!roles.peopleBesideContact || roles.person === undefined) return [...columns];
  const contact = columns.find((c) => c.col === roles.person);
  const customer = columns.find((c) => c.col === roles.ownName)?.header;
  const qualifier = contact ? whose(contact.header) : '';
  const crm = new Set(crmHeaders.map((h) => h.toLowerCase()));
  return columns.map((c) => {
    if (!c.field || !OWN_FIELDS.has(c.field.key)) return c;
    if (qualifier !== '' && c.header.toLowerCase().includes(qualifier)) return c;
    const header = customer && crm.has(c.header.trim().toLowerCase()) ? `${c.header} (${customer})` : c.header;
    return { ...c, header, field: undefined };
  });
}
