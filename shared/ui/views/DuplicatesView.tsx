/**
 * Duplicates: findDuplicates' clusters with their reasons and confidence; the user picks the row
 * to keep and merges one group or every likely one. Merge plans are worked out by the core runner
 * (the worker) on demand, for a group whose preview is opened or when Merge is clicked, never for
 * every card while rendering. Merges are undone from History through the merge stage's own undo
 * plans (planUndo), which the workbook keeps in its meta.
 */
import { useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DedupeResult } from '../../dedupe';
import type { MergeResult } from '../../merge';
import { useT } from '../i18n';
import { useSession } from '../session';
import type { TaskControl } from '../tasks/use-task';
import { ClusterCard } from './ClusterCard';
import { mergeContext, mergeSettings, type MergeContext } from './merge-context';
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
  const busy = task.running !== null;

  const find = async (control: TaskControl) => {
    const snapshot = await session.readSnapshot(control);
    control.step('task.deduping');
    const ctx = mergeContext(snapshot);
    const result = await core.run(
      'findDuplicates',
      snapshot,
      { template: ctx.template, mapping: ctx.mapping },
      control,
    );
    const survivors = await core.run(
      'suggestSurvivors',
      snapshot,
      { ...mergeSettings(ctx), clusters: result.clusters },
      control,
    );
    setPicked({});
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

  const clusters = state?.result.clusters ?? [];
  const likely = clusters.map((c, i) => (c.band === 'merge' ? i : -1)).filter((i) => i >= 0);

  return (
    <>
      <Text>{t('dupes.intro')}</Text>
      <div>
        <Button appearance={state ? 'secondary' : 'primary'} disabled={busy} onClick={() => void run()}>
          {t(state ? 'dupes.rerun' : 'dupes.run')}
        </Button>
      </div>
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
