/**
 * The backups the workbook keeps of the customer sheet (taken before each clean and merge, the last
 * three), newest first, each with Restore. Restore asks first: it replaces the sheet's contents
 * (recorded in history, so it can be undone).
 */
import { Button, Caption1, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { historyLabels } from '../../history';
import { listBackups, type BackupInfo } from '../../history/backup';
import { planRestore } from '../../history/restore-backup';
import { invertPlan } from '../../plan/invert-plan';
import { useLocale, useT } from '../i18n';
import { useSession } from '../session';
import { useSavedListStyles } from './saved-list-styles';
import { useSheetResult } from './use-sheet-result';

const useStyles = makeStyles({
  item: { flexWrap: 'wrap' },
  // The question takes the item's whole width under it, so the answers stay on one line in a narrow pane.
  confirm: { flexBasis: '100%', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  answers: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export function SavedBackups() {
  const t = useT();
  const locale = useLocale();
  const styles = useSavedListStyles();
  const own = useStyles();
  const session = useSession();
  const [backups, setBackups] = useSheetResult<BackupInfo[]>();
  const [asking, setAsking] = useState<number | null>(null);
  const busy = session.task.running !== null;
  const labels = historyLabels(locale);
  const when = (info: BackupInfo) => new Date(info.at).toLocaleString(locale);

  const load = () =>
    session.task.run('task.reading', async (control) => {
      const snapshot = await session.readSnapshot(control);
      setBackups(listBackups(snapshot.meta ?? {}));
    });

  const restore = async (info: BackupInfo) => {
    setAsking(null);
    const planned = await session.task.run('task.reading', async (control) => {
      const call = { signal: control.signal, onProgress: control.onProgress };
      const backup = await session.host.readSnapshot({ ...call, sheet: info.name });
      const current = await session.host.readSnapshot({ ...call, sheet: info.sheet });
      return planRestore(backup, info, current, { at: new Date(), locale });
    });
    if (!planned) return;
    const params = { sheet: info.sheet, time: when(info) };
    const applied = await session.apply(
      {
        kind: 'restore',
        title: { key: 'action.restore', params },
        plan: planned.plan,
        undo: { kind: 'plan', plan: invertPlan(planned.plan) },
      },
      { key: 'history.restored', params },
    );
    if (applied) setBackups(null);
  };

  return (
    <section aria-labelledby="saved-backups">
      <Text as="h3" id="saved-backups" weight="semibold" block>
        {t('history.backups')}
      </Text>
      <Caption1 block>{t('history.backupsIntro')}</Caption1>
      {backups === null ? (
        <Button size="small" disabled={busy} onClick={() => void load()}>
          {t('history.loadBackups')}
        </Button>
      ) : backups.length === 0 ? (
        <Text>{t('history.noBackups')}</Text>
      ) : (
        <ul className={styles.list}>
          {backups.map((info) => {
            const title = t('history.backup', {
              sheet: info.sheet,
              operation: labels.operations[info.before],
              rows: Math.max(0, info.rows - 1),
            });
            return (
              <li key={info.slot} className={mergeClasses(styles.item, own.item)} data-testid={`backup-${info.slot}`}>
                <span className={styles.text}>
                  <Text>{title}</Text>
                  <Caption1>{when(info)}</Caption1>
                </span>
                {asking !== info.slot && (
                  <Button
                    size="small"
                    disabled={busy}
                    aria-label={t('history.restoreLabel', { backup: title })}
                    onClick={() => setAsking(info.slot)}
                  >
                    {t('history.restore')}
                  </Button>
                )}
                {asking === info.slot && (
                  <div className={own.confirm}>
                    <Text role="alert">{t('history.restoreConfirm', { sheet: info.sheet, time: when(info) })}</Text>
                    <span className={own.answers}>
                      <Button size="small" appearance="primary" disabled={busy} onClick={() => void restore(info)}>
                        {t('history.restoreYes')}
                      </Button>
                      <Button size="small" onClick={() => setAsking(null)}>
                        {t('task.cancel')}
                      </Button>
                    </span>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
