/**
 * Operations the workbook records (set up, clean, customer IDs, merge runs, undos: op.<id> in meta),
 * so they can be listed and undone after the task pane was closed. Newest first, each saying
 * whether it can still be undone, and why not (later operations, cells changed since).
 */
import { useState } from 'react';
import { Badge, Button, Caption1, Text } from '@fluentui/react-components';
import { historyLabels, historyStatus, readEntries, type EntryStatus } from '../../history';
import type { SheetSnapshot } from '../../sheet/snapshot';
import { readSheet } from '../history/undo-entry';
import { useLocale, useT } from '../i18n';
import { useSession } from '../session';
import { useSavedListStyles } from './saved-list-styles';
import { useSheetResult } from './use-sheet-result';

export function SavedOperations() {
  const t = useT();
  const locale = useLocale();
  const styles = useSavedListStyles();
  const session = useSession();
  const [saved, setSaved] = useSheetResult<EntryStatus[]>();
  const busy = session.task.running !== null;
  const labels = historyLabels(locale);
  // The sheet's own rules at entry the last undo could not give back, said until the next undo.
  const [notKept, setNotKept] = useState<string[]>([]);

  const load = () =>
    session.task.run('task.reading', async (control) => {
      const snapshot = await session.readSnapshot(control);
      const meta = snapshot.meta ?? {};
      const { entries } = readEntries(meta);
      // The sheets operations created, as they are now: undo refuses to delete one changed since.
      const sheets = new Map<string, SheetSnapshot | undefined>([[snapshot.name, snapshot]]);
      for (const entry of entries)
        for (const { name } of entry.undo.kind === 'plan' && !entry.undoneBy ? (entry.undo.sheets ?? []) : [])
          if (!sheets.has(name)) sheets.set(name, await readSheet(session.host, name));
      const statuses = historyStatus(entries, meta, (sheet) => sheets.get(sheet), locale);
      setSaved(statuses.reverse());
    });

  // The list is read again on request (the undo changed the workbook, so every view's results go).
  const undo = async (id: string, action: string) => setNotKept((await session.undoSavedOperation(id, action)) ?? []);

  return (
    <section aria-labelledby="saved-operations">
      <Text as="h3" id="saved-operations" weight="semibold" block>
        {t('history.operations')}
      </Text>
      <Caption1 block>{t('history.operationsIntro')}</Caption1>
      {notKept.map((line) => (
        <Text key={line} block role="status">
          {line}
        </Text>
      ))}
      {saved === null ? (
        <Button size="small" disabled={busy} onClick={() => void load()}>
          {t('history.loadOperations')}
        </Button>
      ) : saved.length === 0 ? (
        <Text>{t('history.noOperations')}</Text>
      ) : (
        <ul className={styles.list}>
          {saved.map(({ entry, undoable, undone, refusal }) => {
            const undoneKind = saved.find((s) => s.entry.id === entry.undoes)?.entry.kind ?? 'undo';
            const what =
              entry.kind === 'undo'
                ? `${labels.operations.undo} ${labels.undid(labels.operations[undoneKind], entry.undoes ?? '?')}`
                : labels.operations[entry.kind];
            const title = t('history.operation', {
              id: entry.id,
              operation: what,
              sheet: entry.sheet,
              changes: labels.changed(entry.cells, entry.rowsAdded, entry.rowsRemoved, entry.sheets),
            });
            return (
              <li key={entry.id} className={styles.item} data-testid={`operation-${entry.id}`}>
                <span className={styles.text}>
                  <Text>{title}</Text>
                  <Caption1>
                    {new Date(entry.at).toLocaleString(locale)}
                    {refusal && !undone && entry.kind !== 'undo' ? ` · ${refusal.message}` : ''}
                  </Caption1>
                </span>
                {undone ? (
                  <Badge appearance="outline" color="subtle">
                    {t('history.undone')}
                  </Badge>
                ) : undoable ? (
                  <Button
                    size="small"
                    disabled={busy}
                    aria-label={t('history.undoLabel', { action: title })}
                    onClick={() => void undo(entry.id, title)}
                  >
                    {t('history.undo')}
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
