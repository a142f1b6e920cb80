/**
 * A person's own WeChat by its column's header: 微信, 微信号, WeChat ID. A ledger types each contact's
 * WeChat beside their name, so an account made of a company's rows takes it only where the rows give
 * one alike (a shop's shared account), as with a phone or an e-mail. QQ stays a column that may be the
 * company's (企业QQ is common), as does 企业微信 (WeCom).
 */
import { foldHeader } from '../template/header-mapping';

/** Folded headers (foldHeader): 微信 or WeChat, then an ID, number or nickname word at most. */
const PERSON_WECHAT = /^(?:个人)?(?:微信|wechat|weixin)(?:号|号码|账号|帐号|昵称|id|number)?$/;

export function isPersonWeChatHeader(header: string): boolean {
  return PERSON_WECHAT.test(foldHeader(header));
}
