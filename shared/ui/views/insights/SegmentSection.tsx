/** Segments: for each classifying column, its values as bars (count, share, total spend when the sheet has it). */
import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { InsightsReport, Segment } from '../../../insights';
import { useLocale, useT } from '../../i18n';
import { INSIGHTS_LABELS } from '../../../insights/labels';
import { BarList } from './BarList';
import { formatters } from './format';

/** Values shown per segment; the rest are counted in one line (a free-text owner column can have hundreds). */
const TOP_VALUES = 8;

const useStyles = makeStyles({
  segment: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginBlockEnd: tokens.spacingVerticalS,
  },
});

export function SegmentSection({ report }: { report: InsightsReport }) {
  const t = useT();
  const styles = useStyles();
  const locale = useLocale();
  const fmt = formatters(locale);
  // A column nobody has filled in yet (appended by set up) is one line, not a full bar.
  const blank = (s: Segment) => s.values.length === 1 && s.values[0]!.value === '';
  const filled = report.segments.filter((s) => !blank(s));
  const empty = report.segments.filter(blank);
  return (
    <>
      <Text as="h2" weight="semibold" size={400}>
        {t('insights.segments')}
      </Text>
      {report.segments.length === 0 && <Text>{t('insights.noSegments')}</Text>}
      {filled.map((segment) => {
        const top = Math.max(1, ...segment.values.map((v) => v.count));
        const more = segment.values.length - TOP_VALUES;
        return (
          <section key={segment.field} aria-label={segment.column} className={styles.segment}>
            <Text as="h3" weight="semibold">
              {segment.column}
            </Text>
            <BarList
              label={segment.column}
              testId={`segment-${segment.field}`}
              bars={segment.values.slice(0, TOP_VALUES).map((v) => ({
                key: v.value,
                label: v.value === '' ? t('insights.blank') : v.value,
                text: [
                  fmt.count(v.count),
                  fmt.share(v.share),
                  ...(v.totalSpend === null ? [] : [fmt.money(v.totalSpend)]),
                  // A 0 over amounts in another currency is no "spent nothing": say how many are left out.
                  ...(v.spendLeftOut ? [INSIGHTS_LABELS[locale].spendLeftOutCells(v.spendLeftOut)] : []),
                ].join(' · '),
                fraction: v.count / top,
              }))}
            />
            {more > 0 && <Caption1>{t('insights.moreValues', { count: more })}</Caption1>}
          </section>
        );
      })}
      {empty.length > 0 && (
        <Caption1>
          {t('insights.emptySegments', { columns: empty.map((s) => s.column).join(locale === 'zh-CN' ? '、' : ', ') })}
        </Caption1>
      )}
    </>
  );
}
