/** History: every action applied in this session, newest first, each with Undo (later actions are undone first). */
import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLocale, useT } from '../i18n';
import { useSession } from '../session';
import { entrySize } from '../history/history';
import { SavedMerges } from './SavedMerges';
import { SavedOperations } from './SavedOperations';
import { SavedBackups } from './SavedBackups';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { display: 'flex', flexDirection: 'column' },
});

export function HistoryView() {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const session = useSession();
  const busy = session.task.running !== null;
  const entries = [...session.history].reverse();

  return (
    <>
      <Text>{t('history.intro')}</Text>
      {entries.length === 0 ? (
        <Text>{t('history.empty')}</Text>
      ) : (
        <ul className={styles.list}>
          {entries.map((entry, position) => {
            const title = t(entry.title.key, entry.title.params);
            const later = entries.slice(0, position).filter((e) => !e.undone).length;
            const size = entrySize(entry);
            return (
              <li key={entry.id} className={styles.item} data-testid={`history-${entry.id}`}>
                <span className={styles.text}>
                  <Text weight="semibold">{title}</Text>
                  <Caption1>
                    {entry.appliedAt.toLocaleTimeString(locale)} · {t('history.changes', { count: size.cells })}
                    {size.rowsRemoved > 0 ? ` · ${t('history.rowsRemoved', { count: size.rowsRemoved })}` : ''}
                  </Caption1>
                </span>
                {entry.undone ? (
                  <Badge appearance="outline" color="subtle">
                    {t('history.undone')}
                  </Badge>
                ) : (
                  <Button
                    size="small"
                    disabled={busy}
                    aria-label={t('history.undoLabel', { action: title })}
                    onClick={() => void session.undo(entry.id)}
                  >
                    {later > 0 ? t('history.undoTo', { count: later }) : t('history.undo')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <SavedOperations />
      <SavedBackups />
      <SavedMerges />
    </>
  );
}
