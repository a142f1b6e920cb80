/**
 * Duplicates: findDuplicates' clusters with their reasons and confidence; the user picks the row
 * to keep and merges one group or every likely one (planMerge). Merges are undone from History
 * through the merge stage's own undo plans (planUndo), which the workbook keeps in its meta.
 */
import { useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DedupeResult } from '../../dedupe';
import { useT } from '../i18n';
import { useSession } from '../session';
import type { TaskControl } from '../tasks/use-task';
import { ClusterCard } from './ClusterCard';
import { mergeContext, planMerges, type MergeContext } from './merge-plans';
import { useSheetResult } from './use-sheet-result';

interface DuplicatesState {
  ctx: MergeContext;
  result: DedupeResult;
}

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
  const [masters, setMasters] = useState<Record<number, number>>({});
  const busy = task.running !== null;

  const find = async (control: TaskControl) => {
    const snapshot = await session.readSnapshot(control);
    control.step('task.deduping');
    const ctx = mergeContext(snapshot);
    const result = await core.run('findDuplicates', snapshot, { template: ctx.template, mapping: ctx.mapping }, control);
    setMasters({});
    setState({ ctx, result });
  };
  const run = () => task.run('task.reading', find);

  const merge = async (indices: number[], kept: Record<number, number> = masters) => {
    if (!state) return;
    const clusters = indices.map((i) => state.result.clusters[i]!);
    const chosen: Record<number, number> = {};
    indices.forEach((clusterIndex, k) => {
      if (kept[clusterIndex] !== undefined) chosen[k] = kept[clusterIndex]!;
    });
    const planned = planMerges(state.ctx, clusters, chosen);
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
    if (applied && planned.merges.length < state.result.clusters.length) await task.run('task.reading', find, { keepNotice: true });
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
          {clusters.length === 0 ? t('dupes.none') : t('dupes.summary', { clusters: clusters.length, rows: state.result.rows })}
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
          {clusters.map((cluster, index) => (
            <ClusterCard
              key={cluster.rows.join(',')}
              cluster={cluster}
              number={index + 1}
              ctx={state.ctx}
              master={masters[index]}
              disabled={busy}
              onMaster={(row) => {
                setMasters({ ...masters, [index]: row });
                session.selectCell(state.ctx.snapshot.name, row, 1);
              }}
              onMerge={(row) => void merge([index], { ...masters, [index]: row })}
            />
          ))}
        </div>
      )}
    </>
  );
}
