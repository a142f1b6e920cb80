/**
 * What a column's header says it holds, for matching: a detail of an order, a course or a
 * membership (what was bought, when, for how much, its status); an account that names one buyer or
 * member (买家会员名, 会员卡号, Username); or another person's name or phone (a parent's, a referrer's).
 * Exports from shops, schools and gyms carry many such columns; only the account is identity.
 */

/** Another person than the row's customer: a parent or guardian, a spouse, an emergency contact, a referrer. */
const OTHER_PERSON =
  /家长|父亲|母亲|爸爸|妈妈|监护人|紧急联系|推荐人|介绍人|配偶|丈夫|妻子|\b(?:parent|guardian|mother|father|mom|dad|spouse|emergency|referr(?:er|al|ed)|assistant'?s?|manager'?s?)\b/i;

/** One buyer's or member's account on a platform or at a shop. */
const ACCOUNT =
  /会员名|会员号|会员卡号|会员编号|卡号|账号|帳號|帐号|旺旺|微信号|\bqq\b|用户名|用户ID|\b(?:user ?name|user ?id|login|member(?:ship)? ?(?:id|no\.?|number|#)|card ?(?:no\.?|number|#)|buyer ?(?:id|name|account))\b/i;

/**
 * The number the team's system gave the row's member, user or customer (会员编号, 用户ID, 客户编号,
 * Member No, User ID): a person registered again gets a new one, so two of them are two records,
 * not two people. A card or an account the customer holds (会员卡号, 账号, Card No) is not one.
 */
const RECORD_NUMBER =
  /(?:会员|用户|客户|学员|顾客)(?:编号|ID)|\b(?:member(?:ship)?|user|customer|client) ?(?:id|no\.?|number|#)(?![\p{L}\p{N}])/iu;

/**
 * What names one car (车架号, VIN码, 车牌号, Registration Plate, Engine No): a car dealer's or a
 * garage's customers are known by their cars, and one car under one owner's name is one customer.
 */
const VEHICLE =
  /车架号|车辆识别|识别代[码号]|车牌|号牌|牌照|发动机号|\bvin\b|\b(?:chassis|engine) ?(?:no\.?|number|#)|\b(?:licen[cs]e|number|registration|reg\.?) ?plate|\bplate ?(?:no\.?|number|#)|\bvehicle ?reg(?:istration)?\b/i;

/**
 * The team's own people: who added, owns, follows up, teaches, coaches or created the row (添加人账号,
 * 负责人账号, 跟进老师, 经纪人, Owner ID). They and their accounts say which colleague, not which customer.
 */
const STAFF =
  /添加人|创建人|负责人|跟进人|归属人|录入人|经办人|所属员工|员工|成员|销售|客服|顾问|业务员|老师|教练|经纪人|扫码人|\b(?:owner|created ?by|creator|assigned|assignee|(?:sales ?|account ?)?rep|agent|staff|employee|user ?owner|(?:scanned|captured|collected|entered) ?by)\b/i;

/**
 * What names one scan, ticket or booking at an event (a lead-scanning app's Badge ID, 胸卡号, 门票号):
 * each scan or sale its own, so one attendee scanned twice holds two. The event's, not a customer's.
 */
const EVENT_PASS =
  /胸卡|胸牌|门票|票号|\b(?:badge|scan|ticket|booking|reservation)(?: ?(?:id|no\.?|number|#|code))?\b/i;

/**
 * When the row itself was made (HubSpot's Create Date, 创建时间): the record's, not the customer's; and
 * an enrolment's day (报名日期, Enrollment Date), which siblings enrolled together share.
 */
const CREATED =
  /创建(?:时间|日期)|建档(?:时间|日期)|报名(?:时间|日期)|入学(?:时间|日期)|\b(?:create ?date|created(?! ?by)(?: ?(?:at|on|date|time))?|date created|enrol(?:l)?ment ?date)\b/i;

/**
 * What was ordered, paid, shipped or enrolled in, and when; what a buyer seeks (a home's budget,
 * layout and area); the row's status and source. Two customers buying one product by one courier on
 * one day, or seeking one layout at one budget, are still two customers.
 */
const DETAIL = new RegExp(
  [
    '订单|单号|交易|支付|付款|缴费|退款|售后|金额|价|费|余额|积分|折扣|优惠|数量|件数|次数|课时|回款|收款|欠款|应收|实收|营收|销售额|业绩|合同额|佣金',
    '课程|班级|年级|校区|学期|商品|宝贝|产品|规格|型号|物流|快递|运单|运送|配送|发货|状态|时间|日期',
    '卡类型|类型|类别|分类|等级|套餐|会籍|方式|渠道|来源|标签|备注|留言|评价|店铺|达人|主播|关系',
    '预算|户型|面积|意向|归属',
    '\\b(?:order|invoice|transaction|payment|paid|amount|price|total|qty|quantity|product|item|sku|course|class|grade',
    'tuition|status|stage|shipping|shipment|courier|carrier|tracking|delivery|date|time|created|modified|updated',
    'plan|tier|category|channel|campaign|source|tags?|notes?|comments?|remarks?|rating|balance|points|sessions',
    'budget|salesperson|type|label|group(?: membership)?|kind)\\b',
  ].join('|'),
  'i',
);

export function otherPersonHeader(header: string): boolean {
  return OTHER_PERSON.test(header);
}

export function accountHeader(header: string): boolean {
  return ACCOUNT.test(header) && !OTHER_PERSON.test(header) && !STAFF.test(header) && !EVENT_PASS.test(header);
}

/** A column of cars' VINs, plates or engine numbers, by its header. */
export function vehicleHeader(header: string): boolean {
  return VEHICLE.test(header) && !STAFF.test(header) && !OTHER_PERSON.test(header);
}

/** A column of the record numbers the team's system gives its members, users or customers (会员编号, Member No). */
export function recordNumberHeader(header: string): boolean {
  return (
    RECORD_NUMBER.test(header) && !/卡|\bcard\b/i.test(header) && !STAFF.test(header) && !OTHER_PERSON.test(header)
  );
}

/** A column of an order's, a course's or a membership's details or of the team's staff, by its header (not an account). */
export function detailHeader(header: string): boolean {
  return (
    (DETAIL.test(header) || STAFF.test(header) || CREATED.test(header) || EVENT_PASS.test(header)) &&
    !accountHeader(header)
  );
}

/** A date column of when the row was created (Create Date, 创建时间): no date of the customer's. */
export function createdHeader(header: string): boolean {
  return CREATED.test(header);
}

/**
 * When the team last or next dealt with the customer, or the customer last bought (最近跟进, 下次跟进,
 * Last Activity Date, Last Purchase Date): one customer's two records differ there as a matter of course.
 */
const ACTIVITY =
  /最近|最后|上次|下次|计划|预约|首次|首单|跟进|回访|拜访|带看|联系|到店|活动|成交|购买|下单|消费|更新|修改|\b(?:last|latest|recent|next|first|follow[- ]?ups?|activity|contact(?:ed)?|visit|purchase|order|invoice|modified|updated)\b/i;

/** A date column of the customer's dealings with the team (last contact, next follow-up, last purchase): no identity. */
export function activityHeader(header: string): boolean {
  return ACTIVITY.test(header);
}

/** A name's suffix in a column of its own (Outlook's and Google's Suffix, Name Suffix, 后缀): its generation. */
const GENERATION = /^(?:name\s*)?suffix$|^(?:姓名)?后缀$|^(?:姓名)?後綴$/i;

export function generationHeader(header: string): boolean {
  return GENERATION.test(header.trim());
}
