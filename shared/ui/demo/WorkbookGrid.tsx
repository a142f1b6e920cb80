/**
 * The demo's view of the in-memory workbook: sheet tabs and a grid people can type into, with the
 * selected cell highlighted and the rules at entry shown as Excel shows them (EntryNotes).
 */
import { useEffect, useLayoutEffect, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import { Button, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import type { MemoryHost } from '../../host/memory-host';
import { findSheet } from '../../plan/apply-plan';
import { cellAddress, columnLetter } from '../../sheet/a1';
import { cellText, type CellValue } from '../../sheet/cell-value';
import { describeError } from '../errors';
import { useLocale, useT } from '../i18n';
import { EntryNotes, type NoteAnchor } from './EntryNotes';
import { promptAt } from './entry-check';
import { GRID_WORDS } from './grid-words';
import { useGridEditing } from './use-grid-editing';

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
  scroller: {
    position: 'relative',
    overflow: 'auto',
    flexGrow: 1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  // Over the selected cell, so an input method's candidates open beside it; clicks go through to the cell.
  typeCatcher: {
    position: 'absolute',
    inset: 0,
    width: '100%',
    height: '100%',
    opacity: 0,
    padding: 0,
    border: 'none',
    resize: 'none',
    overflow: 'hidden',
    pointerEvents: 'none',
  },
  editor: { width: '100%', minWidth: '8em', font: 'inherit', padding: 0, border: 'none', outline: 'none' },
  footer: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
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
    position: 'relative',
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
    background: tokens.colorBrandBackground2,
  },
});

/** Height a note or alert needs below its cell; with less room it opens above the cell. */
const NOTE_ROOM = 220;

/** Rows the grid draws; a demo sheet of 20,000 rows stays usable (the host still holds them all). */
const MAX_ROWS = 500;

function display(value: CellValue): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return cellText(value);
}

export function WorkbookGrid({ host }: { host: MemoryHost }) {
  const t = useT();
  const locale = useLocale();
  const words = GRID_WORDS[locale];
  const styles = useStyles();
  const state = useSyncExternalStore(host.subscribe, host.state);
  const sheet = findSheet(state.workbook, state.activeSheet);
  const scroller = useRef<HTMLDivElement>(null);
  const catcher = useRef<HTMLTextAreaElement>(null);
  const [clicks, countClick] = useReducer((n: number) => n + 1, 0);
  const selection = state.selection?.sheet === sheet?.name ? state.selection : null;
  const selectedAddress = selection ? cellAddress(selection.row, selection.col) : null;
  const edit = useGridEditing(host, sheet?.name, words);
  const noteCell = edit.alert ?? edit.editing ?? selection;
  const noteAddress = noteCell ? cellAddress(noteCell.row, noteCell.col) : null;
  const [anchor, setAnchor] = useState<NoteAnchor | null>(null);

  // Notes sit below the cell they belong to (above it near the window's bottom), over the grid's scrolling.
  const [scrolled, onScroll] = useReducer((n: number) => n + 1, 0);
  useLayoutEffect(() => {
    const cell = noteAddress ? scroller.current?.querySelector<HTMLElement>(`[data-cell="${noteAddress}"]`) : null;
    if (!cell) return setAnchor(null);
    const box = cell.getBoundingClientRect();
    const above = box.bottom + NOTE_ROOM > window.innerHeight;
    setAnchor({ top: above ? box.top - 2 : box.bottom + 2, left: box.left, above });
  }, [noteAddress, state, edit.alert, scrolled]);

  useEffect(() => {
    if (!selectedAddress) return;
    const cell = scroller.current?.querySelector<HTMLElement>(`[data-cell="${selectedAddress}"]`);
    cell?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selectedAddress, state]);

  // While a cell is selected and the grid (or nothing) has the focus, the cell's hidden text box
  // takes it: keys still reach the grid's handler, and an input method has somewhere to compose.
  useEffect(() => {
    const focused = document.activeElement;
    if (!catcher.current || (focused && focused !== document.body && !scroller.current?.contains(focused))) return;
    catcher.current.focus({ preventScroll: true });
  }, [selectedAddress, edit.editing, edit.alert, clicks]);

  /** Hands what the hidden text box holds to the editor, once an input method is done composing. */
  const takeTyped = (box: HTMLTextAreaElement) => {
    const text = box.value;
    box.value = '';
    edit.typed(text);
  };

  const width = sheet ? Math.max(0, ...sheet.values.map((row) => row.length)) : 0;
  const required = new Set(sheet?.required.map((r) => r.col) ?? []);

  const renderRow = (row: readonly CellValue[], r: number) => (
    <tr key={r}>
      <th scope="row" className={styles.rowHead}>
        {r + 1}
      </th>
      {Array.from({ length: width }, (_, c) => {
        const address = cellAddress(r + 1, c + 1);
        const value = row[c] ?? null;
        const formula = sheet?.formulas[address];
        const classes = [
          styles.cell,
          typeof value === 'number' ? styles.number : '',
          r === 0 ? styles.header : '',
          r === 0 && required.has(c + 1) ? styles.required : '',
          formula ? styles.formula : '',
          address === selectedAddress ? styles.selected : '',
        ];
        const text = display(value);
        const editing = edit.editing?.row === r + 1 && edit.editing.col === c + 1;
        return (
          <td
            key={c}
            data-cell={address}
            className={classes.join(' ')}
            onClick={() => {
              if (editing) return;
              scroller.current?.focus();
              countClick();
              if (edit.editing) void edit.commit({ rows: 0, cols: 0 }).then(() => edit.select(r + 1, c + 1));
              else edit.select(r + 1, c + 1);
            }}
            onDoubleClick={() => edit.startEditing(r + 1, c + 1)}
            title={
              formula
                ? t('demo.formula', { formula })
                : r === 0 && required.has(c + 1)
                  ? t('demo.required', { header: text })
                  : text || undefined
            }
            data-selected={address === selectedAddress || undefined}
          >
            {editing ? (
              <input
                className={styles.editor}
                aria-label={words.editCell.replace('{cell}', address)}
                value={edit.editing!.text}
                autoFocus
                onChange={(event) => edit.setText(event.target.value)}
                onKeyDown={edit.onEditorKey}
              />
            ) : (
              <>
                {text}
                {address === selectedAddress && (
                  <textarea
                    ref={catcher}
                    className={styles.typeCatcher}
                    aria-label={words.typeInto.replace('{cell}', address)}
                    rows={1}
                    onCompositionEnd={(event) => takeTyped(event.currentTarget)}
                    onInput={(event) => {
                      if (!(event.nativeEvent as InputEvent).isComposing) takeTyped(event.currentTarget);
                    }}
                  />
                )}
              </>
            )}
          </td>
        );
      })}
    </tr>
  );

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
      <div
        ref={scroller}
        className={styles.scroller}
        role="region"
        aria-label={sheet?.name ?? ''}
        tabIndex={0}
        onKeyDown={edit.onGridKey}
        onScroll={onScroll}
      >
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
            <tbody>{sheet.values.slice(0, MAX_ROWS).map((row, r) => renderRow(row, r))}</tbody>
            {sheet.values.length <= MAX_ROWS && (
              // One blank row below the data to type a new customer into (outside tbody: it is not a row yet).
              <tfoot>{renderRow([], sheet.values.length)}</tfoot>
            )}
          </table>
        )}
        {sheet && (
          <EntryNotes
            anchor={anchor}
            prompt={noteCell && !edit.alert ? promptAt(sheet, noteCell.row, noteCell.col) : undefined}
            alert={edit.alert}
            words={words}
            onRetry={edit.retry}
            onCancel={edit.cancel}
            onDismiss={edit.dismiss}
          />
        )}
      </div>
      {sheet && (
        <div className={styles.footer}>
          <Button
            size="small"
            onClick={() => edit.startEditing(Math.max(2, sheet.values.length + 1), selection?.col ?? 1)}
          >
            {words.addRow}
          </Button>
          {edit.failure !== null && <span role="alert">{describeError(edit.failure, t, locale)}</span>}
        </div>
      )}
      {sheet && sheet.values.length > MAX_ROWS && (
        <p>{t('demo.truncated', { shown: MAX_ROWS, total: sheet.values.length })}</p>
      )}
    </div>
  );
}
