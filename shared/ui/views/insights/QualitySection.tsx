/** Data quality: the score as a gauge, each field's valid cells as bars, and the score per day Check ran. */
import { Caption1, Text } from '@fluentui/react-components';
import type { InsightsReport } from '../../../insights';
import type { TrendPoint } from '../../../insights/quality-trend';
import { useLocale, useT } from '../../i18n';
import { BarList } from './BarList';
import { formatters } from './format';
import { QualityGauge } from './QualityGauge';
import { TrendChart } from './TrendChart';

export function QualitySection({ report, trend }: { report: InsightsReport; trend: TrendPoint[] }) {
  const t = useT();
  const locale = useLocale();
  const fmt = formatters(locale);
  const { quality, rows } = report;
  // Columns set up but not filled in yet are named in one line, not drawn as empty bars.
  const used = quality.fields.filter((f) => f.filled > 0);
  const unused = quality.fields.filter((f) => f.filled === 0);
  const first = trend[0];
  const last = trend[trend.length - 1];
  return (
    <>
      <Text as="h2" weight="semibold" size={400}>
        {t('insights.quality')}
      </Text>
      <QualityGauge score={quality.score} label={t('insights.qualityScore', { score: quality.score.toFixed(1) })} />
      <BarList
        label={t('insights.fields')}
        testId="quality-fields"
        bars={used.map((f) => ({
          // A second column shares its field's key (座机 beside 手机): its header tells them apart.
          key: f.second ? `${f.field}@${f.column}` : f.field,
          label: f.column,
          text: f.masked
            ? t('insights.fieldValidMasked', {
                valid: fmt.count(f.valid),
                filled: fmt.count(f.filled),
                masked: fmt.count(f.masked),
              })
            : t('insights.fieldValid', { valid: fmt.count(f.valid), filled: fmt.count(f.filled) }),
          fraction: rows === 0 ? 0 : f.valid / rows,
        }))}
      />
      {unused.length > 0 && (
        <Caption1>
          {t('insights.emptySegments', { columns: unused.map((f) => f.column).join(locale === 'zh-CN' ? '、' : ', ') })}
        </Caption1>
      )}
      <Text as="h3" weight="semibold">
        {t('insights.trend')}
      </Text>
      {first && last ? (
        <TrendChart
          points={trend}
          label={t('insights.trendLabel', {
            first: first.day,
            firstScore: first.score,
            last: last.day,
            lastScore: last.score,
            count: trend.length,
          })}
        />
      ) : (
        <Text>{t('insights.trendEmpty')}</Text>
      )}
    </>
  );
}
