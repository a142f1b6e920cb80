/**
 * A list in its own scroll area that renders only the items in view (and a margin either side):
 * ten thousand duplicate groups cost what a screenful does. Items may differ in height; each is
 * measured once drawn, and one not drawn yet counts as the mean of those measured (`estimate` before any).
 */
import { useCallback, useMemo, useRef, useState, type ReactNode, type UIEvent } from 'react';
import { makeStyles } from '@fluentui/react-components';

export interface VirtualListProps<T> {
  items: readonly T[];
  /** Stable per item (a measured height follows its item when the list is re-sorted). */
  itemKey(item: T, index: number): string;
  renderItem(item: T, index: number): ReactNode;
  /** Height in px assumed for an item not drawn yet. */
  estimate: number;
  /** Space between items, px. */
  gap?: number;
  /** Px drawn above and below the visible part, so a quick scroll does not show blank space. */
  margin?: number;
  /** Height of the scroll area: the list's own, so the rest of the view stays in place. */
  maxHeight?: string;
  'aria-label'?: string;
  'data-testid'?: string;
}

/** Where a list is not laid out (tests in jsdom) it draws as if this tall. */
const UNLAID_HEIGHT = 800;

const useStyles = makeStyles({
  scroller: { overflowY: 'auto', overflowX: 'hidden', position: 'relative', overscrollBehavior: 'contain' },
});

/** The first index whose item ends below `y` (offsets[i] is where item i starts; offsets[n] the total). */
function indexAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

export function VirtualList<T>({
  items,
  itemKey,
  renderItem,
  estimate,
  gap = 0,
  margin = 600,
  maxHeight = '70vh',
  ...rest
}: VirtualListProps<T>) {
  const styles = useStyles();
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [view, setView] = useState({ top: 0, height: 0 });
  const observer = useRef<ResizeObserver | null>(null);

  /**
   * One observer for the scroll area (its height) and every drawn item (an opened preview grows its
   * card): it reports each once when observed, then on every change. Absent where nothing is laid out (jsdom).
   */
  const observed = useCallback((el: HTMLElement | null) => {
    if (!el || typeof ResizeObserver === 'undefined') return;
    observer.current ??= new ResizeObserver((entries) => {
      const sizes: Array<[string, number]> = [];
      for (const entry of entries) {
        const target = entry.target as HTMLElement;
        const key = target.dataset.key;
        const height = target.getBoundingClientRect().height;
        if (key === undefined) setView({ top: target.scrollTop, height: target.clientHeight });
        // 0: not laid out (a hidden tab); the estimate stays rather than drawing everything.
        else if (height > 0) sizes.push([key, height]);
      }
      if (sizes.length > 0)
        setHeights((old) => {
          if (sizes.every(([key, height]) => old.get(key) === height)) return old;
          const next = new Map(old);
          for (const [key, height] of sizes) next.set(key, height);
          return next;
        });
    });
    const current = observer.current;
    current.observe(el);
    return () => current.unobserve(el);
  }, []);

  const keys = useMemo(() => items.map(itemKey), [items, itemKey]);
  const offsets = useMemo(() => {
    // A measured height includes the gap below the item (its wrapper's padding). Items not drawn yet
    // count as the mean of those measured, so the end of the list stays where a scroll to it lands.
    let sum = 0;
    for (const h of heights.values()) sum += h;
    const guess = heights.size > 0 ? sum / heights.size : estimate + gap;
    const result = new Float64Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++) result[i + 1] = result[i]! + (heights.get(keys[i]!) ?? guess);
    return result;
  }, [keys, heights, estimate, gap]);

  const height = view.height || UNLAID_HEIGHT;
  const start = keys.length === 0 ? 0 : indexAt(offsets, Math.max(0, view.top - margin));
  const end = keys.length === 0 ? 0 : Math.min(keys.length, indexAt(offsets, view.top + height + margin) + 1);

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const el = event.currentTarget;
    setView({ top: el.scrollTop, height: el.clientHeight });
  };

  const drawn: ReactNode[] = [];
  for (let i = start; i < end; i++) {
    drawn.push(
      <div key={keys[i]} data-key={keys[i]} ref={observed} style={{ paddingBottom: gap }}>
        {renderItem(items[i]!, i)}
      </div>,
    );
  }
  return (
    <div
      ref={observed}
      className={styles.scroller}
      style={{ maxHeight }}
      onScroll={onScroll}
      tabIndex={0}
      role="region"
      {...rest}
    >
      <div style={{ height: offsets[keys.length], position: 'relative' }}>
        <div style={{ position: 'absolute', top: offsets[start], left: 0, right: 0 }}>{drawn}</div>
      </div>
    </div>
  );
}
