/**
 * `custodian report FILE [--sheet NAME] [--json] [-o report.html|report.xlsx] [--today YYYY-MM-DD]`:
 * segments, data quality, stale customers, follow-ups and duplicates. `--json` is a scripting
 * interface (shape in shared/insights/insights-report.ts and the README); the text summary and the
 * HTML page speak the sheet's language; `-o x.xlsx` writes the workbook with the live analysis sheet.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildInsights, type InsightsReport } from '../../shared/insights';
import { SPEND_FIELD } from '../../shared/insights/insight-fields';
import { INSIGHTS_LABELS } from '../../shared/insights/labels';
import { describeSpend, withUnit } from '../../shared/insights/spend-column';
import { analysisSheetFits, planAnalysisSheet } from '../../shared/insights/analysis-sheet';
import { renderReportHtml } from '../../shared/insights/render-html';
import { emptyPlan } from '../../shared/plan/plan';
import { resolveContext, type OperationContext } from '../../shared/operations/options';
import { isoDate } from '../../shared/sheet/cell-value';
import type { Locale } from '../../shared/i18n/locale';
import { EXIT, UsageError } from '../cli-error';
import { operationOptions } from '../common-options';
import type { CliStreams } from '../io-streams';
import { formatHeaderBelow } from './check-command';
import { countOf } from './duplicate-words';
import { toJson } from '../json-output';
import { displayWidth, joinLines, oneLine, padEnd, truncate } from '../text-width';
import { applyPlanToWorkbook } from '../io/apply-plan-to-workbook';
import type { LoadedWorkbook } from '../io/loaded-workbook';
import { createProgress, progressLabel } from '../progress';
import { readWorkbookFile, requireCustomerList } from '../io/read-workbook';
import { liftHeaderFirst } from './lift-header-first';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { assertNotInput, writeFileAtomic, writeWorkbookFile } from '../io/write-workbook';
import { withMapOption } from '../map-option';
import { inputPath } from './input-path';
import { DROP_MACROS_OPTION } from '../io/macro-loss';

const BAR = 20;
const LIST_LIMIT = 20;

export async function reportCommand(args: string[], io: CliStreams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      sheet: { type: 'string' },
      json: { type: 'boolean', default: false },
      locale: { type: 'string' },
      template: { type: 'string' },
      today: { type: 'string' },
      map: { type: 'string' },
      ...DROP_MACROS_OPTION,
    },
  });
  const file = inputPath(positionals, io, 'report');
  const out = values.output === undefined ? undefined : outputKind(values.output, io);
  const common = operationOptions(values);
  const loaded = await readWorkbookFile(file, {
    sheet: values.sheet,
    template: common.template,
    readOnly: out?.kind !== 'xlsx',
    snapshotOnly: out?.kind !== 'xlsx',
    // The analysis sheet's formulas read the customer sheet from its row 1: its header is moved there.
    listUnchanged: out?.kind !== 'xlsx',
    liftHeader: out?.kind === 'xlsx',
    ...(out?.kind === 'xlsx' ? { output: { path: out.path, dropMacros: values['drop-macros'] } } : {}),
  });
  requireCustomerList(loaded);
  // Refused before the report is printed, not after: a script would take the report for done.
  if (out?.kind === 'xlsx') await assertNotInput(loaded, out.path);
  const { snapshot, lifted } = liftHeaderFirst(loaded, common, 'xlsx');
  const options = withMapOption(common, values.map, snapshot);
  const ctx = resolveContext(snapshot, options);
  if (out?.kind === 'xlsx' && !analysisSheetFits(snapshot.name, ctx.locale)) {
    throw new UsageError(
      `custodian report: the customer sheet is named "${snapshot.name}", the analysis sheet's name; rename it to write the analysis sheet beside it`,
    );
  }
  const progress = createProgress({
    enabled: !values.json,
    label: progressLabel('reporting', ctx.locale),
    stream: io.stderr,
  });
  const report = buildInsights(snapshot, {
    ...options,
    now: ctx.now,
    onProgress: (p) => progress.update(p.done, p.total),
  });
  progress.finish();

  if (values.json) io.stdout.write(`${toJson(report)}\n`);
  else
    io.stdout.write(
      formatHeaderBelow(loaded, ctx.locale) +
        (lifted ? `${lifted}\n` : '') +
        formatReportText(report, ctx, `${loaded.displayName} [${snapshot.name}]`),
    );
  if (out?.kind === 'html') {
    const page = renderReportHtml({
      report,
      locale: ctx.locale,
      source: `${loaded.displayName} [${snapshot.name}]`,
      today: isoDate(ctx.now),
      fieldLabel: labeller(ctx),
    });
    await writeFileAtomic(out.path, new TextEncoder().encode(page));
  } else if (out?.kind === 'xlsx') {
    await writeAnalysisWorkbook(loaded, snapshot, ctx, out.path);
  }
  if (out && !values.json) io.stdout.write(`${ctx.locale === 'zh-CN' ? '已写入' : 'Wrote'} ${out.path}\n`);
  return EXIT.ok;
}

function outputKind(value: string, io: CliStreams): { kind: 'html' | 'xlsx'; path: string } {
  const ext = path.extname(value).toLowerCase();
  const resolved = path.resolve(io.cwd, value);
  if (ext === '.html' || ext === '.htm') return { kind: 'html', path: resolved };
  if (ext === '.xlsx') return { kind: 'xlsx', path: resolved };
  throw new UsageError(
    `custodian report: -o writes a .html page or a .xlsx workbook with the analysis sheet, not "${value}"`,
  );
}

/** The workbook as it is, plus the analysis sheet of formulas over its customer sheet. */
async function writeAnalysisWorkbook(
  loaded: LoadedWorkbook,
  snapshot: SheetSnapshot,
  ctx: OperationContext,
  out: string,
): Promise<void> {
  const { write, meta } = planAnalysisSheet({
    sheet: snapshot.name,
    values: snapshot.values,
    mapping: ctx.mapping,
    template: ctx.template,
    locale: ctx.locale,
    ownValues: new Set(ctx.ownValues.keys()),
  });
  await applyPlanToWorkbook(loaded, { ...emptyPlan(snapshot.name), sheets: [write], meta });
  await writeWorkbookFile(loaded, out);
}

function labeller(ctx: OperationContext): (key: string) => string {
  const labels = new Map(ctx.template.fields.map((f) => [f.key, f.labels[ctx.locale]]));
  return (key) => labels.get(key) ?? key;
}

function bar(fraction: number): string {
  const filled = Math.round(Math.max(0, Math.min(1, fraction)) * BAR);
  return '█'.repeat(filled) + '░'.repeat(BAR - filled);
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

export function formatRowList(rows: readonly number[], locale: Locale): string {
  if (rows.length === 0) return '';
  const shown = rows.slice(0, LIST_LIMIT).join(locale === 'zh-CN' ? '、' : ', ');
  if (locale === 'zh-CN') return `：第 ${shown} 行${rows.length > LIST_LIMIT ? `等 ${rows.length} 行` : ''}`;
  return `: rows ${shown}${rows.length > LIST_LIMIT ? ` … (${rows.length} rows)` : ''}`;
}

/** The readable summary: headline figures, quality per field and each segment as text bars. */
export function formatReportText(
  report: InsightsReport,
  ctx: Pick<OperationContext, 'locale' | 'template'>,
  source: string,
): string {
  const zh = ctx.locale === 'zh-CN';
  const words = INSIGHTS_LABELS[ctx.locale];
  const label = labeller(ctx as OperationContext);
  const lines = [zh ? `${source}：${report.rows} 位客户` : `${source}: ${report.rows} customers`, ''];

  lines.push(`${words.score}${zh ? '：' : ': '}${report.quality.score} / 100  ${bar(report.quality.score / 100)}`);
  const width = Math.min(24, Math.max(0, ...report.quality.fields.map((f) => displayWidth(oneLine(f.column)))));
  for (const f of report.quality.fields) {
    const fraction = report.rows === 0 ? 0 : f.valid / report.rows;
    const counts =
      (zh
        ? `已填 ${f.filled}，有效 ${f.valid}，规范 ${f.canonical}`
        : `${f.filled} filled, ${f.valid} valid, ${f.canonical} canonical`) +
      (f.masked ? (zh ? `，脱敏 ${f.masked}` : `, ${f.masked} masked`) : '');
    lines.push(`  ${padEnd(truncate(oneLine(f.column), 24), width)}  ${bar(fraction)}  ${counts}`);
  }
  lines.push('');
  const stale =
    report.stale.judged === false
      ? `${words.stale}${zh ? '：' : ': '}${words.staleNotJudged}`
      : zh
        ? `${words.stale}（超过 ${report.stale.days} 天未联系或购买）：${report.stale.count}`
        : `${words.stale} (no contact or purchase for over ${report.stale.days} days): ${report.stale.count}`;
  lines.push(stale + formatRowList(report.stale.rows, ctx.locale));
  if (report.stale.twoReadings) lines.push(`  ${words.twoReadings('stale', report.stale.twoReadings)}`);
  if (report.stale.monthOnly) lines.push(`  ${words.monthOnly('stale', report.stale.monthOnly)}`);
  const follow = zh
    ? `${words.followUp}：逾期 ${report.followUps.overdue}，7 天内到期 ${report.followUps.dueIn7Days}`
    : `${words.followUp}: ${report.followUps.overdue} overdue, ${report.followUps.dueIn7Days} due within 7 days`;
  lines.push(follow + formatRowList(report.followUps.rows, ctx.locale));
  if (report.followUps.twoReadings) lines.push(`  ${words.twoReadings('followUps', report.followUps.twoReadings)}`);
  if (report.followUps.monthOnly) lines.push(`  ${words.monthOnly('followUps', report.followUps.monthOnly)}`);
  lines.push(
    zh
      ? `${words.duplicates}：${report.duplicates.clusters} 组，共 ${report.duplicates.rows} 行`
      : `${words.duplicates}: ${countOf(report.duplicates.clusters, 'group', 'groups')}, ${countOf(report.duplicates.rows, 'row', 'rows')}`,
  );
  if (report.spend)
    lines.push(
      describeSpend(report.spend, ctx.locale, label(SPEND_FIELD)) +
        formatRowList(report.spend.leftOut.rows, ctx.locale),
    );

  for (const segment of report.segments) {
    const name = label(segment.field);
    lines.push('', name === segment.column ? name : `${name} (${segment.column})`);
    const shown = segment.values.map((v) => (v.value === '' ? words.blank : oneLine(v.value)));
    const valueWidth = Math.min(20, Math.max(...shown.map(displayWidth)));
    segment.values.forEach((v, i) => {
      const spend =
        v.totalSpend === null
          ? ''
          : `  ${words.totalSpend} ${withUnit(v.totalSpend.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }), report.spend?.unit)}${v.spendLeftOut ? ` (${words.spendLeftOutCells(v.spendLeftOut)})` : ''}`;
      lines.push(
        `  ${padEnd(truncate(shown[i]!, 20), valueWidth)}  ${bar(v.share)}  ${String(v.count).padStart(6)}  ${percent(v.share).padStart(6)}${spend}`,
      );
    });
  }
  return `${joinLines(lines)}\n`;
}
