import { useCallback, useRef, useState } from 'react';
import { useSession } from '../session';

/** A view's result, forgotten as soon as the workbook changes (after any apply or undo). */
export function useSheetResult<T>(): [T | null, (value: T | null) => void] {
  const { revision } = useSession();
  const current = useRef(revision);
  current.current = revision;
  const [state, setState] = useState<{ revision: number; value: T } | null>(null);
  const set = useCallback((value: T | null) => setState(value === null ? null : { revision: current.current, value }), []);
  return [state && state.revision === revision ? state.value : null, set];
}
