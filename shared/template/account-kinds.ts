/**
 * The kind of account a contact reached the team from: 企业微信's 客户联系 export heads it 客户类型 and
 * fills it with 微信 (a WeChat user) or 企业微信 (another company's WeCom user). A column of these says
 * nothing of whether the customer is new, regular or lost, whatever its header.
 */
import { cellText } from '../sheet/cell-value';
import type { SampleRows } from './header-claims';

const ACCOUNT_KIND = /^(?:微信|企业微信|企業微信|个人微信|wechat|wecom|wechatwork|weixin)$/i;
const SAMPLE = 200;

/** Whether every value in a sample of column `col` (1-based) is an account's kind, and there is one. */
export function holdsAccountKinds(rows: SampleRows, col: number): boolean {
  let seen = 0;
  for (let r = 0; r < rows.length && r < SAMPLE; r++) {
    const text = cellText(rows[r]?.[col - 1]).replace(/[\s_-]+/g, '');
    if (text === '') continue;
    if (!ACCOUNT_KIND.test(text)) return false;
    seen++;
  }
  return seen > 0;
}
