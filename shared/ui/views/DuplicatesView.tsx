/**
 * Duplicates: findDuplicates' clusters with their reasons and confidence; the user picks the row
 * to keep and merges one group or every likely one, or says a group is not one customer (a mark saved
 * in the workbook that every later search honours). A group's also-review rows are merged with it only
 * when the user ticks them. The search settings choose key columns and exact
 * or fuzzy matching; the threshold only re-sorts the last search's groups into bands. Merge plans are worked out by the core runner
 * (the worker) on demand, for a group whose preview is opened or when Merge is clicked, never for
 * every card while rendering. Merges are undone from History through the merge stage's own undo
 * plans (planUndo), which the workbook keeps in its meta.
 */
import { headerBelowMessage, headerRowBelow } from '../../operations/customer-list';
import { useMemo, useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Cluster, DedupeResult } from '../../dedupe';
import { withAlsoReviewRows } from '../../dedupe/also-review';
import type { MergeResult } from '../../merge';
import type { CellValue } from '../../sheet/cell-value';
import { useLocale, useT } from '../i18n';
import { dupesSummary, mergedNotice } from './count-words';
import { useSession } from '../session';
import { breathe } from '../tasks/core-runner';
import type { TaskControl } from '../tasks/use-task';
import { ClusterCard } from './ClusterCard';
import { CombineLists } from './CombineLists';
import { DuplicateActions } from './DuplicateActions';
import { mergeContext, mergeSettings, type DifferingColumn, type MergeContext } from './merge-context';
import type { ColumnRule, ColumnRules } from './MergePreview';
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
import { VirtualList } from './VirtualList';

interface DuplicatesState {
  ctx: MergeContext;
  result: DedupeResult;
  /** Per cluster, the row the merge stage keeps unless the user picks another. */
  survivors: number[];
}

/** A group's merge preview and what it was planned for (another row, pick or rule plans again). */
interface Preview {
  key: string;
  result: MergeResult;
}

/** A value the user keeps in one column of one group: the row it comes from and the cell as typed. */
interface ValuePick {
  row: number;
  value: CellValue;
}

const NO_RULES: ColumnRules = { rules: {}, delimiters: {} };
/** A closed two-row card's height, px, until the list has measured it. */
const CARD_ESTIMATE = 230;
const CARD_GAP = 12;
const clusterKey = (cluster: Cluster) => cluster.rows.join(',');

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function DuplicatesView() {
  const t = useT();
  const uiLocale = useLocale();
  const styles = useStyles();
  const session = useSession();
  const { task, core } = session;
  const [state, setState] = useSheetResult<DuplicatesState>();
  const [picked, setPicked] = useState<Record<number, number>>({});
  const [open, setOpen] = useState<Record<number, boolean>>({});
  const [previews, setPreviews] = useState<Record<number, Preview>>({});
  const [picks, setPicks] = useState<Record<number, Record<string, ValuePick>>>({});
  /** Per cluster, the also-review rows the user ticked to merge with it. */
  const [included, setIncluded] = useState<Record<number, number[]>>({});
  const [rules, setRules] = useState<ColumnRules>(NO_RULES);
  const [settings, setSettings] = useState<SearchSettings>(DEFAULT_SEARCH);
  const [message, setMessage] = useState<string | null>(null);
  const busy = task.running !== null;

  /** `fresh`: a search the user asked for (column rules start again); else a look again after a change. */
  const find = async (control: TaskControl, fresh = true) => {
    const snapshot = await session.readSnapshot(control);
    control.step('task.deduping');
    await breathe();
    const ctx = mergeContext(snapshot);
    // Merging under a title would take the title for the header: the header is moved up first.
    const below = headerRowBelow(snapshot.values, ctx.template);
    if (below) {
      setState(null);
      setMessage(`${headerBelowMessage(uiLocale, snapshot.name, below)} ${t('dupes.liftFirst')}`);
      return;
    }
    await breathe(); // sending the sheet to the worker copies it: a task of its own
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
    // The result took a task to arrive; the rows alone go back (reasons are not needed to pick a row).
    await breathe();
    const survivors = await core.run(
      'suggestSurvivors',
      snapshot,
      { ...mergeSettings(ctx), clusters: result.clusters.map((c) => ({ rows: c.rows })) },
      control,
    );
    setPicked({});
    setMessage(null);
    setOpen({});
    setPreviews({});
    setPicks({});
    setIncluded({});
    if (fresh) setRules(NO_RULES);
    setState({ ctx, result, survivors });
  };
  const run = () => task.run('task.reading', find);

  const keptRow = (index: number, chosen: Record<number, number> = picked) =>
    chosen[index] ?? state?.survivors[index] ?? state!.result.clusters[index]!.rows[0]!;

  /** What a group's preview depends on: its row to keep, its picks, its ticked rows and the search's column rules. */
  const previewKey = (index: number, kept = picked, chosen = picks, columnRules = rules, ticked = included) =>
    JSON.stringify([
      keptRow(index, kept),
      Object.entries(chosen[index] ?? {}).map(([k, p]) => [k, p.row]),
      columnRules,
      ticked[index] ?? [],
    ]);

  /** The group as merged: its rows and the also-review rows ticked, explained by the reasons of both. */
  const toMerge = (index: number, ticked = included): Cluster =>
    withAlsoReviewRows(state!.result.clusters[index]!, ticked[index] ?? []);

  /**
   * Plans merging the clusters at `indices` in the core runner, keeping `kept[i]` for clusters[indices[i]],
   * with each group's picks and the search's column rules.
   */
  const plan = (
    control: TaskControl,
    indices: number[],
    kept: Record<number, number>,
    chosen = picks,
    columnRules = rules,
    backup = false,
    ticked = included,
  ) => {
    const ctx = state!.ctx;
    const survivorOf: Record<number, number> = {};
    const overrides: Record<number, Record<string, CellValue>> = {};
    indices.forEach((clusterIndex, k) => {
      survivorOf[k] = keptRow(clusterIndex, kept);
      const own = Object.entries(chosen[clusterIndex] ?? {});
      if (own.length > 0) overrides[k] = Object.fromEntries(own.map(([key, p]) => [key, p.value]));
    });
    const clusters = indices.map((i) => toMerge(i, ticked));
    return core.run(
      'planMerges',
      ctx.snapshot,
      {
        ...mergeSettings(ctx),
        clusters,
        survivors: survivorOf,
        overrides,
        rules: columnRules.rules,
        delimiters: columnRules.delimiters,
        now: new Date(),
        backup,
      },
      control,
    );
  };

  /** Plans the previews of the groups at `indices` in one run and shows each its own part. */
  const preview = async (indices: number[], kept = picked, chosen = picks, columnRules = rules, ticked = included) => {
    const result = await task.run('task.planningMerge', (control) =>
      plan(control, indices, kept, chosen, columnRules, false, ticked),
    );
    if (!result) return;
    setPreviews((p) => {
      const next = { ...p };
      indices.forEach((index, k) => {
        next[index] = {
          key: previewKey(index, kept, chosen, columnRules, ticked),
          result: {
            ...result,
            merges: result.merges.filter((m) => m.clusterIndex === k),
            problems: result.problems.filter((q) => q.clusterIndex === k),
          },
        };
      });
      return next;
    });
  };

  const toggle = (index: number) => {
    const opening = !open[index];
    setOpen({ ...open, [index]: opening });
    if (opening && previews[index]?.key !== previewKey(index)) void preview([index]);
  };

  const choose = (index: number, row: number) => {
    const next = { ...picked, [index]: row };
    setPicked(next);
    session.selectCell(state!.ctx.snapshot.name, row, 1);
    if (open[index] && previews[index]?.key !== previewKey(index, next)) void preview([index], next);
  };

  /** The user keeps `row`'s value of `column` in this group (undefined: the rule decides again). */
  const pickValue = (index: number, column: DifferingColumn, row: number | undefined) => {
    const own = { ...picks[index] };
    const candidate = column.candidates.find((c) => c.row === row);
    if (candidate) own[column.key] = { row: candidate.row, value: candidate.value };
    else delete own[column.key];
    const next = { ...picks, [index]: own };
    setPicks(next);
    void preview([index], picked, next);
  };

  /** The user ticks (or unticks) an also-review row to merge with its group. */
  const include = (index: number, row: number, on: boolean) => {
    const own = (included[index] ?? []).filter((r) => r !== row);
    const next = { ...included, [index]: on ? [...own, row] : own };
    setIncluded(next);
    if (open[index]) void preview([index], picked, picks, rules, next);
  };

  /** A column's rule for every group of this search; the open previews plan again. */
  const setRule = (key: string, rule: ColumnRule | undefined, delimiter?: string) => {
    const next: ColumnRules = { rules: { ...rules.rules }, delimiters: { ...rules.delimiters } };
    if (rule) next.rules[key] = rule;
    else delete next.rules[key];
    // An empty delimiter would join values into one word: the default stays.
    if (rule === 'combine' && delimiter) next.delimiters[key] = delimiter;
    else if (rule !== 'combine') delete next.delimiters[key];
    setRules(next);
    const opened = Object.keys(open)
      .map(Number)
      .filter((i) => open[i]);
    if (opened.length > 0) void preview(opened, picked, picks, next);
  };

  const merge = async (indices: number[], kept: Record<number, number> = picked) => {
    if (!state) return;
    const planned = await task.run('task.planningMerge', (control) => plan(control, indices, kept, picks, rules, true));
    if (!planned) return;
    if (planned.merges.length === 0) {
      // Nothing could be merged: show each group's problems where the user chose it.
      const shown = { ...open };
      const found = { ...previews };
      indices.forEach((index, k) => {
        shown[index] = true;
        found[index] = {
          key: previewKey(index, kept),
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
        ? mergedNotice(single, uiLocale)
        : { key: 'dupes.mergedAll', params: { groups: planned.merges.length, count: rows } },
    );
    // Row numbers moved: look again so the remaining groups are right.
    if (applied && planned.merges.length < state.result.clusters.length)
      await task.run('task.reading', (control) => find(control, false), { keepNotice: true });
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
    if (applied) await task.run('task.reading', (control) => find(control, false), { keepNotice: true });
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
  // Status column, copy, move and delete; after a change the search runs again (rows moved).
  const actionProps = state && {
    ctx: state.ctx,
    clusters,
    kept: (index: number) => keptRow(index),
    disabled: busy,
    onApplied: () => task.run('task.reading', (control) => find(control, false), { keepNotice: true }),
  };

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
          {clusters.length === 0 ? t('dupes.none') : dupesSummary(t, clusters.length, state.result.rows)}
        </Text>
      )}
      {state && likely.length > 1 && (
        <div className={styles.bar}>
          <Button disabled={busy} onClick={() => void merge(likely)}>
            {t('dupes.mergeAll', { count: likely.length })}
          </Button>
        </div>
      )}
      {actionProps && likely.length > 0 && <DuplicateActions {...actionProps} indices={likely} layout="bar" />}
      {state && clusters.length > 0 && (
        // Only the cards in view are drawn: ten thousand groups cost what a screenful does.
        <VirtualList
          items={clusters}
          itemKey={clusterKey}
          estimate={CARD_ESTIMATE}
          gap={CARD_GAP}
          aria-label={t('dupes.groups')}
          data-testid="cluster-list"
          renderItem={(cluster, index) => {
            const kept = keptRow(index);
            const shown = previews[index];
            return (
              <ClusterCard
                cluster={cluster}
                number={index + 1}
                ctx={state.ctx}
                kept={kept}
                open={open[index] === true}
                preview={shown && shown.key === previewKey(index) ? shown.result : undefined}
                picks={Object.fromEntries(Object.entries(picks[index] ?? {}).map(([k, p]) => [k, p.row]))}
                rules={rules}
                disabled={busy}
                onSurvivor={(row) => choose(index, row)}
                onPick={(column, row) => pickValue(index, column, row)}
                onRule={setRule}
                onToggle={() => toggle(index)}
                onMerge={() => void merge([index])}
                onNotSame={() => void notSame(index)}
                included={included[index]}
                onInclude={(row, on) => include(index, row, on)}
                actions={actionProps && <DuplicateActions {...actionProps} indices={[index]} layout="menu" />}
              />
            );
          }}
        />
      )}
      <CombineLists />
    </>
  );
}
