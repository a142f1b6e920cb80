/**
 * One long operation at a time: its label and progress for the progress bar, an AbortController
 * for Cancel, and every failure sent to the error bar (cancellation gives an info message instead).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Progress } from '../../host/host';
import type { UiKey } from '../i18n';
import { BusyError, isAbortError } from '../errors';

export interface TaskControl {
  signal: AbortSignal;
  onProgress: (progress: Progress) => void;
  /** Changes the label shown over the progress bar (a task has several steps). */
  step: (label: UiKey) => void;
}

export interface RunningTask {
  label: UiKey;
  progress?: Progress;
  cancellable: boolean;
}

export interface TaskOptions {
  /** Writes to the workbook are not cancellable halfway. */
  cancellable?: boolean;
  /** A follow-up task (refreshing results after a write) keeps the message about the write. */
  keepNotice?: boolean;
}

export interface TaskRunner {
  running: RunningTask | null;
  /** Runs `work`; resolves to its result, or undefined when it failed (reported) or was cancelled. */
  run<T>(label: UiKey, work: (control: TaskControl) => Promise<T>, options?: TaskOptions): Promise<T | undefined>;
  cancel(): void;
}

export interface TaskCallbacks {
  onError(error: unknown): void;
  onCancelled(): void;
  onStart(options: TaskOptions): void;
}

export function useTask({ onError, onCancelled, onStart }: TaskCallbacks): TaskRunner {
  const [running, setRunning] = useState<RunningTask | null>(null);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(
    async <T>(
      label: UiKey,
      work: (control: TaskControl) => Promise<T>,
      options: TaskOptions = {},
    ): Promise<T | undefined> => {
      if (controller.current) {
        onError(new BusyError());
        return undefined;
      }
      const abort = new AbortController();
      controller.current = abort;
      const cancellable = options.cancellable ?? true;
      onStart(options);
      setRunning({ label, cancellable });
      const control: TaskControl = {
        signal: abort.signal,
        onProgress: (progress) => setRunning((task) => (task ? { ...task, progress: { ...progress } } : task)),
        step: (next) => setRunning((task) => (task ? { ...task, label: next, progress: undefined } : task)),
      };
      try {
        return await work(control);
      } catch (error) {
        if (isAbortError(error)) onCancelled();
        else onError(error);
        return undefined;
      } finally {
        controller.current = null;
        setRunning(null);
      }
    },
    [onError, onCancelled, onStart],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return useMemo(() => ({ running, run, cancel }), [running, run, cancel]);
}
