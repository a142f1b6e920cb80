/**
 * Duplicates: findDuplicates' clusters with their reasons and confidence; the user picks the row
 * to keep and merges one group or every likely one, or says a group is not one customer (a mark saved
 * in the workbook that every later search honours). The search settings choose key columns and exact
 * or fuzzy matching; the threshold only re-sorts the last search's groups into bands. Merge plans are worked out by the core runner
 * (the worker) on demand, for a group whose preview is opened or when Merge is clicked, never for
 * every card while rendering. Merges are undone from History through the merge stage's own undo
 * plans (planUndo), which the workbook keeps in its meta.
 */
import { useMemo, useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DedupeResult } from '../../dedupe';
import type { MergeResult } from '../../merge';
import { useT } from '../i18n';
import { useSession } from '../session';
import type { TaskControl } from '../tasks/use-task';
import { ClusterCard } from './ClusterCard';
import { mergeContext, mergeSettings, type MergeContext } from './merge-context';
import { SearchSettingsPanel } from './SearchSettingsPanel';
import {
  DEFAULT_SEARCH,
  bandClusters,
  bandCounts,
  keyColumns,
  searchColumns,
  type SearchSettings,
} from './search-settings';
import { useSheetResult } from './use-sheet-result';

interface DuplicatesState {
  ctx: MergeContext;
  result: DedupeResult;
  /** Per cluster, the row the merge stage keeps unless the user picks another. */
  survivors: number[];
}

/** A group's merge preview and the row it was planned for (a new choice of row plans again). */
interface Preview {
  survivor: number;
  result: MergeResult;
}

/** Cards drawn at a time: a big sheet can have thousands of groups. */
const PAGE = 25;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function DuplicatesView() {
  const t = useT();
  const styles = useStyles();
  const session = useSession();
  const { task, core } = session;
  const [state, setState] = useSheetResult<DuplicatesState>();
  const [picked, setPicked] = useState<Record<number, number>>({});
  const [open, setOpen] = useState<Record<number, boolean>>({});
  const [previews, setPreviews] = useState<Record<number, Preview>>({});
  const [limit, setLimit] = useState(PAGE);
  const [settings, setSettings] = useState<SearchSettings>(DEFAULT_SEARCH);
  const [message, setMessage] = useState<string | null>(null);
  const busy = task.running !== null;

  const find = async (control: TaskControl) => {
    const snapshot = await session.readSnapshot(control);
    control.step('task.deduping');
    const ctx = mergeContext(snapshot);
    const columns = searchColumns(settings, ctx.mapping);
    if (settings.mode === 'exact' && columns?.length === 0) {
      // No identity column to default to: the user picks keys from the list a fuzzy search shows.
      setMessage(t('dupes.keysNeeded'));
      return;
    }
    const result =
      settings.mode === 'exact'
        ? await core.run(
            'findExactDuplicates',
            snapshot,
            { template: ctx.template, mapping: ctx.mapping, columns: columns ?? [] },
            control,
          )
        : await core.run(
            'findDuplicates',
            snapshot,
            { template: ctx.template, mapping: ctx.mapping, ...(columns ? { columns } : {}) },
            control,
          );
    const survivors = await core.run(
      'suggestSurvivors',
      snapshot,
      { ...mergeSettings(ctx), clusters: result.clusters },
      control,
    );
    setPicked({});
    setMessage(null);
    setOpen({});
    setPreviews({});
    setLimit(PAGE);
    setState({ ctx, result, survivors });
  };
  const run = () => task.run('task.reading', find);

  const keptRow = (index: number, chosen: Record<number, number> = picked) =>
    chosen[index] ?? state?.survivors[index] ?? state!.result.clusters[index]!.rows[0]!;

  /** Plans merging the clusters at `indices`, keeping `kept[i]` for clusters[indices[i]], in the core runner. */
  const plan = (control: TaskControl, indices: number[], kept: Record<number, number>) => {
    const ctx = state!.ctx;
    const survivorOf: Record<number, number> = {};
    indices.forEach((clusterIndex, k) => (survivorOf[k] = keptRow(clusterIndex, kept)));
    const clusters = indices.map((i) => state!.result.clusters[i]!);
    return core.run(
      'planMerges',
      ctx.snapshot,
      { ...mergeSettings(ctx), clusters, survivors: survivorOf, now: new Date() },
      control,
    );
  };

  const preview = async (index: number, kept: Record<number, number> = picked) => {
    const survivor = keptRow(index, kept);
    const result = await task.run('task.planningMerge', (control) => plan(control, [index], kept));
    if (result) setPreviews((p) => ({ ...p, [index]: { survivor, result } }));
  };

  const toggle = (index: number) => {
    const opening = !open[index];
    setOpen({ ...open, [index]: opening });
    if (opening && previews[index]?.survivor !== keptRow(index)) void preview(index);
  };

  const choose = (index: number, row: number) => {
    const next = { ...picked, [index]: row };
    setPicked(next);
    session.selectCell(state!.ctx.snapshot.name, row, 1);
    if (open[index] && previews[index]?.survivor !== row) void preview(index, next);
  };

  const merge = async (indices: number[], kept: Record<number, number> = picked) => {
    if (!state) return;
    const planned = await task.run('task.planningMerge', (control) => plan(control, indices, kept));
    if (!planned) return;
    if (planned.merges.length === 0) {
      // Nothing could be merged: show each group's problems where the user chose it.
      const shown = { ...open };
      const found = { ...previews };
      indices.forEach((index, k) => {
        shown[index] = true;
        found[index] = {
          survivor: keptRow(index, kept),
          result: { ...planned, problems: planned.problems.filter((p) => p.clusterIndex === k) },
        };
      });
      setOpen(shown);
      setPreviews(found);
      return;
    }
    const rows = planned.merges.reduce((n, m) => n + m.mergedRows.length + 1, 0);
    const single = planned.merges.length === 1 ? planned.merges[0] : undefined;
    const applied = await session.apply(
      {
        kind: 'merge',
        title: single
          ? { key: 'action.merge', params: { rows: single.mergedRows.join(', '), row: single.survivorRow } }
          : { key: 'action.mergeAll', params: { groups: planned.merges.length } },
        plan: planned.plan,
        undo: { kind: 'merges', mergeIds: planned.merges.map((m) => m.mergeId) },
      },
      single
        ? { key: 'dupes.merged', params: { count: rows, row: single.survivorRow } }
        : { key: 'dupes.mergedAll', params: { groups: planned.merges.length, count: rows } },
    );
    // Row numbers moved: look again so the remaining groups are right.
    if (applied && planned.merges.length < state.result.clusters.length)
      await task.run('task.reading', find, { keepNotice: true });
  };

  /** Says the group's rows are different customers: the mark is saved, then the search runs again without the group. */
  const notSame = async (index: number) => {
    if (!state) return;
    const rows = state.result.clusters[index]!.rows;
    const list = rows.join(', ');
    const planned = await task.run('task.planningMark', (control) =>
      core.run('planNotSame', state.ctx.snapshot, { ...mergeSettings(state.ctx), rows }, control),
    );
    if (!planned) return;
    if (!planned.marked) {
      setMessage(t('dupes.cannotMark', { rows: list }));
      return;
    }
    const applied = await session.apply(
      {
        kind: 'review',
        title: { key: 'action.notSame', params: { rows: list } },
        plan: planned.plan,
        undo: { kind: 'plan', plan: planned.undo },
      },
      { key: 'dupes.markedNotSame', params: { rows: list } },
    );
    if (applied) await task.run('task.reading', find, { keepNotice: true });
  };

  // Bands follow the slider over the last search's confidences: no new search.
  const clusters = useMemo(
    () => bandClusters(state?.result.clusters ?? [], settings.threshold),
    [state, settings.threshold],
  );
  const counts = useMemo(() => bandCounts(clusters), [clusters]);
  const exactWithoutKeys =
    settings.mode === 'exact' && state !== null && keyColumns(settings, state.ctx.mapping).length === 0;
  const likely = clusters.map((c, i) => (c.band === 'merge' ? i : -1)).filter((i) => i >= 0);

  return (
    <>
      <Text>{t('dupes.intro')}</Text>
      <SearchSettingsPanel
        settings={settings}
        mapping={state?.ctx.mapping}
        counts={clusters.length > 0 ? counts : undefined}
        disabled={busy}
        onChange={setSettings}
      />
      <div>
        <Button
          appearance={state ? 'secondary' : 'primary'}
          disabled={busy || exactWithoutKeys}
          onClick={() => void run()}
        >
          {t(state ? 'dupes.rerun' : 'dupes.run')}
        </Button>
      </div>
      {message && <Text role="alert">{message}</Text>}
      {state && (
        <Text weight="semibold" role="status">
          {clusters.length === 0
            ? t('dupes.none')
            : t('dupes.summary', { clusters: clusters.length, rows: state.result.rows })}
        </Text>
      )}
      {state && likely.length > 1 && (
        <div className={styles.bar}>
          <Button disabled={busy} onClick={() => void merge(likely)}>
            {t('dupes.mergeAll', { count: likely.length })}
          </Button>
        </div>
      )}
      {state && clusters.length > 0 && (
        <div className={styles.list}>
          {clusters.slice(0, limit).map((cluster, index) => {
            const kept = keptRow(index);
            const shown = previews[index];
            return (
              <ClusterCard
                key={cluster.rows.join(',')}
                cluster={cluster}
                number={index + 1}
                ctx={state.ctx}
                kept={kept}
                open={open[index] === true}
                preview={shown && shown.survivor === kept ? shown.result : undefined}
                disabled={busy}
                onSurvivor={(row) => choose(index, row)}
                onToggle={() => toggle(index)}
                onMerge={() => void merge([index])}
                onNotSame={() => void notSame(index)}
              />
            );
          })}
          {clusters.length > limit && (
            <div>
              <Button appearance="transparent" onClick={() => setLimit(limit + PAGE)}>
                {t('dupes.more', { count: Math.min(PAGE, clusters.length - limit) })}
              </Button>
            </div>
          )}
        </div>
      )}
    </>
  );
}
