/**
 * What one column claims: the fields its header proposes (label, synonym, a synonym inside it),
 * each weighed by what a sample of its values says, and the field its values alone show (a column
 * of e-mails or phones under any header). mapHeaders (header-mapping.ts) settles the claims.
 */
import type { CellValue } from '../sheet/cell-value';
import type { Field, Template } from './schema';
import { dominantShape, type ColumnProfile } from './column-profile';
import {
  companyField,
  customerNameField,
  fieldFit,
  holdsCompanies,
  holdsHonorifics,
  salutationField,
} from './column-evidence';
import type { ValueShape } from './value-shape';
import { isNamedRemark, isRemarkName } from './sheet-shapes';
import { holdsSubscriptionStates } from './subscription-states';
import { holdsAccountKinds } from './account-kinds';
import { COUNTRY_ABBREVIATION, holdsCountryCodes } from './country-codes';
import { isAlternateNumberHeader, isHandphoneHeader, isNumberHeader, readNumberColumn } from './contact-number';
import { holdsMeetingPlaces } from './meeting-places';
import { confirmedField } from './confirmed-headers';
import { holdsOrderStates } from './order-states';
import { holdsGroupRoles } from './group-roles';
import { PLACE_KEYS } from './someone-else-claims';
import { normaliseChoice } from '../normalise/choice';
import { normaliseYesNo } from '../normalise/yes-no';
import { headerUnit, unitFits } from '../normalise/header-unit';
import {
  CONTACT_POINT_LABEL,
  FORECAST,
  HANDLE,
  IP_HEADER,
  MEASURE_END,
  MEASURE_KINDS,
  ONE_PURCHASE,
  OTHER_NAME_PART,
  OTHER_RECORD_ID,
  SEVERAL_KINDS,
  UNIT_END,
  foldHeader,
  lookupFor,
  partialMatch,
  type NamePart,
} from './header-words';

/** Data rows the mapping samples: pass `sampleRows(snapshot.values)`, not the whole sheet. */
export type SampleRows = readonly (readonly CellValue[] | undefined)[];

export const EVIDENCE_WEIGHT = 30;
/** Taken off the claims of a column without values: below any claim of a column with them. */
export const UNFILLED = 100;
// A field's own label outranks any synonym whatever the evidence (only contradicting values
// reject it): setup writes the labels, so a sheet set up once maps the same way again, and 手机
// with few numbers stays the phone beside a full 座机 instead of setup naming both 手机.
export const SCORE: Record<'label' | 'synonym' | 'partial' | 'values', number> = {
  label: 100 + EVIDENCE_WEIGHT,
  synonym: 90,
  partial: 60,
  values: 40,
};
const CHOICE_SAMPLE = 50;

export interface Claim {
  col: number;
  field: string;
  part?: NamePart;
  match: 'label' | 'synonym' | 'partial' | 'values';
  score: number;
  /** Between claims of equal score, the lower wins: how near the header's words are to the field's (wordsRank). */
  rank?: number;
  evidence?: ValueShape;
  redirected?: boolean;
  /** The field's label would say less than the header: setup keeps the header (ColumnMapping.keepHeader). */
  keepHeader?: boolean;
}

/** Share of people among a customer column's companies at which the column is no company's name throughout. */
const PEOPLE_AMONG_COMPANIES = 0.2;

// Folded once per field object (templates are immutable once parsed).
const foldedFields = new WeakMap<Field, { labels: string[]; synonyms: string[] }>();

function foldedWords(field: Field): { labels: string[]; synonyms: string[] } {
  let words = foldedFields.get(field);
  if (!words) {
    words = {
      labels: [field.labels['zh-CN'], field.labels['en-US']].map(foldHeader),
      synonyms: field.synonyms.map(foldHeader),
    };
    foldedFields.set(field, words);
  }
  return words;
}

/**
 * How near a header's words are to a field's, to choose between two columns that claim it equally:
 * 0 when the header is or holds the field's label (Full Name beside Customer, 累计消费金额 beside 消费金额),
 * then its synonyms in the template's order (注册时间 before 成为会员时间, 累计消费 before 消费金额).
 */
export function wordsRank(field: Field, words: string): number {
  if (words === '') return Number.MAX_SAFE_INTEGER;
  const { labels, synonyms } = foldedWords(field);
  if (labels.some((label) => label !== '' && words.includes(label))) return 0;
  const exact = synonyms.indexOf(words);
  if (exact >= 0) return 1 + exact;
  const inside = synonyms.findIndex((synonym) => synonym !== '' && words.includes(synonym));
  return inside >= 0 ? 1 + synonyms.length + inside : 1 + 2 * synonyms.length;
}

/** Share of a sample of the column's values that name one of a choice field's options (-1 to +1 fit). */
function choiceFit(field: Field, rows: SampleRows, col: number): -1 | 0 | 1 {
  let seen = 0;
  let named = 0;
  for (let r = 0; r < rows.length && seen < CHOICE_SAMPLE; r++) {
    const value = rows[r]?.[col - 1];
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    const outcome =
      field.kind === 'yesNo'
        ? normaliseYesNo(value, 'en-US')
        : field.kind === 'multiChoice'
          ? { status: 'valid' }
          : normaliseChoice(value, field, 'en-US');
    // An answer not given (未知) says nothing of whether the column holds the list.
    if (outcome.status === 'empty') continue;
    seen++;
    if (outcome.status === 'valid') named++;
  }
  if (seen < 3) return 0;
  return named / seen >= 0.5 ? 1 : named / seen < 0.2 ? -1 : 0;
}

/** Share of a remark column's values that may be ids, numbers, phones, e-mails or dates and it still holds names. */
const REMARK_NOT_NAMES = 0.5;

/**
 * Whether a WeCom 备注名 column holds names as salespeople write them: a person with their company
 * (王志刚 森源建材, Kevin 阿里云), a title (周经理), or a company alone. Its header says so; only a sample
 * of a few values, or of mostly codes, numbers or contact points, says otherwise.
 */
function remarkNames(profile: ColumnProfile): boolean {
  const s = profile.shares;
  return profile.count >= 3 && s.id + s.number + s.phone + s.email + s.date < REMARK_NOT_NAMES;
}

/** What the rest of the header row says about a column. */
export interface SheetContext {
  /** The sheet is a WeCom customer export (sheet-shapes.ts isContactAppExport). */
  contactApp?: boolean;
  /** The sheet lists invoicing details, 开票信息 (confirmed-headers.ts isInvoiceDetails). */
  invoice?: boolean;
}

/** What the header proposes, weighed by what the values say; a person-name header over company names proposes the company. */

export function columnClaims(
  col: number,
  header: string,
  profile: ColumnProfile | undefined,
  rows: SampleRows,
  template: Template,
  fieldsByKey: Map<string, Field>,
  sheet: SheetContext = {},
): Claim[] {
  const lookup = lookupFor(template);
  const company = companyField(template);
  const salutation = salutationField(template);
  const claims: Claim[] = [];
  const folded = header ? foldHeader(header) : '';
  // 累计消费金额(元), Spend (USD): the words before a unit name the field.
  const unit = header ? headerUnit(header) : null;
  const words = unit ? foldHeader(unit.words) : folded;
  const exact = folded ? (lookup.get(folded) ?? (unit ? lookup.get(words) : undefined)) : undefined;
  if (!exact && (CONTACT_POINT_LABEL.test(folded) || HANDLE.test(folded) || IP_HEADER.test(header))) return claims;
  const lastWord = foldHeader(
    (unit?.words ?? header)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .pop() ?? '',
  );
  const name = customerNameField(template);
  // WeCom's 客户备注 of person names is the real name the salesperson typed (客户名称 is the nickname):
  // above any synonym with evidence, below the name's own label.
  if (
    name &&
    profile &&
    isRemarkName(folded) &&
    (fieldFit(name, false, profile) === 1 || (sheet.contactApp && isNamedRemark(folded) && remarkNames(profile)))
  )
    return [{ col, field: name.key, match: 'partial', score: SCORE.synonym + EVIDENCE_WEIGHT + 1, evidence: 'person' }];
  // Contact No, HP No, H/P: the customer's phone when the values are phones, else a record's number
  // (Dynamics' Contact No of CON-00012), which is no contact person either.
  if (isNumberHeader(folded)) {
    const phone = template.fields.find((f) => f.kind === 'phone');
    const read = readNumberColumn(rows, col);
    if (phone && (read === 'phone' || (read === 'unread' && isHandphoneHeader(folded))))
      return [
        {
          col,
          field: phone.key,
          match: 'synonym',
          score: SCORE.synonym + (read === 'phone' ? EVIDENCE_WEIGHT : 0),
          ...(read === 'phone' ? { evidence: 'phone' as const } : {}),
        },
      ];
    if (read === 'other' || !exact) return claims;
  }
  // Alternate No of phones: more of the phone, below any column that names the phone itself, so it
  // holds the customer's second number (ColumnMapping.secondOf) beside Mobile No.
  if (!exact && isAlternateNumberHeader(folded)) {
    const phone = template.fields.find((f) => f.kind === 'phone');
    if (phone && readNumberColumn(rows, col) === 'phone')
      return [{ col, field: phone.key, match: 'partial', score: SCORE.partial, evidence: 'phone' }];
    return claims;
  }
  // 名称 beside 纳税人识别号, Business of business names, Office of phones (confirmed-headers.ts).
  const confirmed = exact ? undefined : confirmedField(folded, profile, rows, col, template, sheet.invoice === true);
  if (confirmed) {
    const field = fieldsByKey.get(confirmed.field);
    // A phone only below any column that names the phone itself: beside Mobile it is the second number.
    const score = SCORE.partial + (field?.kind === 'phone' ? 0 : EVIDENCE_WEIGHT * confirmed.fit);
    const evidence = confirmed.fit > 0 ? (field?.kind === 'phone' ? 'phone' : 'company') : undefined;
    return [{ col, field: confirmed.field, match: 'partial', score, ...(evidence ? { evidence } : {}) }];
  }
  // Mailchimp's CC of GB, AU, US: the country, as the header and the values say together.
  const country = lookup.get('country');
  if (!exact && country && !country.part && COUNTRY_ABBREVIATION.test(folded) && holdsCountryCodes(rows, col))
    return [{ col, field: country.field, match: 'partial', score: SCORE.partial + EVIDENCE_WEIGHT }];
  let proposed = exact ?? (words ? partialMatch(words, lastWord, lookup, unit?.words ?? header) : undefined);
  // The unit must be one the field counts in: 上次购买(天) is days, no date; 累计消费金额(次) no amount.
  const proposedKind = proposed ? fieldsByKey.get(proposed.field)?.kind : undefined;
  if (unit && proposedKind && !unitFits(unit, proposedKind)) proposed = undefined;
  const match = exact ? exact.kind : 'partial';
  const dominant = profile ? (dominantShape(profile) ?? undefined) : undefined;
  if (proposed) {
    const field = fieldsByKey.get(proposed.field);
    if (field && proposed.part) {
      claims.push({ col, field: field.key, part: proposed.part, match, score: SCORE[match] });
    } else if (field && match === 'partial' && field.kind === 'personName' && OTHER_NAME_PART.test(folded)) {
      // Middle Name and Name Prefix are no whole name.
    } else if (
      field &&
      match === 'partial' &&
      MEASURE_END.test(folded.replace(UNIT_END, '')) &&
      !MEASURE_KINDS.has(field.kind)
    ) {
      // 年度销售额 is no owner: leave the column as the team's own.
    } else if (field && match === 'partial' && field.kind === 'money' && ONE_PURCHASE.test(words)) {
      // 最近消费金额 holds 消费金额, but one purchase's amount is no total spend.
    } else if (field && match === 'partial' && MEASURE_KINDS.has(field.kind) && FORECAST.test(words)) {
      // 预计成交金额 holds 成交金额 and Expected Revenue holds Revenue, but a forecast is nothing spent or bought yet.
    } else if (field && match === 'partial' && field.kind === 'id' && OTHER_RECORD_ID.test(words)) {
      // Global Shipping Reference ID holds Reference ID, but it numbers a shipment, not the customer.
    } else if (field) {
      let fit = profile ? fieldFit(field, field === company, profile) : 0;
      // Honorifics are what a salutation field holds (fieldFit rejects them for any other text field).
      if (field === salutation && profile && holdsHonorifics(profile)) fit = 1;
      // A partial header match to a list field needs values from the list: 卡类型 (年卡, 次卡) is no customer type.
      if (fit >= 0 && match === 'partial' && (field.kind === 'choice' || field.kind === 'yesNo'))
        fit = Math.min(fit, choiceFit(field, rows, col)) as typeof fit;
      // Stripe's Status of active and past_due is the subscription's, whatever the header's words.
      if (field.kind === 'choice' && holdsSubscriptionStates(rows, col)) fit = -1;
      // 企业微信's 客户类型 of 微信 and 企业微信 is the contact's kind of account.
      if (field.kind === 'choice' && holdsAccountKinds(rows, col)) fit = -1;
      // Etsy's Status of Completed, Shipped and Paid is the order's.
      if (field.kind === 'choice' && holdsOrderStates(rows, col)) fit = -1;
      // Meetup's Title of Organizer and Event Host is the member's role in the group, no job.
      if (field.key === 'title' && holdsGroupRoles(rows, col)) fit = -1;
      // Calendly's Location of Zoom links and Google Meet is where the meeting is, not the customer.
      if (PLACE_KEYS.has(field.key) && holdsMeetingPlaces(rows, col)) fit = -1;
      if (fit >= 0)
        claims.push({
          col,
          field: field.key,
          match,
          score: SCORE[match] + EVIDENCE_WEIGHT * fit,
          ...(fit > 0 && dominant ? { evidence: dominant } : {}),
        });
      else if (field.kind === 'personName' && company && profile && holdsCompanies(profile)) {
        claims.push({
          col,
          field: company.key,
          match,
          score: SCORE[match] + EVIDENCE_WEIGHT,
          evidence: 'company',
          redirected: true,
          // Xero's ContactName of companies and people: the column is no company's name throughout.
          ...(profile.shares.person >= PEOPLE_AMONG_COMPANIES ? { keepHeader: true } : {}),
        });
      } else if (salutation && field !== salutation && profile && holdsHonorifics(profile)) {
        // Outlook's Title of Mr. and Ms.: below any column whose own header names the salutation.
        claims.push({
          col,
          field: salutation.key,
          match: 'partial',
          score: SCORE.partial + EVIDENCE_WEIGHT,
          redirected: true,
        });
      }
    }
  }
  // Only a header that is a label or synonym is ranked, and only for fields of which a sheet holds
  // several like columns (two amounts, two dates, a customer and a full name): two partial ones (POCity,
  // PORegion) and a city beside a state (places of two levels) keep their order.
  for (const c of claims) {
    const field = c.match === 'partial' ? undefined : fieldsByKey.get(c.field);
    if (field && (SEVERAL_KINDS.has(field.kind) || field.kind === 'personName')) c.rank = wordsRank(field, words);
  }
  // Values alone name a field only when they are unmistakable: email addresses and phone numbers.
  if (
    claims.length === 0 &&
    profile &&
    profile.count >= 3 &&
    (dominant === 'email' || dominant === 'phone') &&
    profile.shares[dominant] >= 0.8
  ) {
    const field = template.fields.find((f) => f.kind === dominant);
    if (field) claims.push({ col, field: field.key, match: 'values', score: SCORE.values, evidence: dominant });
  }
  return claims;
}
