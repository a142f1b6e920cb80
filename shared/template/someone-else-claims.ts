/**
 * Claims dropped because the column holds someone else's details than the customer's: whom to call
 * in an emergency, or the recipient of a delivery beside the buyer's own columns.
 */
import type { Field } from './schema';
import { SOMEONE_ELSE } from './header-words';
import type { Claim } from './header-claims';
import type { ColumnMapping } from './column-mapping';
import { isOrderExport } from './sheet-shapes';
import { headerNumber } from './numbered-headers';

/** Fields that say who a row's person is or how to reach them: another person's column never holds them. */
const PERSON_KINDS: ReadonlySet<Field['kind']> = new Set(['personName', 'phone', 'email']);

/**
 * The recipient of a delivery, who may be someone else than the buyer (a gift, an office's front
 * desk), or who picks it up at a store: Shipping First Name, Ship To Name, Ship-to Name, 收货人手机号,
 * 收件人, 收货地址, 提货人, 提货地址, and Amazon's ship-city and ship-phone-number.
 */
const RECIPIENT = /shipping|delivery|^ship(?!ment)|recipient|收货|收件|提货/;
/** The buyer who pays, beside the recipient: Billing Phone, Bill-to Name, Amazon's buyer-phone-number, 买家手机号, 下单人电话, 付款人. */
const PAYER = /billing|^billto|^buyer|买家|购买人|下单人|付款人|订购人/;
/**
 * The member who ordered, on an order export (有赞's 会员姓名, 会员手机号): the buyer. On a member list
 * the member is the only person, and a 收货地址 there is where they have parcels sent.
 */
const MEMBER = /^会员/;
/** Where a person is, by the built-in template's keys (as header-keeps.ts reads them): the recipient's address is theirs. */
export const PLACE_KEYS: ReadonlySet<string> = new Set(['address', 'postcode', 'region', 'country']);

/**
 * Drops the name, phone and e-mail claims of a column headed as someone else's (紧急联系人, Emergency
 * Contact, 紧急联系电话, ICE Phone, 推荐人电话): whom to call in an emergency is no contact person of the
 * customer's, and their number no number of the customer's. The column is marked as someone else's.
 */
export function withoutSomeoneElse(
  claims: Claim[],
  columns: ColumnMapping[],
  folded: readonly string[],
  fieldsByKey: Map<string, Field>,
): Claim[] {
  return claims.filter((c) => {
    const kind = fieldsByKey.get(c.field)?.kind;
    if (!kind || !PERSON_KINDS.has(kind) || !SOMEONE_ELSE.test(folded[c.col - 1] ?? '')) return true;
    columns[c.col - 1]!.someoneElse = true;
    return false;
  });
}

/**
 * Drops every claim but a place's of a second (third …) contact's columns: 联系人2 with 职位2, 电话2 and
 * 邮箱2 on a trade-show list, Contact 2 with Phone 2 and Email 2. That person is someone else than the
 * first contact, so their number is no second number of the customer's (markSecond would make it one);
 * the columns are marked as someone else's. Without a numbered person column beside them, 电话2 and
 * Phone 2 are the customer's own other number and keep their claims.
 */
export function withoutSecondContacts(
  claims: Claim[],
  columns: ColumnMapping[],
  folded: readonly string[],
  fieldsByKey: Map<string, Field>,
): Claim[] {
  // The first person's columns (联系人1, 电话1) are the customer's contact's own.
  const numberOf = (header: string) => {
    const n = headerNumber(header)?.n ?? 0;
    return n >= 2 ? n : 0;
  };
  const people = new Set<number>();
  for (const c of claims) {
    const n = numberOf(folded[c.col - 1] ?? '');
    if (n && !c.part && fieldsByKey.get(c.field)?.kind === 'personName') people.add(n);
  }
  if (people.size === 0) return claims;
  const others = new Set<number>();
  folded.forEach((header, i) => {
    if (people.has(numberOf(header))) others.add(i + 1);
  });
  return claims.filter((c) => {
    if (!others.has(c.col) || PLACE_KEYS.has(c.field)) return true;
    columns[c.col - 1]!.someoneElse = true;
    return false;
  });
}

/**
 * Drops the name claims of the recipient's columns (Shipping First Name, Shipping Name) where the
 * buyer's own columns claim the same name or part: the recipient of a gift is someone else, and the
 * column is marked as someone else's. Of an export with the recipient's name alone, that name is the
 * customer's.
 */
export function withoutRecipientNames(
  claims: Claim[],
  columns: ColumnMapping[],
  folded: readonly string[],
  nameKey: string | undefined,
): Claim[] {
  if (!nameKey) return claims;
  const recipient = (c: Claim) => RECIPIENT.test(folded[c.col - 1] ?? '');
  const buyers = new Set(claims.filter((c) => c.field === nameKey && !recipient(c)).map((c) => c.part ?? ''));
  return claims.filter((c) => {
    if (!(c.field === nameKey && recipient(c) && buyers.has(c.part ?? ''))) return true;
    columns[c.col - 1]!.someoneElse = true;
    return false;
  });
}

/** What a claim tells of the person: where they are (an address, postcode, region or country), or its own field. */
function reachKind(c: Claim): string {
  return PLACE_KEYS.has(c.field) ? 'place' : c.field;
}

/**
 * Drops every name, phone, e-mail, company and place claim of the recipient's columns (Shipping Phone,
 * Shipping Address1, Shipping Company, 收货人手机号, 收货地址) where the buyer's own columns name or
 * reach the customer by their headers (Billing Phone, Bill-to Name, 买家手机号, an order export's
 * 会员手机号): the buyer is the customer, and the recipient may be someone else; so too where a plain
 * column of the same field is the customer's (Stripe's Phone beside Shipping Phone). The columns are marked as someone else's. An
 * export naming the recipient alone (淘宝's 收货人 beside the buyer's 买家会员名 login, a shipment
 * export) keeps them as the customer's.
 */
export function withoutRecipientContacts(
  claims: Claim[],
  columns: ColumnMapping[],
  folded: readonly string[],
  fieldsByKey: Map<string, Field>,
  companyKey: string | undefined,
): Claim[] {
  const header = (c: Claim) => folded[c.col - 1] ?? '';
  const reaches = (c: Claim) => {
    const kind = fieldsByKey.get(c.field)?.kind;
    return (kind !== undefined && PERSON_KINDS.has(kind)) || PLACE_KEYS.has(c.field) || c.field === companyKey;
  };
  // Values alone say nothing of whose column it is: 淘宝's 买家支付宝账号 may hold e-mails.
  const own = claims.filter((c) => c.match !== 'values' && reaches(c) && !RECIPIENT.test(header(c)));
  const orders = isOrderExport(folded);
  const payer = own.filter((c) => PAYER.test(header(c)) || (orders && MEMBER.test(header(c))));
  // A buyer named in their own columns, with no recipient named beside them, sets the ship-to columns
  // apart kind by kind: beside buyer-name and buyer-email alone, Amazon's ship-* address and phone are
  // the only ones the buyer has. A recipient named in a column of their own (recipient-name, Shipping
  // Name, 收货人, withoutRecipientNames) has the whole ship-to block, and so does the recipient of a
  // buyer known by a number alone (有赞's 买家手机号).
  const named = payer.some((c) => fieldsByKey.get(c.field)?.kind === 'personName');
  const recipientNamed = columns.some((col) => col.someoneElse && RECIPIENT.test(folded[col.col - 1] ?? ''));
  const payerKinds = new Set(payer.map(reachKind));
  const apart = (c: Claim) => payer.length > 0 && (!named || recipientNamed || payerKinds.has(reachKind(c)));
  // Without a billing column, a plain one of the same field is the customer's (Stripe's Phone and
  // Address City beside Shipping Phone and Shipping Address City).
  const ownFields = new Set(own.map((c) => c.field));
  return claims.filter((c) => {
    if (!RECIPIENT.test(header(c)) || !reaches(c) || !(apart(c) || ownFields.has(c.field))) return true;
    columns[c.col - 1]!.someoneElse = true;
    return false;
  });
}
