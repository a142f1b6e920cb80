/**
 * Customers who need attention (stale, or a follow-up due), in the order the core gives (oldest
 * first). A name is a link-style button that selects the row in the sheet; with `selected`, each
 * row has a checkbox so several customers can be reviewed at once.
 */
import { useState } from 'react';
import { Button, Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { CustomerItem } from '../../tasks/insights-ops';
import { useT } from '../../i18n';

/** Customers shown at first; a long queue opens a page at a time so the charts stay in reach. */
const PAGE = 10;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  name: { minWidth: 0, justifyContent: 'flex-start', textAlign: 'start', paddingInline: tokens.spacingHorizontalXS },
  words: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', minWidth: 0 },
  date: { color: tokens.colorNeutralForeground3 },
  late: { color: tokens.colorPaletteRedForeground1 },
});

export interface CustomerListProps {
  items: readonly CustomerItem[];
  label: string;
  /** The date line under a name ("last active 2023-10-01"). */
  describe(item: CustomerItem): string;
  /** Rows whose date line is a warning (an overdue follow-up). */
  late?(item: CustomerItem): boolean;
  onOpen(row: number): void;
  selected?: ReadonlySet<number>;
  onToggle?(row: number, on: boolean): void;
  disabled?: boolean;
  testId: string;
}

export function CustomerList({
  items,
  label,
  describe,
  late,
  onOpen,
  selected,
  onToggle,
  disabled,
  testId,
}: CustomerListProps) {
  const t = useT();
  const styles = useStyles();
  const [limit, setLimit] = useState(PAGE);
  return (
    <>
      <ul className={styles.list} aria-label={label} data-testid={testId}>
        {items.slice(0, limit).map((item) => {
          const name = item.label || t('insights.row', { row: item.row });
          return (
            <li key={item.row} className={styles.item}>
              {selected && onToggle && (
                <Checkbox
                  checked={selected.has(item.row)}
                  disabled={disabled}
                  aria-label={t('insights.selectCustomer', { name, row: item.row })}
                  onChange={(_, data) => onToggle(item.row, data.checked === true)}
                />
              )}
              <Button
                appearance="transparent"
                size="small"
                className={styles.name}
                onClick={() => onOpen(item.row)}
                aria-label={t('insights.goTo', { name, row: item.row })}
              >
                <span className={styles.words}>
                  <span>{name}</span>
                  <Caption1 className={late?.(item) ? styles.late : styles.date}>{describe(item)}</Caption1>
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
      {items.length > limit && (
        <div>
          <Button appearance="transparent" size="small" onClick={() => setLimit(limit + PAGE * 5)}>
            {t('insights.more', { count: Math.min(PAGE * 5, items.length - limit) })}
          </Button>
        </div>
      )}
    </>
  );
}
