/**
 * What the demo grid shows beside a cell, as Excel does: the input message of the selected cell's
 * rule (a note), and the alert when a typed value breaks it (stop: Retry/Cancel; warning: OK, kept).
 * Fixed to the window, so the grid's scrolling area never clips them.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { GridWords } from './grid-words';
import type { ShownAlert } from './use-grid-editing';

const useStyles = makeStyles({
  note: {
    position: 'fixed',
    zIndex: 2,
    maxWidth: '18em',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    background: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}`,
    boxShadow: tokens.shadow4,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'normal',
  },
  alert: {
    position: 'fixed',
    zIndex: 3,
    width: '22em',
    padding: tokens.spacingHorizontalM,
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
    whiteSpace: 'normal',
  },
  title: { fontWeight: tokens.fontWeightSemibold, display: 'flex', gap: tokens.spacingHorizontalS },
  // Drawn with CSS and a Latin-1 glyph: emoji fonts are not on every machine.
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    width: '1.4em',
    height: '1.4em',
    borderRadius: '50%',
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightBold,
  },
  stop: { background: tokens.colorPaletteRedBackground3 },
  warning: { background: tokens.colorPaletteDarkOrangeBackground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, justifyContent: 'flex-end' },
});

/** Where the cell is in the window: a note goes below it, or above when `above`. */
export interface NoteAnchor {
  top: number;
  left: number;
  above: boolean;
}

export interface EntryNotesProps {
  anchor: NoteAnchor | null;
  prompt: { title: string; text: string } | undefined;
  alert: ShownAlert | null;
  words: GridWords;
  onRetry: () => void;
  onCancel: () => void;
  onDismiss: () => void;
}

export function EntryNotes({ anchor, prompt, alert, words, onRetry, onCancel, onDismiss }: EntryNotesProps) {
  const styles = useStyles();
  if (!anchor) return null;
  const at = { top: anchor.top, left: anchor.left, transform: anchor.above ? 'translateY(-100%)' : undefined };
  if (alert) {
    const stop = alert.style === 'stop';
    return (
      <div role="alertdialog" aria-labelledby="entry-alert-title" className={styles.alert} style={at}>
        <p id="entry-alert-title" className={styles.title}>
          <span
            role="img"
            aria-label={stop ? words.stopIcon : words.warningIcon}
            className={`${styles.badge} ${stop ? styles.stop : styles.warning}`}
          >
            {stop ? '×' : '!'}
          </span>
          <span>{alert.title}</span>
        </p>
        <p data-testid="entry-alert-message">{alert.message}</p>
        {!stop && <p>{words.kept}</p>}
        <div className={styles.actions}>
          {stop ? (
            <>
              <Button appearance="primary" onClick={onRetry}>
                {words.retry}
              </Button>
              <Button onClick={onCancel}>{words.cancel}</Button>
            </>
          ) : (
            <Button appearance="primary" onClick={onDismiss}>
              {words.ok}
            </Button>
          )}
        </div>
      </div>
    );
  }
  if (!prompt) return null;
  return (
    <div role="note" className={styles.note} style={at}>
      {prompt.title && <strong>{prompt.title}</strong>}
      <div>{prompt.text}</div>
    </div>
  );
}
