/**
 * Headers a field's label would change the meaning of. Setup renames a mapped column to its field's
 * label only when the label says the same thing in other words; a header that says more (a city, not
 * any region; consent to e-mail marketing, not to any contact; when the customer became one, not when
 * the record was made) keeps its words, and the column is still governed as the field. Keyed by the
 * built-in template's field keys; another template's fields of the same keys are read alike.
 */
import { EMERGENCY, KIND_OF_PERSON, foldHeader } from './header-words';

/**
 * Field key -> the folded header words the label would lose. Each says what the label does not:
 * - region (地区, Region): one level of place, a city, suburb, state or province (Mailing City, POCity,
 *   省份), where Region would read as any, and as the State column beside it;
 * - consent (同意联系, Consent to Contact): any header that does not say contact: one channel or
 *   purpose (Accepts Email Marketing, 营销许可) or no object (Opt-in, Consent) is less than consent to
 *   be contacted at all;
 * - createdAt (创建日期, Created): when the customer joined or became one (Customer Since, 成为客户时间,
 *   Member Since, 注册时间, a student's 入学日期), which is not when the record was made;
 * - lastContact (最近联系日期, Last Contact): an activity, engagement or visit (a clinic's 最近就诊日期),
 *   or when the customer was last active or seen (WooCommerce's Last active), which may be no contact;
 * - nextFollowUp (下次跟进日期, Next Follow-up): an appointment, action, activity or return visit (复诊);
 * - firstPurchaseDate (首次成交日期, First Purchase Date): a first visit (首诊日期), a purchase of care;
 * - customerId (客户编号, Customer ID): a lead's (a lead is no customer yet), or a patient's (Patient ID),
 *   which says whose record it is;
 * - address, postcode, country: whose address it is (Billing, Mailing, Shipping, Xero's PO, 收货, 公司);
 * - totalSpend (累计消费金额, Total Spend): a lifetime value, an estimate rather than what was spent;
 * - valueTier (价值等级, Value Tier): a membership's level (会员等级 of 金卡, 银卡), no value tier;
 * - phone (手机, Phone): a kind of number the label does not say (Mobile Phone is no mere Phone, 电话 no
 *   手机, Business Phone and Home Phone neither): the export files each number by what its header says.
 * - name, where the label names a person (姓名): a customer's or company's name (客户名称, 公司名称), which
 *   a B2B list fills with companies (台積電): headed 姓名 they would read as people; and any name header
 *   saying which kind of person the customer is (学生姓名, 学员姓名, 患者姓名, Student Name): beside a
 *   parent's 家长姓名, a bare 姓名 no longer says whose name it is.
 * Any field: whose name or number it is, when it is not the customer's (WHOSE below).
 */
/** Which of a customer's addresses: Billing, Mailing, Shipping, Xero's PO (postal) and SA (street), 收货. */
const WHOSE_ADDRESS = /billing|mailing|shipping|delivery|home|work|business|office|^(?:po|sa)(?!st)[a-z]|收货/;

/** A customer's or company's name (客户名称, 公司名称, 单位名称), folded (客戶名稱 folds to 客户名称). */
const ORGANISATION_NAME = /(?:客户|公司|单位|企业|机构|商户|店铺|门店)名称|公司名/;
/** A label naming a person's name. */
const PERSON_LABEL = /姓名/;

/** One level of place: a city, suburb, state or province, in English, Chinese and a German, Spanish, Portuguese or French list's words. */
const CITY_OR_STATE =
  /city|town|suburb|state|province|prov$|county|district|城市|省|市|县|镇|^ort$|stadt|ciudad|cidade|ville|provincia|bundesland/;

const KEEPS: Readonly<Record<string, (folded: string) => boolean>> = {
  region: (h) => CITY_OR_STATE.test(h),
  consent: (h) => !/contact|联系/.test(h),
  createdAt: (h) =>
    /成为|入会|注册|报名|登记|加入|开卡|入学|入园|since|join|signup|register|registration|enrol/.test(h),
  lastContact: (h) => /activ|engagement|visit|seen|活动|活跃|拜访|带看|到访|到店|就诊/.test(h),
  nextFollowUp: (h) => /appointment|action|activity|活动|复诊|就诊/.test(h),
  firstPurchaseDate: (h) => /visit|首诊|初诊|就诊/.test(h),
  customerId: (h) => /lead|patient/.test(h),
  address: (h) => WHOSE_ADDRESS.test(h) || /postal|公司|办公|单位|家庭/.test(h),
  postcode: (h) => WHOSE_ADDRESS.test(h),
  country: (h) => WHOSE_ADDRESS.test(h),
  totalSpend: (h) => /lifetime|ltv|clv/.test(h),
  valueTier: (h) => /会员|卡|member|card|loyalty/.test(h),
};

/**
 * Someone else than the customer a header names: a student's parent (家长手机), a guardian, who
 * referred the customer, whom to call in an emergency or a family member (家属). Renamed 手机 or 联系人, the column would read as
 * the customer's own number or contact.
 */
const WHOSE: readonly [who: string, words: RegExp][] = [
  ['parent', /家长|父母|父亲|母亲|parent|mother|father/],
  ['guardian', /监护人|guardian/],
  ['referrer', /推荐人|介绍人|referr/],
  // Whom to call in an emergency, the next of kin, a family member (ICE Phone, 家属电话).
  ['emergency', EMERGENCY],
];

/** The kind of number a phone header or label names, by its words: a mobile, a landline or whose line. */
const NUMBER_KINDS: readonly [kind: string, words: RegExp][] = [
  ['mobile', /mobile|cell|手机|移动|mobil|celular|m[óo]vil|portable|handy|telem[óo]vel/],
  ['landline', /landline|座机|固话|市话|固定电话/],
  ['work', /business|work|office|company|办公|公司|单位/],
  ['home', /home|家庭|住宅|家里/],
];

function whose(folded: string): string {
  return WHOSE.filter(([, words]) => words.test(folded))
    .map(([who]) => who)
    .join('+');
}

function numberKinds(folded: string): string {
  return NUMBER_KINDS.filter(([, words]) => words.test(folded))
    .map(([kind]) => kind)
    .join('+');
}

/**
 * Whether renaming `header` to `label`, the label of field `fieldKey`, would change what the header
 * says. A phone header is renamed only to a label naming the same kind of number (手机号码 is 手机,
 * Telephone is Phone); no header is renamed to a label that does not name the same someone else
 * (家长手机 stays: 手机 would be the student's own).
 */
export function labelWouldChange(fieldKey: string, header: string, label: string): boolean {
  const folded = foldHeader(header);
  if (whose(folded) !== whose(foldHeader(label))) return true;
  if (fieldKey === 'phone') return numberKinds(folded) !== numberKinds(foldHeader(label));
  if (fieldKey === 'name' && PERSON_LABEL.test(foldHeader(label)) && ORGANISATION_NAME.test(folded)) return true;
  if (fieldKey === 'name' && KIND_OF_PERSON.test(folded) && !KIND_OF_PERSON.test(foldHeader(label))) return true;
  const keeps = KEEPS[fieldKey];
  return keeps !== undefined && keeps(folded);
}
