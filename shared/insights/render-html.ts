/**
 * `custodian report -o report.html`: one self-contained page — inline CSS and inline SVG charts,
 * no script and no network — in the sheet's language, laid out to print on A4.
 */
import type { Locale } from '../i18n/locale';
import type { InsightsReport, Segment } from './insights-report';
import { INSIGHTS_LABELS } from './labels';
import { SPEND_FIELD } from './insight-fields';
import { describeSpend, withUnit } from './spend-column';

export interface ReportPageInput {
  report: InsightsReport;
  locale: Locale;
  /** File and sheet the report is of, shown in the heading. */
  source: string;
  /** The day staleness was measured from (yyyy-mm-dd). */
  today: string;
  /** Display name of a field key in the page's language. */
  fieldLabel: (key: string) => string;
}

const ROW_LIST_LIMIT = 50;
const BAR_WIDTH = 240;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function percent(share: number, locale: Locale): string {
  return `${(share * 100).toLocaleString(locale, { maximumFractionDigits: 1 })}%`;
}

/** Horizontal bars, one per row of label, fraction 0..1 and caption. */
function barChart(rows: { label: string; fraction: number; caption: string }[], title: string): string {
  const height = 22;
  const labelWidth = 150;
  const svgHeight = rows.length * height + 4;
  const bars = rows
    .map((row, i) => {
      const y = i * height + 2;
      const width = Math.max(0, Math.min(1, row.fraction)) * BAR_WIDTH;
      return (
        `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(row.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 3}" width="${BAR_WIDTH}" height="14" class="track"/>` +
        `<rect x="${labelWidth}" y="${y + 3}" width="${width.toFixed(1)}" height="14" class="bar"/>` +
        `<text x="${labelWidth + BAR_WIDTH + 8}" y="${y + 15}">${escapeHtml(row.caption)}</text>`
      );
    })
    .join('');
  return `<svg role="img" aria-label="${escapeHtml(title)}" width="${labelWidth + BAR_WIDTH + 170}" height="${svgHeight}" viewBox="0 0 ${labelWidth + BAR_WIDTH + 170} ${svgHeight}">${bars}</svg>`;
}

function segmentSection(segment: Segment, input: ReportPageInput): string {
  const words = INSIGHTS_LABELS[input.locale];
  // Totals count in the column's unit (万元, USD), as its cells do: shown with it.
  const money = (n: number) =>
    withUnit(
      n.toLocaleString(input.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      input.report.spend?.unit,
    );
  const rows = segment.values.map((v) => ({
    label: v.value === '' ? words.blank : v.value,
    fraction: v.share,
    caption: `${v.count} · ${percent(v.share, input.locale)}${v.totalSpend === null ? '' : ` · ${money(v.totalSpend)}`}${v.spendLeftOut ? ` (${words.spendLeftOutCells(v.spendLeftOut)})` : ''}`,
  }));
  // The column is named beside the field only when its header says something else (等级 for 价值等级).
  const label = input.fieldLabel(segment.field);
  const title = segment.column === label ? label : `${label} (${segment.column})`;
  return `<section><h3>${escapeHtml(title)}</h3>${barChart(rows, title)}</section>`;
}

/** The unit the spend totals count in and the cells none takes, above the segments. */
function spendNote(input: ReportPageInput): string {
  const { spend } = input.report;
  if (!spend) return '';
  const text = describeSpend(spend, input.locale, input.fieldLabel(SPEND_FIELD));
  return `<p class="meta">${escapeHtml(text)}</p>\n${rowList(spend.leftOut.rows, input.locale)}`;
}

function rowList(rows: readonly number[], locale: Locale): string {
  if (rows.length === 0) return '';
  const shown = rows.slice(0, ROW_LIST_LIMIT).join(locale === 'zh-CN' ? '、' : ', ');
  const more =
    rows.length > ROW_LIST_LIMIT
      ? locale === 'zh-CN'
        ? ` 等共 ${rows.length} 行`
        : ` … ${rows.length} rows in all`
      : '';
  return `<p class="rows">${locale === 'zh-CN' ? '行号' : 'Rows'}: ${shown}${more}</p>`;
}

/** The dates a count left out because they read two ways, under its rows. */
function twoReadingsNote(input: ReportPageInput, count: 'followUps' | 'stale'): string {
  const dates = input.report[count].twoReadings;
  if (!dates) return '';
  return `<p class="meta">${escapeHtml(INSIGHTS_LABELS[input.locale].twoReadings(count, dates))}</p>`;
}

/** The rows a count took by a date given only to its month, judged by the month's last day. */
function monthOnlyNote(input: ReportPageInput, count: 'followUps' | 'stale'): string {
  const dates = input.report[count].monthOnly;
  if (!dates) return '';
  return `<p class="meta">${escapeHtml(INSIGHTS_LABELS[input.locale].monthOnly(count, dates))}</p>`;
}

export function renderReportHtml(input: ReportPageInput): string {
  const { report, locale } = input;
  const words = INSIGHTS_LABELS[locale];
  const quality = report.quality.fields.map((f) => ({
    label: f.column,
    fraction: report.rows === 0 ? 0 : f.valid / report.rows,
    caption:
      `${words.filled} ${f.filled} · ${words.valid} ${f.valid} · ${words.canonical} ${f.canonical}` +
      (f.masked ? ` · ${words.masked} ${f.masked}` : ''),
  }));
  const gauge = Math.max(0, Math.min(100, report.quality.score));
  const staleText =
    locale === 'zh-CN'
      ? `超过 ${report.stale.days} 天未联系或购买`
      : `no contact or purchase for over ${report.stale.days} days`;
  // No date column: a count of 0 would read as "no one is stale".
  const notJudged = report.stale.judged === false;
  const staleHeading = notJudged
    ? `${words.stale}${locale === 'zh-CN' ? '：' : ': '}${words.staleNotJudged}`
    : `${words.stale}: ${report.stale.count} (${staleText})`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${words.title} — ${input.source}`)}</title>
<style>
body { font-family: "Segoe UI", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; color: #242424; margin: 24px; max-width: 960px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 24px 0 8px; border-bottom: 1px solid #d1d1d1; } h3 { font-size: 14px; margin: 16px 0 4px; }
.meta, .rows { color: #616161; font-size: 13px; } .figures { display: flex; gap: 24px; flex-wrap: wrap; }
.figure { border: 1px solid #d1d1d1; border-radius: 4px; padding: 8px 16px; } .figure b { display: block; font-size: 24px; }
svg { font-size: 12px; fill: #242424; display: block; } .track { fill: #f0f0f0; } .bar { fill: #0f6cbd; }
@media print { body { margin: 0; max-width: none; } section { break-inside: avoid; } h2 { break-after: avoid; } }
</style>
</head>
<body>
<h1>${escapeHtml(words.title)}</h1>
<p class="meta">${escapeHtml(input.source)} · ${escapeHtml(words.today)} ${escapeHtml(input.today)}</p>
<div class="figures">
<div class="figure">${escapeHtml(words.customers)}<b>${report.rows}</b></div>
<div class="figure">${escapeHtml(words.score)}<b>${report.quality.score}</b></div>
<div class="figure">${escapeHtml(words.stale)}<b>${notJudged ? '–' : report.stale.count}</b></div>
<div class="figure">${escapeHtml(words.overdue)}<b>${report.followUps.overdue}</b></div>
<div class="figure">${escapeHtml(words.dueIn7Days)}<b>${report.followUps.dueIn7Days}</b></div>
<div class="figure">${escapeHtml(words.duplicates)}<b>${report.duplicates.clusters}</b>${report.duplicates.rows} ${escapeHtml(words.duplicateRows)}</div>
</div>
<h2>${escapeHtml(words.quality)}</h2>
<svg role="img" aria-label="${escapeHtml(`${words.score} ${gauge}`)}" width="420" height="28" viewBox="0 0 420 28"><rect x="0" y="4" width="400" height="20" class="track"/><rect x="0" y="4" width="${(gauge * 4).toFixed(1)}" height="20" class="bar"/></svg>
${barChart(quality, words.quality)}
<h2>${escapeHtml(words.followUp)}</h2>
<h3>${escapeHtml(staleHeading)}</h3>
${rowList(report.stale.rows, locale)}
${twoReadingsNote(input, 'stale')}
${monthOnlyNote(input, 'stale')}
<h3>${escapeHtml(words.overdue)}: ${report.followUps.overdue} · ${escapeHtml(words.dueIn7Days)}: ${report.followUps.dueIn7Days}</h3>
${rowList(report.followUps.rows, locale)}
${twoReadingsNote(input, 'followUps')}
${monthOnlyNote(input, 'followUps')}
<h2>${escapeHtml(words.segments)}</h2>
${spendNote(input)}
${report.segments.map((s) => segmentSection(s, input)).join('\n')}
</body>
</html>
`;
}
