/** One column's cleaning changes: a checkbox for the whole column and one per change (old → new). */
import { useState } from 'react';
import { Button, Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { CellEdit } from '../../plan/plan';
import { visibleSpacing } from '../../sheet/visible-spacing';
import { issueCodeSchema } from '../../check/issue';
import { cellAddress, columnLetter } from '../../sheet/a1';
import { cellText } from '../../sheet/cell-value';
import { useT } from '../i18n';

const PAGE = 25;

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  list: {
    listStyleType: 'none',
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
  },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: '3.5em' },
  before: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  after: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

export interface ChangeGroupProps {
  col: number;
  header: string;
  /** [index in plan.edits, edit] pairs of this column. */
  edits: Array<[number, CellEdit]>;
  selected: ReadonlySet<number>;
  disabled: boolean;
  onToggle(indices: number[], on: boolean): void;
  /** More about one change, after its reason (a renumbered ID: the row it duplicated). */
  note?: (edit: CellEdit) => string | undefined;
}

export function ChangeGroup({ col, header, edits, selected, disabled, onToggle, note }: ChangeGroupProps) {
  const t = useT();
  const styles = useStyles();
  const [limit, setLimit] = useState(PAGE);
  const count = edits.filter(([index]) => selected.has(index)).length;
  const columnName = `${columnLetter(col)} · ${header}`;
  // Spaces shown (c000020␣ → c000020): a page shows a run of them as one, and none at an end.
  const shown = (value: CellEdit['before']) =>
    cellText(value) === '' ? t('clean.blank') : visibleSpacing(cellText(value));
  const reasonText = (reason: string | undefined) => {
    const code = issueCodeSchema.safeParse(reason);
    return code.success ? t(`issue.${code.data}`) : (reason ?? '');
  };

  return (
    <section className={styles.group} data-testid={`clean-group-${columnLetter(col)}`}>
      <Checkbox
        checked={count === edits.length ? true : count === 0 ? false : 'mixed'}
        disabled={disabled}
        label={`${t('clean.selectColumn', { column: columnName })} (${count}/${edits.length})`}
        onChange={(_, data) =>
          onToggle(
            edits.map(([index]) => index),
            data.checked === true,
          )
        }
      />
      <ul className={styles.list}>
        {edits.slice(0, limit).map(([index, edit]) => {
          const cell = cellAddress(edit.row, edit.col);
          return (
            <li key={index} className={styles.item}>
              <Checkbox
                checked={selected.has(index)}
                disabled={disabled}
                aria-label={t('clean.selectEdit', { cell, before: cellText(edit.before), after: cellText(edit.after) })}
                onChange={(_, data) => onToggle([index], data.checked === true)}
              />
              <span className={styles.cell}>{cell}</span>
              <span className={styles.before}>{shown(edit.before)}</span>
              <span aria-hidden="true">→</span>
              <span className={styles.after}>{shown(edit.after)}</span>
              <Caption1>{[reasonText(edit.reason), note?.(edit)].filter(Boolean).join(' · ')}</Caption1>
            </li>
          );
        })}
      </ul>
      {edits.length > limit && (
        <Button appearance="transparent" size="small" onClick={() => setLimit(limit + PAGE)}>
          {t('clean.more', { count: Math.min(PAGE, edits.length - limit) })}
        </Button>
      )}
    </section>
  );
}
