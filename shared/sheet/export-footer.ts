/**
 * The lines a tool's export writes under its list, each alone at the left: how many records it
 * wrote (eBay's "3 | record(s) downloaded", 导出 4 条数据), who or which account exported it (eBay's
 * "Seller ID : camera_world_store", 导出人：王敏), where the data came from (数据来源：企查查 qcc.com),
 * and a disclaimer (仅供参考, for reference only). They say what they are in words no customer's
 * name is made of: a known label with a colon and a value, a count with a verb or "(s)", a whole
 * disclaimer. report-footer.ts takes them only below the last customer, so a company named in the
 * first column alone stays a customer.
 */
import { isBlank, type CellValue } from './cell-value';

/** The columns a lone line may stand in: eBay writes its count over the first two and its seller in the second. */
const LEFT_COLUMNS = 2;

const RECORD_NOUN = String.raw`(?:records?|rows?|entries|entry|items?|results?|orders?|contacts?|customers?|members?|transactions?|leads?)`;
const COUNT_VERB = String.raw`(?:downloaded|exported|found|returned|selected|retrieved|matched|listed|displayed|shown|in\s+total)`;
const HAN_COUNT_VERB = String.raw`(?:导出|下载|查询到|查到|搜索到|检索到|筛选出|找到|共有)`;
const HAN_UNIT = String.raw`[条行个家位笔名]`;
const HAN_NOUN = String.raw`(?:记录|数据|结果|企业|客户|会员|订单|联系人|用户)`;

/** How many records the export holds: a count with a verb, eBay's "(s)", or a page's "of 25". */
const RECORD_COUNT = [
  new RegExp(String.raw`^\d[\d,]*\s*(?:${RECORD_NOUN}|record\(s\)|row\(s\)|item\(s\))\s+${COUNT_VERB}\.?$`, 'i'),
  new RegExp(String.raw`^\d[\d,]*\s*(?:record|row|item|result|order|entr(?:y|ie))\(s\)\.?$`, 'i'),
  new RegExp(
    String.raw`^(?:showing|displaying|viewing)\s+\d[\d,]*\s*[-–~]\s*\d[\d,]*\s+of\s+\d[\d,]*(?:\s+${RECORD_NOUN})?\.?$`,
    'i',
  ),
  new RegExp(
    String.raw`^(?:已|共|总共)?\s*${HAN_COUNT_VERB}了?\s*(?:共\s*)?\d[\d,，]*\s*${HAN_UNIT}${HAN_NOUN}?[。.]?$`,
  ),
];

/**
 * Who exported the list, when, from which account or store, and where its data came from: a
 * label, a colon and a value. Only these labels: "Acme: the widget people" is no such line.
 */
const LABELLED = new RegExp(
  String.raw`^(?:${[
    String.raw`seller(?:\s*(?:id|name|account))?`,
    String.raw`(?:store|shop|account|user)(?:\s*(?:id|name|url))?`,
    'username',
    String.raw`(?:exported|downloaded|prepared|requested|run|printed)\s+by`,
    String.raw`(?:exported|downloaded|generated|printed|run)\s+(?:on|at)`,
    String.raw`(?:export|download|report|print)\s+(?:date|time|date\s*(?:and|&)\s*time)`,
    String.raw`(?:data\s+)?source`,
  ].join('|')})\s*[:：]\s*\S`,
  'i',
);
const HAN_LABELLED =
  /^(?:数据来源|来源|数据提供(?:方|者)?|导出(?:人|者|账号|用户|方)|下载(?:人|者|账号|时间|日期)|操作(?:人|员)|店铺(?:名称|名|ID)?|卖家(?:ID|账号|名称)?|商家(?:名称|ID|账号)?)\s*[:：]\s*\S/i;

/** A line that disclaims the data, as its last words: 以上数据仅供参考, For reference only. */
const DISCLAIMER = [
  /(?:仅供参考|仅作参考|仅供内部使用|请勿外传|请勿转发)[。.!！]?$/,
  /\b(?:for\s+(?:reference|information(?:al)?\s+purposes|internal\s+use)\s+only|do\s+not\s+(?:distribute|forward))\s*[.!]?$/i,
];

/** The service that wrote the export: Powered by Shopify, Exported from Wix…, 本数据由天眼查提供. */
const SERVICE = [
  /^(?:powered\s+by|exported\s+(?:from|with|using)|downloaded\s+from|generated\s+(?:from|with|using))\s+\S/i,
  /^(?:本|以上)?(?:数据|报表|名单)?由\s*\S{1,20}?\s*(?:导出|提供|生成)[。.]?$/,
];

/** Whether a row is one of an export's footer lines (see the header). Where it stands is report-footer.ts's to judge. */
export function isExportFooterLine(row: readonly CellValue[] | undefined): boolean {
  return exportFooterLine(row) !== null;
}

/**
 * Where an export's footer line starts: in the first column, or in the second with the first blank
 * (eBay's seller). A line in the second column alone may be a customer's cell: report-footer.ts
 * takes it only beside one that starts in the first.
 */
export function exportFooterLine(row: readonly CellValue[] | undefined): 'first' | 'second' | null {
  const text = loneLine(row);
  if (text === null) return null;
  return saysExport(text) ? (isBlank(row![0]) ? 'second' : 'first') : null;
}

function saysExport(text: string): boolean {
  return (
    RECORD_COUNT.some((count) => count.test(text)) ||
    LABELLED.test(text) ||
    HAN_LABELLED.test(text) ||
    DISCLAIMER.some((line) => line.test(text)) ||
    SERVICE.some((line) => line.test(text))
  );
}

/** The text of a row filled only in its first columns, its cells joined by a space; null otherwise. */
function loneLine(row: readonly CellValue[] | undefined): string | null {
  if (!row) return null;
  const parts: string[] = [];
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (isBlank(value)) continue;
    if (c >= LEFT_COLUMNS) return null;
    if (typeof value === 'number') parts.push(String(value));
    else if (typeof value === 'string') parts.push(value.normalize('NFKC').trim());
    else return null;
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
