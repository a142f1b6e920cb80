/**
 * What a header's words say: the fold headers are compared in, the template's labels and synonyms
 * by folded header (a lookup built once per template), the label or synonym a longer header
 * contains, and the words that say a header names something else than the customer's field (an
 * order's number, a nickname, an amount, a contact point's type). header-mapping.ts weighs these
 * against the column's values.
 */
import type { Field, Template } from './schema';
import { customerNameField } from './column-evidence';
// Dedupe's fold of traditional characters (see its header): one table for values and headers.
import { simplifiedHan } from '../dedupe/simplified';
import { EUROPEAN_HEADERS, FOREIGN_FAMILY_NAME, FOREIGN_GIVEN_NAME, withoutAccents } from './european-headers';

/** Which part of a split name a column holds. */
export type NamePart = 'given' | 'family';

const GIVEN_NAME = ['名', 'first name', 'firstname', 'given name', 'given', 'forename'];
const FAMILY_NAME = ['姓', '姓氏', 'last name', 'lastname', 'surname', 'family name', 'family'];
/**
 * Whose name parts an order export names (WooCommerce's Billing First Name, First Name (Billing),
 * Shipping Last Name): the buyer's or the recipient's given and family names, not a whole name.
 */
const NAME_PART_OWNERS = ['billing', 'shipping', 'delivery'];

/**
 * Folds a header for comparison: width, case, spaces, punctuation, required markers and traditional
 * characters (手機 is 手机: a Hong Kong or Taiwan list, or a traditional IME, names the same column).
 */
export function foldHeader(text: string): string {
  return (
    simplifiedHan(text.normalize('NFKC'))
      .toLowerCase()
      .replace(/[(（][^)）]*(必填|required)[^)）]*[)）]/g, '')
      // "Customer #" is "Customer No".
      .replace(/\s*[#№]\s*$/, 'no')
      .replace(/[\s_\-.·:：*#/\\'"“”]+/g, '')
  );
}

export interface Candidate {
  field: string;
  part?: NamePart;
  kind: 'label' | 'synonym';
  /** Names the field only as the whole header, never as a word inside a longer one. */
  whole?: boolean;
}

/**
 * Words Taiwan and Hong Kong lists use where mainland headers use another (after the character
 * fold): 聯絡 for 联系 (最後聯絡日), 追蹤 for 跟进 (下次追蹤日; 跟踪 on the mainland too), 紀錄 for 记录,
 * 建立 for 创建, 信箱 for 邮箱, 產業 for 行业. Every label and synonym is also looked up in these words.
 */
const REGIONAL_WORDS: readonly (readonly [mainland: string, regional: string])[] = [
  ['联系', '联络'],
  ['跟进', '追踪'],
  ['跟进', '跟踪'],
  ['记录', '纪录'],
  ['创建', '建立'],
  ['邮箱', '信箱'],
  ['邮政编码', '邮递区号'],
  ['行业', '产业'],
];

/**
 * Words a date's header may say for another: WeCom's 最近沟通时间 is when the customer was last talked
 * to, as 最近联系时间 is. Only in dates: 沟通方式 is how, not a phone's 联系方式.
 */
const DATE_WORDS: readonly (readonly [word: string, other: string])[] = [['联系', '沟通']];

/**
 * Whole headers of Taiwan and Hong Kong lists and the mainland header they mean: 業務 is the sales rep
 * (业务员). Only as the whole header: 主營業務 is a line of business.
 */
const REGIONAL_HEADERS: readonly (readonly [regional: string, mainland: string])[] = [
  ['业务', '业务员'],
  ['业务代表', '业务员'],
  ['负责业务', '负责销售'],
  // 產業別, 行業別: by industry, as Taiwan words a column of them.
  ['产业别', '行业'],
  ['行业别', '行业'],
];

/**
 * Whole headers of Japanese lists (kintone's 顧客リスト, a list kept by hand) and the Chinese header
 * they mean, as folded: kanji fold to no Chinese word (郵便番号, 都道府県) or to another (住所), and kana
 * to none. On a customer list 担当者名 is the person at the customer's company; a bare 担当者 may be the
 * seller's own staff, so it is the contact only on a company list with no person of its own
 * (leftover-columns.ts).
 */
export const JAPANESE_HEADERS: readonly (readonly [japanese: string, chinese: string])[] = [
  ['会社名', '公司名称'],
  ['企業名', '企业名称'],
  ['担当者名', '联系人'],
  ['ご担当者名', '联系人'],
  ['氏名', '姓名'],
  ['役職', '职位'],
  ['役職名', '职位'],
  ['電話番号', '电话号码'],
  ['携帯電話', '手机'],
  ['携帯電話番号', '手机'],
  ['携帯番号', '手机'],
  ['メールアドレス', '邮箱'],
  ['メール', '邮箱'],
  ['郵便番号', '邮编'],
  ['〒', '邮编'],
  ['都道府県', '省份'],
  ['住所', '地址'],
  ['備考', '备注'],
  // The day trading with the company began: when it became a customer (Customer Since).
  ['取引開始日', '成为客户日期'],
];

/** A label or synonym as Taiwan and Hong Kong lists word it, in any mix of their words: 最后联络日期, 追踪纪录. */
function regionalForms(text: string, words = REGIONAL_WORDS): string[] {
  let forms = [text];
  for (const [mainland, regional] of words)
    forms = forms.flatMap((form) => (form.includes(mainland) ? [form, form.split(mainland).join(regional)] : [form]));
  return forms.slice(1);
}

function buildLookup(template: Template): Map<string, Candidate> {
  const lookup = new Map<string, Candidate>();
  const add = (text: string, candidate: Candidate) => {
    const key = foldHeader(text);
    if (key && !lookup.has(key)) lookup.set(key, candidate);
  };
  for (const field of template.fields) {
    add(field.labels['zh-CN'], { field: field.key, kind: 'label' });
    add(field.labels['en-US'], { field: field.key, kind: 'label' });
  }
  for (const field of template.fields)
    for (const synonym of field.synonyms) add(synonym, { field: field.key, kind: 'synonym' });
  // After every real label and synonym, so none is displaced.
  const words = new Map<Field, string[]>();
  for (const field of template.fields) {
    const own = [field.labels['zh-CN'], ...field.synonyms].map((text) => simplifiedHan(text));
    const said = field.kind === 'date' ? own.flatMap((text) => regionalForms(text, DATE_WORDS)) : [];
    const regional = [...own, ...said].flatMap((text) => regionalForms(text)).concat(said);
    for (const text of regional) add(text, { field: field.key, kind: 'synonym' });
    words.set(field, [...own, ...regional]);
  }
  for (const [regional, mainland] of [...REGIONAL_HEADERS, ...JAPANESE_HEADERS, ...EUROPEAN_HEADERS]) {
    const meant = lookup.get(foldHeader(mainland));
    if (meant && !meant.part)
      for (const text of [regional, withoutAccents(regional)])
        add(text, { field: meant.field, kind: 'synonym', whole: true });
  }
  // Chinese lists shorten a date's 日期 to 日 (最近消费日, 签约日, 最後聯絡日).
  for (const field of template.fields) {
    if (field.kind !== 'date') continue;
    for (const text of words.get(field) ?? [])
      if (text.endsWith('日期')) add(text.slice(0, -1), { field: field.key, kind: 'synonym' });
  }
  const nameField = customerNameField(template);
  if (nameField) {
    const parts = [
      ...GIVEN_NAME.map((text) => [text, 'given'] as const),
      ...FAMILY_NAME.map((text) => [text, 'family'] as const),
    ];
    const foreignParts = [
      ...FOREIGN_GIVEN_NAME.map((text) => [text, 'given'] as const),
      ...FOREIGN_FAMILY_NAME.map((text) => [text, 'family'] as const),
    ];
    for (const [text, part] of parts) add(text, { field: nameField.key, part, kind: 'synonym' });
    for (const [text, part] of foreignParts)
      for (const form of [text, withoutAccents(text)]) add(form, { field: nameField.key, part, kind: 'synonym' });
    // Alone, Spanish Nombre, Portuguese Nome and French Nom are the whole name (namePartsBeside).
    for (const text of ['Nombre', 'Nome', 'Nom']) add(text, { field: nameField.key, kind: 'synonym', whole: true });
    for (const [text, part] of parts) {
      if (HAN.test(text)) continue;
      for (const owner of NAME_PART_OWNERS)
        for (const form of [`${owner} ${text}`, `${text} (${owner})`, `${text} ${owner}`])
          add(form, { field: nameField.key, part, kind: 'synonym' });
    }
  }
  return lookup;
}

// Built once per template object (templates are immutable once parsed).
const lookups = new WeakMap<Template, Map<string, Candidate>>();

export function lookupFor(template: Template): Map<string, Candidate> {
  let lookup = lookups.get(template);
  if (!lookup) lookups.set(template, (lookup = buildLookup(template)));
  return lookup;
}

// A header naming another thing (an order's number, a product's name, an abbreviation) is not a
// customer field even when it contains one's synonym: 订单编号, 订单状态, 商品名称, 客户简称, Annual Revenue, Company Domain Name.
// (An exact synonym such as Last Invoice Date is still matched: this only stops matching by part.)
// 意向区域 / Area of Interest is where a buyer wants to be, not where the customer is. An IM, IP or
// web address is no postal address. An order's after-sales, refund, shipping or payment status is no
// customer status (售后状态, Payment Status), nor is a record's data enrichment or sync (Zoho's Enrich
// Status); a card's name and zip are the cardholder's (Card Name); a price's tier or level is a
// ticket's or a price list's (Eventbrite's Price Tier of Early Bird), no value tier; a risk level
// (Shopify's Risk Level of Low, Medium, High) is a fraud check's, no value tier either. A company's tax
// number (税号, Taiwan's 統一編號) is no customer number. A marketing campaign's title or name is the
// campaign's (Mailchimp's CLEAN_CAMPAIGN_TITLE), no job title or name; an e-mail subscription's status
// (Square's Email Subscription Status: subscribed, unknown) is no customer status. A tax's type, status
// or place (eBay's Tax Status, Tax State, eBay Collect And Remit Tax Type) is the sale's tax, and Etsy's
// InPerson Location is where an in-person sale was made; an item's Authenticity Verification Status is
// the item's check. Amazon's ship-address folds to a word holding ipaddress and is a postal address.
// A company register's status (企查查's 登记状态, 天眼查's 经营状态: 存续, 注销; Registration Status) is
// the company's standing with the registry, no customer status or stage, and its registered capital
// and business scope are the registry's too.
const OTHER_THINGS =
  /登记状态|经营状态|企业状态|注册资本|经营范围|registrationstatus|companystatus|registeredcapital|businessscope|订单|税号|纳税人|信用代码|统一编号|商品|宝贝|产品|发票|物流|快递|运单|保单|员工|工号|简称|拼音|网址|网站|官网|主页|域名|意向|售后|退款|发货|票价|风险|风控|risk|fraud|order|product|item|invoice|sku|deal|ticket|tracking|employee|annual|domain|website|homepage|url|interest|imaddress|(?<!sh)ipaddress|webaddress|refund|fulfil|payment|financialstatus|enrich|sync|price|^card|campaign(?:title|name)|subscriptionstatus|tax|inperson|authenticity|verification/;

/**
 * A flag saying the customer opted out (Zoho's Email Opt Out, Salesforce's Do Not Call and
 * HasOptedOutOfEmail, Mailchimp's Unsubscribed, 退订): no e-mail or phone, and no consent either,
 * which it would say the opposite of.
 */
const OPT_OUT = /optout|optedout|unsubscri|donot(?:call|e?mail|contact|text|sms)|退订|取消订阅|拒收|免打扰/;

/**
 * The id or reference of a shipment, payment or pick-up, not of the customer (eBay's Global Shipping
 * Reference ID, PayPal Transaction ID, Click And Collect Reference Number): by part it names no
 * customer's number, whatever its words end in.
 */
export const OTHER_RECORD_ID =
  /shipping|shipment|transaction|payment|parcel|package|collect|coupon|voucher|交易|支付|包裹/;

/** Whether a header names no customer field even where it holds a field's word: another thing's, or an opt-out flag. */
export function namesOtherThing(folded: string): boolean {
  return OTHER_THINGS.test(folded) || OPT_OUT.test(folded);
}

/** The kind of a contact point, not of the customer: Google Contacts' E-mail 1 - Type (* Work, Home), Phone 1 - Label. */
export const CONTACT_POINT_LABEL =
  /^(?:e?mail|phone|tel|mobile|fax|address|website|web|im|organi[sz]ation|relation|event|邮箱|电话|手机|地址)\d*(?:type|label|类型)$/;

/**
 * What a person is called, not their name: a nickname or a login handle (lucyh). A member export
 * with no name column knows its members by 会员昵称, so it is the name only when nothing better is.
 */
export const HANDLE = /昵称|网名|用户名|登录名|nickname|username|loginname|^login$|screenname|^handle$/;
/** A company's legal representative as register exports head it (法定代表人, 法人代表, 法人, 法人姓名). */
export const LEGAL_REPRESENTATIVE = /^(?:法定代表人|法人代表|法人)(?:姓名)?$|^legalrepresentative$/;
/** A Japanese ledger's bare 担当者 (担当): the person in charge, the customer's or the seller's own. */
export const PERSON_IN_CHARGE = /^(?:ご)?担当者?$/;
/** Nicknames of someone other than the customer: the influencer who sold, the group leader, the referrer. */
export const OTHER_PERSON = /达人|主播|团长|推荐|介绍人|客服|affiliate|referr|agent/;
/** One word of a name that is neither the given nor the family name, or how to read or address it. */
export const OTHER_NAME_PART = /middle|additional|maiden|yomi|phonetic|prefix|suffix|initials|salutation/;

/**
 * A header ending in a measure names an amount of something, not the thing: 年度销售额 is sales made,
 * not the salesperson (销售); 客户数 is a count, not a customer. By part it can name numeric fields only.
 */
export const MEASURE_END =
  /(?:额|数|量|率|价|价格|费|费用|占比|比例|总计|合计|amount|total|count|rate|price|revenue|qty|quantity|sum)$/;
export const MEASURE_KINDS: ReadonlySet<Field['kind']> = new Set(['money', 'integer']);
/** The unit closing a measure's header: 销售额（元）, 回款金额(万元), Revenue (USD). */
export const UNIT_END = /\([^()]{1,8}\)$/;
/**
 * One purchase's or a recent period's amount, not what the customer spent in all (as an order
 * export's amounts are one order's): 最近消费金额, 上次消费金额, 首次消费金额, 最近30天消费金额,
 * Last Purchase Revenue.
 */
export const ONE_PURCHASE =
  /^(?:最近|上次|上一次|最后|末次|首次|首单|第一次)|^(?:last|latest|previous|mostrecent|recent|first)(?:order|purchase|sale|transaction|visit)/;
/**
 * A forecast, not money spent: a CRM's 预计成交金额, 商机金额, 预估金额, 意向金额, Expected Revenue, Forecast
 * Amount, a pipeline's weighted amount. Like one order's 订单金额, no total spend however its words end.
 */
export const FORECAST =
  /预计|预期|预估|预测|估算|商机|意向|目标|expected|forecast|projected|estimated|potential|pipeline|weighted|opportunit/;
/**
 * The words of a header counted in a currency (Total Business (INR), Total Sales (USD), Total (SGD)) that
 * say what the customer spent in all. A bare Amount may be one sale's; a total due, outstanding, taxed
 * or discounted is no money spent; and without its currency Total Business may count orders.
 */
export const CURRENCY_TOTAL = /^total(?:business|sales|purchases?|value)?$/;
/** An IP address (Mailchimp's OPTIN_IP, CONFIRM_IP, IP 地址): no consent, address or anything else of the customer. */
export const IP_HEADER = /(?:^|[^a-z])ip(?:$|[^a-z])|ip地址/i;

/**
 * Fields a customer has several values of, in columns of their own: 手机 and 座机, two e-mails, an
 * amount with and without its unit, two dates of joining. A second column of another kind (a second
 * name, status or note) is left alone.
 */
export const SEVERAL_KINDS: ReadonlySet<Field['kind']> = new Set(['phone', 'email', 'money', 'integer', 'date']);
/**
 * 地址电话, 地址及电话, 开票地址电话: 开票信息's address with the company's phone after it, as an invoice
 * writes them. One cell holds both, so it is neither the address nor a second phone column.
 */
export const ADDRESS_PHONE = /^(?:开票|注册)?地址(?:及|和|与)?电话$/;
/**
 * Whom to call in an emergency (紧急联系人, Emergency Contact, ICE Phone, In Case of Emergency), the
 * next of kin or a family member (家属, 亲属): never the customer nor the customer's contact person.
 */
export const EMERGENCY =
  /紧急|家属|亲属|emergency|nextofkin|^ice(?:$|contact|name|person|phone|mobile|cell|tel|number|no$|e?mail)/;
/** Numbers of someone else than the customer: an emergency contact, a referrer, a guarantor, an assistant. */
export const SOMEONE_ELSE = new RegExp(
  `${EMERGENCY.source}|推荐人|介绍人|担保人|助理|秘书|referr|guarantor|assistant|secretary`,
);

/**
 * A Latin header ending in a word for a group or kind names that group, not the field its first
 * words name: Xero's ContactGroups (Trade, Retail) is no contact person, Account Type no company.
 */
const GROUP_END = /(?:groups?|tags?|labels?|categor(?:y|ies)|segments?|lists?|types?)$/;

const HAN = /[\u4e00-\u9fff]/;
const TAIL_NAMING_NOTHING = /[(（[【][^)）\]】]*[)）\]】]|人员$/g;

/**
 * The label or synonym (4+ folded characters, or 2+ Han) contained in the header: one that ends it
 * first (the last word names the thing in Chinese and English: 收件人手机 is a phone), then the longest.
 * A 3-letter one counts as the header's last word: Default Address Zip is a postcode.
 */
export function partialMatch(
  folded: string,
  lastWord: string,
  lookup: Map<string, Candidate>,
  header?: string,
): Candidate | undefined {
  if (namesOtherThing(folded)) return undefined;
  const bounds = header === undefined ? null : wordBounds(header, folded);
  // E-mail 2 Address is an e-mail like E-mail Address, not the street (the number only counts them).
  const uncounted = folded.replace(/\d+/g, '');
  const counted = uncounted !== folded ? lookup.get(uncounted) : undefined;
  if (counted && !counted.part) return counted;
  let best: { key: string; candidate: Candidate; ends: boolean } | undefined;
  for (const [key, candidate] of lookup) {
    if (candidate.part || candidate.whole) continue;
    const longEnough = /[\u4e00-\u9fff]/.test(key)
      ? key.length >= 2
      : key.length >= 4 || (key.length === 3 && key === lastWord);
    if (!longEnough || !folded.includes(key)) continue;
    if (bounds && !HAN.test(key) && !wholeWords(folded, key, bounds)) continue;
    const ends = folded.endsWith(key);
    if (!ends && !HAN.test(key) && GROUP_END.test(folded)) continue;
    // A Chinese header's last word names the thing: 客户分组 is a group, 手机归属地 a place, not the
    // customer or the phone (a bracketed note after the word, 联系电话(手机), names nothing else, and
    // 销售人员 is still the salesperson).
    if (
      !ends &&
      HAN.test(key) &&
      HAN.test(folded.slice(folded.lastIndexOf(key) + key.length).replace(TAIL_NAMING_NOTHING, ''))
    )
      continue;
    if (!best || (ends && !best.ends) || (ends === best.ends && key.length > best.key.length))
      best = { key, candidate, ends };
  }
  return best?.candidate;
}

/** Where a header's words start and end in its folded form, or null when they do not add up to it. */
interface WordBounds {
  starts: Set<number>;
  ends: Set<number>;
}

/**
 * The word boundaries of a header written in several Latin words (Cancelled at, POCity, ContactName),
 * in its folded form; null for one word (mailingcity), where any part may be a word, or when folding
 * changed more than the separators (the words would not add up to the folded header).
 */
function wordBounds(header: string, folded: string): WordBounds | null {
  const words = header
    .normalize('NFKC')
    .replace(/([a-z\d])([A-Z])|([A-Z])([A-Z][a-z])/g, '$1$3 $2$4')
    .split(/[^\p{L}\p{N}]+|(?<=\p{Script=Han})(?=[A-Za-z])|(?<=[A-Za-z])(?=\p{Script=Han})/u)
    .map(foldHeader)
    .filter(Boolean);
  if (words.filter((w) => /^[a-z]/.test(w)).length < 2 || words.join('') !== folded) return null;
  const starts = new Set<number>();
  const ends = new Set<number>();
  let at = 0;
  for (const word of words) {
    starts.add(at);
    at += word.length;
    ends.add(at);
  }
  return { starts, ends };
}

/**
 * Whether a Latin word of the lookup is whole words of the header: Cancelled at holds no Cell. A plural
 * last word is the word (企查查's More Phones, Other Emails: the customer's further numbers); a plural
 * before others names something else (Accounts Receivable is no account).
 */
function wholeWords(folded: string, key: string, bounds: WordBounds): boolean {
  for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
    const end = at + key.length;
    if (bounds.starts.has(at) && (bounds.ends.has(end) || (folded[end] === 's' && end + 1 === folded.length)))
      return true;
  }
  return false;
}

/**
 * The kind of person a name header says the customer is, someone another person is contacted for
 * (学生姓名 beside 家长姓名, Patient Name beside Next of Kin): its header keeps these words at set up,
 * and its names are a person's whatever the name lists know of them.
 */
export const KIND_OF_PERSON =
  /学生|学员|幼儿|儿童|孩子|宝宝|患者|病人|老人|student|pupil|trainee|learner|child|patient|resident/i;
