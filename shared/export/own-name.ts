/**
 * A person-name column beside the contact column (姓名 beside 联系人, Name beside Contact), as
 * `combine` writes a 企业微信 or 有赞 list of people stacked on a sales rep's list of companies and
 * their contacts. A row's person is its contact, else its own name. Where both name a person and
 * they differ, the contact stays the person and the name is kept under its own header: two people
 * on one row are neither merged nor lost.
 */
import { isOrganisationName } from '../normalise/organisation-name';
import { readRemarkName } from '../normalise/remark-name';
import { isNoCompanyWord, personalRemark } from './person-words';
import { splitPersonName } from './split-name';

export type OwnNameUse =
  /** The contact is blank: the row's person is read from its own name. */
  | { use: 'person' }
  /** The same person as the contact (张伟 and 张伟, 张伟-宏达贸易 and 张伟); `organisation` from a remark name. */
  | { use: 'same'; organisation?: string }
  /** The row's organisation, not a person (宏达贸易有限公司 beside the contact 张伟). */
  | { use: 'account' }
  /** Someone else than the contact: kept under its header. */
  | { use: 'aside' };

const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

function samePerson(a: string, b: string, chineseList: boolean): boolean {
  if (fold(a) === fold(b)) return true;
  // Smith, John and John Smith are one name written two ways.
  const x = splitPersonName(a, { chineseList });
  const y = splitPersonName(b, { chineseList });
  return x.last !== '' && fold(x.last) === fold(y.last) && fold(x.first) === fold(y.first);
}

/** How a row's own name (cleaned, '' when blank) stands to its contact and its company. */
export function ownNameUse(own: string, contact: string, account: string, chineseList: boolean): OwnNameUse | null {
  if (own === '') return null;
  if (contact === '') return { use: 'person' };
  if (samePerson(own, contact, chineseList)) return { use: 'same' };
  const personal = personalRemark(own);
  if (personal && samePerson(personal, contact, chineseList)) return { use: 'same' };
  const remark = readRemarkName(own, account);
  if (remark && samePerson(remark.person, contact, chineseList))
    return isNoCompanyWord(remark.organisation) ? { use: 'same' } : { use: 'same', organisation: remark.organisation };
  if (isOrganisationName(own) && (account === '' || fold(account) === fold(own))) return { use: 'account' };
  return { use: 'aside' };
}

/**
 * A row's person and account from its contact, its own name and its company (each cleaned, '' when
 * blank), and whether the person was read from the own name or the own name is kept aside.
 */
export function withOwnName(
  contact: string,
  own: string,
  account: string,
  chineseList: boolean,
): { full: string; account: string; ownName?: 'read' | 'aside' } {
  const reading = ownNameUse(own, contact, account, chineseList);
  switch (reading?.use) {
    case 'person':
      return { full: own, account, ownName: 'read' };
    case 'aside':
      return { full: contact, account, ownName: 'aside' };
    case 'account':
      return { full: contact, account: account || own };
    case 'same':
      return { full: contact, account: account || (reading.organisation ?? '') };
    default:
      return { full: contact, account };
  }
}
