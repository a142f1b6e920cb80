/**
 * Whether a name cell names an organisation rather than a person, judged by the legal or trade
 * word it ends with (有限公司, 集团, 工作室, Ltd, Inc, GmbH …). Lists of company customers often
 * keep the company in the name column (客户名称); such a row is exported as an account.
 */

const HAN_ORGANISATION =
  /(?:公司|集团|厂|商行|商店|门店|店|工作室|研究院|研究所|大学|学院|学校|医院|诊所|银行|事务所|中心|协会|合作社|经营部|门市部|酒店|餐厅|超市|商贸|贸易|科技|实业|企业)$/;
const LATIN_ORGANISATION =
  /\b(?:inc|llc|ltd|limited|gmbh|co|corp|corporation|company|group|plc|pty|llp|ag|bv|srl|sarl|holdings|technologies|technology|consulting|solutions|systems|industries|enterprises|trading|bank|hotel|restaurant|clinic|school|university)\.?$/i;

export function looksLikeCompany(name: string): boolean {
  // A branch or city in brackets after the name: 华为技术有限公司（深圳）.
  const text = name.trim().replace(/\s*[(（][^()（）]*[)）]$/, '');
  return HAN_ORGANISATION.test(text) || LATIN_ORGANISATION.test(text);
}
