/**
 * Rules that read the whole header row, for headers whose meaning depends on the columns beside
 * them: on an order export an amount is one order's, on a dealer list 负责人 is the dealer's own
 * manager, beside a province or a street address a city or 街道 column is a finer place, on a
 * WeCom export 备注名 is the name (客户名称 the WeChat nickname, the name of a row with no remark), and
 * on an attendee list the buyer of the order is someone else than the attendee.
 */
/** A column's claim on a field, as the mapping weighs it. */
export interface FieldClaim {
  col: number;
  field: string;
  part?: string;
  score: number;
}

/** An order's own number: one row per order (淘宝 订单编号, 抖店 主订单编号, 拼多多 订单号, Order ID). */
const ORDER_NUMBER = /^(?:主|子|父)?订单(?:编号|号|id)$|^order(?:id|no|number)$/;
/**
 * Columns only an order export has, which Shopify's names no order number in: its line items
 * (Lineitem name), the order's payment and fulfilment (Financial Status, Fulfillment Status).
 */
const ORDER_COLUMN = /^lineitem|^financialstatus$|^fulfil?lmentstatus$/;
/**
 * A bare number or record time, which on an order export is the order's (Shopify's Id and Created at),
 * not the customer's number or when the customer's record was made.
 */
const ORDER_RECORD =
  /^(?:id|no|number|编号|序号|单号)$|^(?:created|updated|modified)(?:at|on|date|time)?$|^(?:创建|更新|修改)(?:时间|日期)$/;
/** An amount summed over the customer's orders, which even an order export may carry. */
const CUMULATIVE = /累计|总消费|消费总额|lifetime|totalspent|amountspent/;

/** A Chinese province header: 省, 省份, 所在省份, 收货省份. */
const PROVINCE = /省(?:份)?$/;
/** A Chinese city header: 市, 城市, 所在城市, 收货城市. */
const CITY = /^(?:所在|收货|客户)?(?:城市|市)$/;
/** 抖店 and 拼多多's 街道 is the sub-district (中南路街道); the street and number are in 详细地址 when it exists. */
const SUB_DISTRICT = /^街道$/;

/** The organisation a dealer list is about: 代理商名称, 经销商名称, 渠道商名称, 加盟商名称, 门店名称. */
const DEALER_NAME = /^(?:(?:代理商|经销商|渠道商|加盟商)(?:名称|全称)?|门店(?:名称|全称))$/;
/** On a dealer list the dealer's manager, not the seller's own staff. */
const MANAGER = /^负责人$/;
/** Below a column headed 联系人 itself, so a dealer list with both keeps 联系人 as the contact. */
const MANAGER_AS_CONTACT = 90;

/** WeCom's remark holds the name the salesperson typed: the real name, where 客户名称 is the WeChat nickname. */
const REMARK_NAME = /^(?:客户)?备注(?:名|名称|姓名)$|^客户备注$/;
/** A remark header that says it holds a name (备注名), not any remark about the customer (客户备注). */
const NAMED_REMARK = /^(?:客户)?备注(?:名|名称|姓名)$/;
/**
 * Columns only a WeCom (企业微信) customer export has: who added the contact, when and how, and the
 * company and phone the salesperson noted beside the remark name.
 */
const CONTACT_APP_COLUMN =
  /^(?:添加人(?:账号|id|姓名)?|添加(?:时间|日期)|添加(?:渠道|方式|来源)|企业标签|备注(?:企业|企业名称|公司|手机号?|电话))$/;
/** Enough of those columns that the sheet is such an export, not a ledger with an 添加时间 of its own. */
const CONTACT_APP_COLUMNS = 2;

/** Whether the sheet lists orders, one row per order, rather than customers. */
export function isOrderExport(folded: readonly string[]): boolean {
  return folded.some((h) => ORDER_NUMBER.test(h)) || folded.filter((h) => ORDER_COLUMN.test(h)).length >= 2;
}

/** A header that names the customer's real name when its values are names (WeCom's 客户备注). */
export function isRemarkName(folded: string): boolean {
  return REMARK_NAME.test(folded);
}

/** A remark header that says it holds a name (备注名, 备注姓名): on a WeCom export, the name whatever its words. */
export function isNamedRemark(folded: string): boolean {
  return NAMED_REMARK.test(folded);
}

/** The customer's WeChat name on a WeCom export: 客户名称, 昵称, 微信昵称, 微信名. */
const WECHAT_NAME = /^(?:客户名称|客户昵称|昵称|微信昵称|微信名|微信名称|客户微信名|外部联系人名称)$/;

/**
 * On a WeCom export whose name is the remark column (备注名), the column of the customer's WeChat name
 * left without a field: the name of a row whose remark is blank (a contact the salesperson never
 * renamed). `fields` holds every column's field key (null when none) and how it was matched, index =
 * column number - 1.
 */
export function nameBesideRemark(
  folded: readonly string[],
  fields: readonly { field: string | null; match?: string }[],
  name: string,
): number | undefined {
  const remark = fields.findIndex((c, index) => c.field === name && isRemarkName(folded[index] ?? ''));
  if (remark < 0) return undefined;
  // A column the user left alone stays alone.
  const at = fields.findIndex(
    (c, index) => c.field === null && c.match !== 'manual' && WECHAT_NAME.test(folded[index] ?? ''),
  );
  return at < 0 ? undefined : at + 1;
}

/** Whether the sheet is a WeCom customer export, where 客户名称 is the WeChat nickname: from its headers. */
export function isContactAppExport(folded: readonly string[]): boolean {
  return folded.filter((h) => CONTACT_APP_COLUMN.test(h)).length >= CONTACT_APP_COLUMNS;
}

/**
 * Columns only a list of attendees or guests has, one row per ticket holder: Eventbrite's Attendee #,
 * Ticket Type and Check-In Date, a guest list's Guest Name, 票种, 签到时间.
 */
const ATTENDEE_COLUMN =
  /^(?:attendee|guest|ticketholder|participant|delegate)|tickettype|checkin|checkedin|签到|参会|门票|票种|票型|入场|核销|嘉宾|持票人/;
/**
 * The order's buyer, payer or booker (Buyer Email, Purchaser Phone, Booked By, 购票人, 下单人手机):
 * the attendee's colleague or parent as often as the attendee.
 */
const BUYER =
  /^(?:buyer|purchaser|orderer|payer|booker|order(?:e?mail|phone|mobile|name|contact))|(?:bought|purchased|ordered|booked|paid)by|购买人|购票人|下单人|付款人|订购人|预订人|订票人|买家/;

/** Whether the sheet lists attendees or guests (its own columns say so), whose ticket someone else may have bought. */
export function isAttendeeList(folded: readonly string[]): boolean {
  return folded.some((h) => ATTENDEE_COLUMN.test(h) && !BUYER.test(h));
}

export interface SheetFields {
  /** Keys of the money fields (the customer's total spend). */
  money: ReadonlySet<string>;
  /** Keys of the fields a record's bare number or time could claim: the customer's ID and dates. */
  record?: ReadonlySet<string>;
  /** The contact person field, when the template has one. */
  contact?: string | undefined;
  /** The customer's name field, when the template has one. */
  name?: string | undefined;
}

/**
 * Drops or redirects the claims the rest of the header row contradicts. `folded` holds every
 * column's folded header, index = column number - 1.
 */
export function settleSheetClaims<C extends FieldClaim>(
  claims: readonly C[],
  folded: readonly string[],
  fields: SheetFields,
): C[] {
  const header = (c: C) => folded[c.col - 1] ?? '';
  const orders = isOrderExport(folded);
  const claimsFrom = (field: string, test: RegExp) =>
    claims.some((c) => c.field === field && !c.part && test.test(header(c)));
  const buyers = buyerColumns(folded, claims, fields.name);
  const out: C[] = [];
  for (const c of claims) {
    const h = header(c);
    if (buyers.has(c.col)) continue;
    // One order's amount is not what the customer spent in all.
    if (orders && fields.money.has(c.field) && !CUMULATIVE.test(h)) continue;
    // Nor is a bare Id or Created at the customer's: it numbers or dates the order.
    if (orders && fields.record?.has(c.field) && ORDER_RECORD.test(h)) continue;
    if (CITY.test(h) && claimsFrom(c.field, PROVINCE)) continue;
    if (SUB_DISTRICT.test(h) && claims.some((o) => o.field === c.field && o.col !== c.col && !o.part)) continue;
    out.push(c);
  }
  return redirectManager(out, folded, fields.contact);
}

/**
 * The buyer's columns on an attendee list that names its attendees in columns of their own (First
 * Name, Guest Name, 姓名): another person's, as two colleagues on one order are no duplicate. A list
 * whose only person is the buyer (an order export, a ticket sales list) keeps them as the customer's.
 * Column numbers, from every column's folded header and the claims before they are settled.
 */
export function buyerColumns(
  folded: readonly string[],
  claims: readonly FieldClaim[],
  name: string | undefined,
): Set<number> {
  const buyers = new Set<number>();
  if (!name || !isAttendeeList(folded)) return buyers;
  if (!claims.some((c) => c.field === name && !BUYER.test(folded[c.col - 1] ?? ''))) return buyers;
  folded.forEach((h, index) => {
    if (BUYER.test(h)) buyers.add(index + 1);
  });
  return buyers;
}

/**
 * On a dealer list with a salesperson column of its own (业务员, 对接销售), 负责人 is the dealer's
 * manager: the person to talk to there, not the seller's staff who owns the account.
 */
function redirectManager<C extends FieldClaim>(
  claims: C[],
  folded: readonly string[],
  contact: string | undefined,
): C[] {
  if (!contact || !folded.some((h) => DEALER_NAME.test(h))) return claims;
  const isManager = (c: C) => MANAGER.test(folded[c.col - 1] ?? '');
  return claims.map((c) =>
    isManager(c) && claims.some((o) => o.field === c.field && !isManager(o) && o.col !== c.col)
      ? { ...c, field: contact, score: MANAGER_AS_CONTACT }
      : c,
  );
}
