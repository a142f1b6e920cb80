/** The cells a review action or the customer-type suggestion would change (old → new), before Apply. */
import { useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CellEdit } from '../../../plan/plan';
import { cellAddress } from '../../../sheet/a1';
import { cellText } from '../../../sheet/cell-value';
import { useT } from '../../i18n';

const PAGE = 25;

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: '3.5em' },
  before: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  after: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface PlanPreviewProps {
  edits: readonly CellEdit[];
  /** What the edits mean, above the list (counts per customer type). */
  summary?: string;
  disabled: boolean;
  onApply(): void;
  onDiscard(): void;
}

export function PlanPreview({ edits, summary, disabled, onApply, onDiscard }: PlanPreviewProps) {
  const t = useT();
  const styles = useStyles();
  const [limit, setLimit] = useState(PAGE);
  const shown = (value: CellEdit['before']) => (cellText(value) === '' ? t('clean.blank') : cellText(value));
  return (
    <section className={styles.box} aria-label={t('insights.previewLabel')} data-testid="insights-preview">
      <Text weight="semibold" role="status">
        {edits.length === 0 ? t('insights.previewNone') : t('insights.preview', { count: edits.length })}
      </Text>
      {summary && <Text>{summary}</Text>}
      <ul className={styles.list}>
        {edits.slice(0, limit).map((edit) => (
          <li key={`${edit.row}:${edit.col}`} className={styles.item}>
            <span className={styles.cell}>{cellAddress(edit.row, edit.col)}</span>
            <span className={styles.before}>{shown(edit.before)}</span>
            <span aria-hidden="true">→</span>
            <span className={styles.after}>{shown(edit.after)}</span>
          </li>
        ))}
      </ul>
      {edits.length > limit && (
        <Button appearance="transparent" size="small" onClick={() => setLimit(limit + PAGE)}>
          {t('clean.more', { count: Math.min(PAGE, edits.length - limit) })}
        </Button>
      )}
      <div className={styles.bar}>
        <Button appearance="primary" disabled={disabled || edits.length === 0} onClick={onApply}>
          {t('insights.apply', { count: edits.length })}
        </Button>
        <Button disabled={disabled} onClick={onDiscard}>
          {t('insights.discard')}
        </Button>
      </div>
    </section>
  );
}
