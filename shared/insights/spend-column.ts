/**
 * The total-spend column as the insights show its sums: its header and the unit its numbers count in
 * (万元 of 成交金额（万元）, USD of Spend (USD)). Totals stay in that unit, as the sheet's own numbers
 * are, and are shown with it: 350 in a 万元 column is 350 万元, never 350 yuan.
 */
import { headerUnit, shownUnit } from '../normalise/header-unit';
import type { Locale } from '../i18n/locale';
import type { HeaderMapping } from '../template/header-mapping';
import { SPEND_FIELD } from './insight-fields';
import type { SpendSummary } from './insights-report';
import { INSIGHTS_LABELS } from './labels';

export interface SpendColumn {
  col: number;
  header: string;
  /** The unit the header names for the amounts, when it names one that money can be counted in. */
  unit?: string;
}

export function spendColumn(mapping: Pick<HeaderMapping, 'byField' | 'columns'>): SpendColumn | undefined {
  const col = mapping.byField[SPEND_FIELD];
  if (col === undefined) return undefined;
  const column = mapping.columns[col - 1];
  const header = column?.header ?? '';
  // The mapping keeps a unit only where it fits an amount (a 次 or 天 header counts no money).
  const unit = column?.unit !== undefined ? headerUnit(header) : null;
  return { col, header, ...(unit ? { unit: shownUnit(unit) } : {}) };
}

/** An amount (already formatted) with its unit after it, where there is one: 350 万元, 1,200.00 USD. */
export function withUnit(amount: string, unit: string | undefined): string {
  return unit ? `${amount} ${unit}` : amount;
}

/** A heading or label naming the unit: 累计消费金额（万元）, Total spend (USD). */
export function labelWithUnit(label: string, unit: string | undefined, locale: Locale): string {
  if (!unit) return label;
  return locale === 'zh-CN' ? `${label}（${unit}）` : `${label} (${unit})`;
}

/**
 * The line the text report and the page give the spend column: its unit and the cells no total takes,
 * 累计消费金额（成交金额（万元））：金额单位 万元；2 个单元格未计入合计（…）. `label` is the field's name.
 */
export function describeSpend(spend: SpendSummary, locale: Locale, label: string): string {
  const zh = locale === 'zh-CN';
  const words = INSIGHTS_LABELS[locale];
  const parts: string[] = [];
  if (spend.unit !== undefined) parts.push(`${words.amountsIn} ${spend.unit}`);
  if (spend.leftOut.count > 0)
    parts.push(
      words.spendLeftOutCells(spend.leftOut.count) +
        (zh ? `（${words.spendLeftOutWhy}）` : ` (${words.spendLeftOutWhy})`),
    );
  const name = label === spend.column ? label : zh ? `${label}（${spend.column}）` : `${label} (${spend.column})`;
  return `${name}${zh ? '：' : ': '}${parts.join(zh ? '；' : '; ')}`;
}
