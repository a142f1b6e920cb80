/**
 * Horizontal bars as a list: each item's words are text (read by screen readers, wrap in a 300 px
 * sidebar), the bar under them is decoration. Simple SVG-free bars in Fluent tokens rather than
 * @fluentui/react-charts, whose d3 dependencies would multiply the task pane's bundle for a few bars.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export interface Bar {
  key: string;
  label: string;
  /** What the numbers say, shown beside the label. */
  text: string;
  /** 0..1 of the track. */
  fraction: number;
}

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  words: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  label: { wordBreak: 'break-word', minWidth: 0 },
  text: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  track: {
    height: '8px',
    backgroundColor: tokens.colorNeutralBackground5,
    borderRadius: tokens.borderRadiusSmall,
    overflow: 'hidden',
  },
  fill: { height: '100%', backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
});

export function BarList({ bars, label, testId }: { bars: Bar[]; label: string; testId?: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label} data-testid={testId}>
      {bars.map((bar) => (
        <li key={bar.key} className={styles.item}>
          <div className={styles.words}>
            <span className={styles.label}>{bar.label}</span>
            <span className={styles.text}>{bar.text}</span>
          </div>
          <div className={styles.track} aria-hidden="true">
            <div className={styles.fill} style={{ width: `${Math.max(0, Math.min(1, bar.fraction)) * 100}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
