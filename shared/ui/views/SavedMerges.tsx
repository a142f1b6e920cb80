/**
 * Merges an earlier session saved in the workbook (the merge stage keeps each one's undo plan in
 * meta), so they can be undone after the task pane was closed. Latest first; only the latest can
 * be undone, because the ones before it were planned on the rows as they were then.
 */
import { Button, Caption1, Text } from '@fluentui/react-components';
import { undoableMerges, type MergeHistoryEntry as SavedMerge } from '../../merge';
import { useLocale, useT } from '../i18n';
import { useSession } from '../session';
import { useSavedListStyles } from './saved-list-styles';
import { useSheetResult } from './use-sheet-result';

export function SavedMerges() {
  const t = useT();
  const locale = useLocale();
  const styles = useSavedListStyles();
  const session = useSession();
  const [saved, setSaved] = useSheetResult<SavedMerge[]>();
  const busy = session.task.running !== null;
  const inSession = new Set(session.history.flatMap((e) => (e.undo.kind === 'merges' ? e.undo.mergeIds : [])));

  const load = () =>
    session.task.run('task.reading', async (control) => {
      const snapshot = await session.readSnapshot(control);
      setSaved(
        undoableMerges(snapshot.meta ?? {})
          .filter((m) => m.sheet === snapshot.name)
          .reverse(),
      );
    });

  const shown = saved?.filter((m) => !inSession.has(m.mergeId)) ?? null;
  return (
    <section aria-labelledby="saved-merges">
      <Text as="h3" id="saved-merges" weight="semibold" block>
        {t('history.saved')}
      </Text>
      <Caption1 block>{t('history.savedIntro')}</Caption1>
      {shown === null ? (
        <Button size="small" disabled={busy} onClick={() => void load()}>
          {t('history.loadSaved')}
        </Button>
      ) : shown.length === 0 ? (
        <Text>{t('history.noSaved')}</Text>
      ) : (
        <ul className={styles.list}>
          {shown.map((merge) => {
            const title = {
              key: 'history.savedMerge' as const,
              params: { id: merge.mergeId, rows: merge.mergedRows.join(', '), row: merge.survivorRow },
            };
            const latest = merge === saved![0];
            return (
              <li key={merge.mergeId} className={styles.item} data-testid={`saved-${merge.mergeId}`}>
                <span className={styles.text}>
                  <Text>{t(title.key, title.params)}</Text>
                  <Caption1>{new Date(merge.at).toLocaleString(locale)}</Caption1>
                </span>
                {latest && (
                  <Button
                    size="small"
                    disabled={busy}
                    aria-label={t('history.undoLabel', { action: t(title.key, title.params) })}
                    onClick={() => void session.undoSavedMerge(merge.mergeId, title)}
                  >
                    {t('history.undo')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
