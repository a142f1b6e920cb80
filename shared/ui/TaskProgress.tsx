/** The running operation: its step, a progress bar (indeterminate until the host reports), Cancel. */
import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from './i18n';
import type { TaskRunner } from './tasks/use-task';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  field: { flexGrow: 1 },
});

export function TaskProgress({ task }: { task: TaskRunner }) {
  const t = useT();
  const styles = useStyles();
  const running = task.running;
  if (!running) return null;
  const progress = running.progress;
  const value = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  return (
    <div className={styles.root} data-testid="task-progress">
      <Field
        className={styles.field}
        label={t(running.label)}
        hint={
          progress && progress.total > 0
            ? t('task.progress', { done: progress.done, total: progress.total })
            : undefined
        }
      >
        <ProgressBar value={value} thickness="large" />
      </Field>
      {running.cancellable && (
        <Button onClick={task.cancel} size="small">
          {t('task.cancel')}
        </Button>
      )}
    </div>
  );
}
