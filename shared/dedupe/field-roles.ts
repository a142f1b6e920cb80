/**
 * What each matched column is for identity (a field role) and the comparator that compares its
 * values: a template field's kind decides, or for a column the template does not know, its profile.
 */
import type { Field } from '../template/schema';
import { addressComparator } from './compare/address';
import { codeComparator } from './compare/code';
import { companyComparator } from './compare/company';
import type { AnyComparator } from './compare/comparator';
import { dateComparator } from './compare/date';
import type { dateColumnContext } from '../normalise/date';
import { emailComparator } from './compare/email';
import { generationComparator } from './compare/generation';
import { personNameComparator } from './compare/person-name';
import { phoneComparator } from './compare/phone';
import type { PhoneSheet } from '../normalise/phone-region';
import { maskedEmailComparator } from './compare/masked-email';
import { maskedNameComparator } from './compare/masked-name';
import { maskedPhoneComparator } from './compare/masked-phone';
import { textComparator } from './compare/text';

type DateOrderContext = ReturnType<typeof dateColumnContext>;

/**
 * Roles whose agreement says who a row is. Activity dates, places, free text and other people's
 * details only add to such evidence: two WeCom contacts with no name and no phone, added on one
 * day by one salesperson, are not one customer.
 */
export const IDENTIFYING_ROLES: ReadonlySet<string> = new Set([
  'name',
  'given',
  'family',
  'phone',
  'email',
  'company',
  'address',
  'birthDate',
  'idNumber',
  'legalId',
  'code',
  'account',
  'profile',
  'maskedPhone',
  'vehicle',
]);

export type FieldRole =
  | 'name'
  | 'given'
  | 'family'
  | 'phone'
  | 'email'
  | 'company'
  | 'address'
  | 'region'
  | 'postcode'
  | 'birthDate'
  | 'idNumber'
  /** A company's legal ID (统一社会信用代码, 税号, Company Number, VAT): one registered entity's. */
  | 'legalId'
  | 'date'
  | 'code'
  | 'text'
  /** A buyer's or member's account (买家会员名, 会员卡号): one customer's, unlike an order's details. */
  | 'account'
  /** One person's page on a social network (LinkedIn's URL column): an account, keyed as a website. */
  | 'profile'
  /** Another person's name or phone (a parent's, a referrer's): siblings share them. */
  | 'otherName'
  | 'otherPhone'
  /** A phone column an export starred out (138****8000): compared on its visible digits only. */
  | 'maskedPhone'
  /** The starred-out addresses of an e-mail column (lily***@163.com): weak evidence, compared on what they show. */
  | 'maskedEmail'
  /** The starred-out names of a name column (周*): another visible surname is another person, one says nothing. */
  | 'maskedName'
  /** A name's generation in a column of its own (Outlook's Suffix: Jr., Sr.). */
  | 'generation'
  /** A car's VIN, plate or engine number (车架号, 车牌号): one car's, which its owner brings back. */
  | 'vehicle';

export function roleOfField(field: Field, part: 'given' | 'family' | undefined): FieldRole | null {
  if (field.kind === 'personName') return part ?? 'name';
  if (field.kind === 'phone') return 'phone';
  if (field.kind === 'email') return 'email';
  switch (field.key) {
    case 'company':
      return 'company';
    case 'address':
      return 'address';
    case 'region':
      return 'region';
    case 'postcode':
      return 'postcode';
    case 'birthDate':
      return 'birthDate';
    case 'idNumber':
      return 'idNumber';
  }
  return field.kind === 'date' ? 'date' : null;
}

export function comparatorFor(
  role: FieldRole,
  region: string,
  columnFormat: string | null | undefined,
  phones?: PhoneSheet,
  dates?: DateOrderContext,
): AnyComparator {
  switch (role) {
    case 'name':
    case 'otherName':
      return personNameComparator('full');
    case 'given':
      return personNameComparator('given');
    case 'family':
      return personNameComparator('family');
    case 'phone':
    case 'otherPhone':
      return phoneComparator(region, phones);
    case 'email':
      return emailComparator();
    case 'company':
      return companyComparator();
    case 'address':
      return addressComparator();
    case 'region':
      return textComparator('region');
    case 'postcode':
      return codeComparator('postcode');
    case 'idNumber':
      return codeComparator('idNumber');
    case 'legalId':
      return codeComparator('legalId');
    case 'birthDate':
      return dateComparator('birth', { columnFormat, ...dates });
    case 'date':
      return dateComparator('activity', { columnFormat, ...dates });
    case 'code':
    case 'account':
      return codeComparator('code');
    case 'vehicle':
      return codeComparator('vehicle');
    case 'maskedPhone':
      return maskedPhoneComparator();
    case 'maskedName':
      return maskedNameComparator();
    case 'maskedEmail':
      return maskedEmailComparator();
    case 'generation':
      return generationComparator();
    case 'text':
    case 'profile':
      return textComparator('text');
  }
}
