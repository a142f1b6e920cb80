/**
 * The dates a count left out because they read two ways, in the report's own words: without it the
 * sidebar's counts look complete. With the first date's column known, the note selects its cell.
 */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TwoReadings } from '../../../insights/insights-report';
import { INSIGHTS_LABELS } from '../../../insights/labels';
import { cellAddress } from '../../../sheet/a1';
import { useLocale, useT } from '../../i18n';

const useStyles = makeStyles({
  note: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    minHeight: 'auto',
    paddingBlock: tokens.spacingVerticalXS,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginInlineEnd: tokens.spacingHorizontalS, flexShrink: 0 },
});

export interface TwoReadingsNoteProps {
  count: 'followUps' | 'stale';
  dates: TwoReadings | undefined;
  col: number | null;
  onOpen(row: number, col: number): void;
}

export function TwoReadingsNote({ count, dates, col, onOpen }: TwoReadingsNoteProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
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
        className={styles.note}
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
