/** The demo's view of the in-memory workbook: sheet tabs and a plain grid with the selected cell highlighted. */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { makeStyles, shorthands, tokens } from '@fluentui/react-components';
import type { MemoryHost } from '../../host/memory-host';
import { findSheet } from '../../plan/apply-plan';
import { cellAddress, columnLetter } from '../../sheet/a1';
import { cellText, type CellValue } from '../../sheet/cell-value';
import { useT } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, flexGrow: 1 },
  tabs: { display: 'flex', gap: tokens.spacingHorizontalXS, paddingBlock: tokens.spacingVerticalXS, flexWrap: 'wrap' },
  tab: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    cursor: 'pointer',
    font: 'inherit',
  },
  activeTab: {
    background: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    ...shorthands.borderColor(tokens.colorBrandStroke1),
  },
  scroller: { overflow: 'auto', flexGrow: 1, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  head: {
    position: 'sticky',
    top: 0,
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    textAlign: 'end',
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    maxWidth: '16em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  number: { textAlign: 'end' },
  header: { fontWeight: tokens.fontWeightSemibold, background: tokens.colorNeutralBackground2 },
  required: { '::after': { content: '" *"', color: tokens.colorPaletteRedForeground1 } },
  formula: { fontStyle: 'italic', color: tokens.colorPaletteBlueForeground2 },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
    background: tokens.colorBrandBackground2,
  },
});

/** Rows the grid draws; a demo sheet of 20,000 rows stays usable (the host still holds them all). */
const MAX_ROWS = 500;

function display(value: CellValue): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return cellText(value);
}

export function WorkbookGrid({ host }: { host: MemoryHost }) {
  const t = useT();
  const styles = useStyles();
  const state = useSyncExternalStore(host.subscribe, host.state);
  const sheet = findSheet(state.workbook, state.activeSheet);
  const scroller = useRef<HTMLDivElement>(null);
  const selection = state.selection?.sheet === sheet?.name ? state.selection : null;
  const selectedAddress = selection ? cellAddress(selection.row, selection.col) : null;

  useEffect(() => {
    if (!selectedAddress) return;
    const cell = scroller.current?.querySelector<HTMLElement>(`[data-cell="${selectedAddress}"]`);
    cell?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selectedAddress, state]);

  const width = sheet ? Math.max(0, ...sheet.values.map((row) => row.length)) : 0;
  const required = new Set(sheet?.required.map((r) => r.col) ?? []);

  return (
    <div className={styles.root}>
      <div role="tablist" aria-label={t('demo.sheets')} className={styles.tabs}>
        {state.workbook.sheets.map((s) => (
          <button
            key={s.name}
            role="tab"
            type="button"
            aria-selected={s.name === state.activeSheet}
            className={`${styles.tab} ${s.name === state.activeSheet ? styles.activeTab : ''}`}
            data-sheet={s.name}
            onClick={() => host.activateSheet(s.name)}
          >
            {s.hidden ? t('demo.hidden', { sheet: s.name }) : s.name}
          </button>
        ))}
      </div>
      <div ref={scroller} className={styles.scroller} role="region" aria-label={sheet?.name ?? ''} tabIndex={0}>
        {!sheet || sheet.values.length === 0 ? (
          <p>{t('demo.emptySheet')}</p>
        ) : (
          <table className={styles.table} data-testid="grid" data-sheet={sheet.name}>
            <thead>
              <tr>
                <th className={styles.head} />
                {Array.from({ length: width }, (_, i) => (
                  <th key={i} scope="col" className={styles.head}>
                    {columnLetter(i + 1)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheet.values.slice(0, MAX_ROWS).map((row, r) => (
                <tr key={r}>
                  <th scope="row" className={styles.rowHead}>
                    {r + 1}
                  </th>
                  {Array.from({ length: width }, (_, c) => {
                    const address = cellAddress(r + 1, c + 1);
                    const value = row[c] ?? null;
                    const formula = sheet.formulas[address];
                    const classes = [
                      styles.cell,
                      typeof value === 'number' ? styles.number : '',
                      r === 0 ? styles.header : '',
                      r === 0 && required.has(c + 1) ? styles.required : '',
                      formula ? styles.formula : '',
                      address === selectedAddress ? styles.selected : '',
                    ];
                    const text = display(value);
                    return (
                      <td
                        key={c}
                        data-cell={address}
                        className={classes.join(' ')}
                        title={
                          formula
                            ? t('demo.formula', { formula })
                            : r === 0 && required.has(c + 1)
                              ? t('demo.required', { header: text })
                              : text || undefined
                        }
                        data-selected={address === selectedAddress || undefined}
                      >
                        {text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {sheet && sheet.values.length > MAX_ROWS && (
        <p>{t('demo.truncated', { shown: MAX_ROWS, total: sheet.values.length })}</p>
      )}
    </div>
  );
}
