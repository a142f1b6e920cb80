import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useSession } from '../session';

/** A view's result, forgotten as soon as the workbook changes (after any apply or undo). */
export function useSheetResult<T>(): [T | null, (value: T | null) => void] {
  const { revision } = useSession();
  // The latest revision, for results set by a task that started before a write (a search after a merge).
  const current = useRef(revision);
  useLayoutEffect(() => {
    current.current = revision;
  }, [revision]);
  const [state, setState] = useState<{ revision: number; value: T } | null>(null);
  const set = useCallback(
    (value: T | null) => setState(value === null ? null : { revision: current.current, value }),
    [],
  );
  return [state && state.revision === revision ? state.value : null, set];
}
