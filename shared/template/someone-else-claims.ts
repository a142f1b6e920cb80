/**
 * Claims dropped because the column holds someone else's details than the customer's: whom to call
 * in an emergency, or the recipient of a delivery beside the buyer's own columns.
 */
import type { Field } from './schema';
import { SOMEONE_ELSE } from './header-words';
import type { Claim } from './header-claims';
import type { ColumnMapping } from './column-mapping';
import { isOrderExport } from './sheet-shapes';

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
  const payer = own.some((c) => PAYER.test(header(c)) || (orders && MEMBER.test(header(c))));
  // Without a billing column, a plain one of the same field is the customer's (Stripe's Phone and
  // Address City beside Shipping Phone and Shipping Address City).
  const ownFields = new Set(own.map((c) => c.field));
  return claims.filter((c) => {
    if (!RECIPIENT.test(header(c)) || !reaches(c) || !(payer || ownFields.has(c.field))) return true;
    columns[c.col - 1]!.someoneElse = true;
    return false;
  });
}
