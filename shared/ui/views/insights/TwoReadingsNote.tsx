/**
 * The dates a count left out because they read two ways, in the report's own words: without it the
 * sidebar's counts look complete. With the first date's column known, the note selects its cell.
 */
import { Button, Text } from '@fluentui/react-components';
import { useCellLinkStyles } from '../cell-link-styles';
import type { TwoReadings } from '../../../insights/insights-report';
import { INSIGHTS_LABELS } from '../../../insights/labels';
import { cellAddress } from '../../../sheet/a1';
import { useLocale, useT } from '../../i18n';

export interface TwoReadingsNoteProps {
  count: 'followUps' | 'stale';
  dates: TwoReadings | undefined;
  col: number | null;
  onOpen(row: number, col: number): void;
}

export function TwoReadingsNote({ count, dates, col, onOpen }: TwoReadingsNoteProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useCellLinkStyles();
  if (!dates) return null;
  const message = INSIGHTS_LABELS[locale].twoReadings(count, dates);
  const testId = `two-readings-${count}`;
  if (col === null) return <Text data-testid={testId}>{message}</Text>;
  const cell = cellAddress(dates.first.row, col);
  return (
    <div>
      <Button
        appearance="subtle"
        size="small"
        className={styles.link}
        data-testid={testId}
        aria-label={t('check.goTo', { cell, message })}
        onClick={() => onOpen(dates.first.row, col)}
      >
        <span className={styles.cell}>{cell}</span>
        <span>{message}</span>
      </Button>
    </div>
  );
}
