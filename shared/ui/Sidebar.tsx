/** The sidebar's session (task, history, errors) and its tabs; every view stays mounted so a tab switch keeps results. */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { ApplyResult, SpreadsheetHost } from '../host/host';
import { useLocale, useT, type UiKey } from './i18n';
import { SessionContext, type Session } from './session';
import { StatusBar, type Notice } from './StatusBar';
import { TaskProgress } from './TaskProgress';
import { ViewBoundary } from './ViewBoundary';
import { useTask, type TaskOptions } from './tasks/use-task';
import type { CoreRunner } from './tasks/core-runner';
import { addEntry, markUndone, undoChain, type HistoryEntry } from './history/history';
import { undoEntry, undoMerge, undoSavedOperation } from './history/undo-entry';
import { SetupView } from './views/SetupView';
import { CheckView } from './views/CheckView';
import { CleanView } from './views/CleanView';
import { HistoryView } from './views/HistoryView';
import { DuplicatesView } from './views/DuplicatesView';
import { ExportView } from './views/ExportView';
import { InsightsView } from './views/InsightsView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Seven tabs do not fit a 300 px sidebar on one line: they wrap instead of widening every view.
  tabs: { flexWrap: 'wrap' },
});

interface ViewDef {
  id: string;
  label: UiKey;
  render: () => ReactNode;
}

const VIEWS: ViewDef[] = [
  { id: 'setup', label: 'tab.setup', render: () => <SetupView /> },
  { id: 'check', label: 'tab.check', render: () => <CheckView /> },
  { id: 'clean', label: 'tab.clean', render: () => <CleanView /> },
  { id: 'duplicates', label: 'tab.duplicates', render: () => <DuplicatesView /> },
  { id: 'export', label: 'tab.export', render: () => <ExportView /> },
  { id: 'insights', label: 'tab.insights', render: () => <InsightsView /> },
  { id: 'history', label: 'tab.history', render: () => <HistoryView /> },
];

export interface SidebarProps {
  host: SpreadsheetHost;
  core: CoreRunner;
  initialError?: unknown;
}

export function Sidebar({ host, core, initialError = null }: SidebarProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [error, setError] = useState<unknown>(initialError);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [selected, setSelected] = useState(VIEWS[0].id);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [revision, setRevision] = useState(0);
  const historyRef = useRef(history);
  useLayoutEffect(() => {
    historyRef.current = history;
  }, [history]);

  const task = useTask({
    onError: setError,
    onCancelled: useCallback(() => setNotice({ key: 'task.cancelled', intent: 'info' }), []),
    onStart: useCallback((options: TaskOptions) => {
      setError(null);
      if (!options.keepNotice) setNotice(null);
    }, []),
  });

  const session = useMemo<Session>(
    () => ({
      host,
      core,
      task,
      revision,
      history,
      readSnapshot: (control) => {
        control.step('task.reading');
        return host.readSnapshot({ signal: control.signal, onProgress: control.onProgress });
      },
      apply: async (entry, done) => {
        const applied = await task.run(
          'task.applying',
          async (control) => {
            let result: ApplyResult;
            try {
              result = await host.applyPlan(entry.plan, { onProgress: control.onProgress });
            } finally {
              setRevision((r) => r + 1); // a failed write may still have changed part of the sheet
            }
            setHistory((entries) => addEntry(entries, entry));
            return result;
          },
          { cancellable: false },
        );
        if (!applied) return false;
        const { skipped } = applied;
        const what = t(done.key, done.params);
        setNotice({ key: 'task.done', params: { what }, intent: skipped.length > 0 ? 'warning' : 'success', skipped });
        return true;
      },
      undo: async (entryId) => {
        const chain = undoChain(historyRef.current, entryId);
        const target = chain[chain.length - 1];
        if (!target) return;
        const notes: string[] = [];
        const undone = await task.run(
          'task.undoing',
          async (control) => {
            try {
              for (const entry of chain) {
                notes.push(...(await undoEntry(host, entry, control, locale)));
                setHistory((entries) => markUndone(entries, entry.id));
              }
            } finally {
              setRevision((r) => r + 1);
            }
            return true;
          },
          { cancellable: false },
        );
        if (undone) {
          const action = t(target.title.key, target.title.params);
          const what = t('history.undid', { action });
          setNotice({ key: 'task.done', params: { what }, intent: notes.length > 0 ? 'warning' : 'success', notes });
        }
      },
      undoSavedOperation: async (id, action) => {
        const notKept = await task.run(
          'task.undoing',
          async (control) => {
            try {
              return await undoSavedOperation(host, id, control, locale);
            } finally {
              setRevision((r) => r + 1); // every view drops what it read before the undo
            }
          },
          { cancellable: false },
        );
        if (!notKept) return null;
        const what = t('history.undid', { action });
        setNotice({ key: 'task.done', params: { what }, intent: notKept.length > 0 ? 'warning' : 'success' });
        return notKept;
      },
      undoSavedMerge: async (mergeId, title) => {
        const undone = await task.run(
          'task.undoing',
          async (control) => {
            try {
              await undoMerge(host, mergeId, control, locale);
            } finally {
              setRevision((r) => r + 1);
            }
            return true;
          },
          { cancellable: false },
        );
        if (undone)
          setNotice({
            key: 'task.done',
            params: { what: t('history.undid', { action: t(title.key, title.params) }) },
            intent: 'success',
          });
      },
      selectCell: (sheet, row, col) => {
        host.selectCell(sheet, row, col).catch(setError);
      },
    }),
    [host, core, task, revision, history, t, locale],
  );

  const dismiss = useCallback(() => {
    setError(null);
    setNotice(null);
  }, []);

  return (
    <SessionContext.Provider value={session}>
      <div className={styles.root}>
        <TabList
          selectedValue={selected}
          onTabSelect={(_, data) => setSelected(String(data.value))}
          aria-label={t('app.tabs')}
          size="small"
          className={styles.tabs}
        >
          {VIEWS.map((view) => (
            <Tab key={view.id} value={view.id} id={`tab-${view.id}`} aria-controls={`panel-${view.id}`}>
              {t(view.label)}
            </Tab>
          ))}
        </TabList>
        <StatusBar error={error} notice={notice} onDismiss={dismiss} />
        <TaskProgress task={task} />
        {VIEWS.map((view) => (
          <div
            key={view.id}
            role="tabpanel"
            id={`panel-${view.id}`}
            aria-labelledby={`tab-${view.id}`}
            hidden={view.id !== selected}
            className={view.id === selected ? styles.panel : undefined}
          >
            <ViewBoundary>{view.render()}</ViewBoundary>
          </div>
        ))}
      </div>
    </SessionContext.Provider>
  );
}
