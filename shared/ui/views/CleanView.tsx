/** Clean: previews every change planClean would make (old → new); the user applies all or some. */
import { useMemo, useState } from 'react';
import { Button, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CleanResult } from '../../operations/clean';
import type { CellEdit } from '../../plan/plan';
import { invertPlan } from '../../plan/invert-plan';
import { cellText } from '../../sheet/cell-value';
import { useLocale, useT } from '../i18n';
import { useSession } from '../session';
import { ChangeGroup } from './ChangeGroup';
import { useSheetResult } from './use-sheet-result';
import { withLinkedEdits } from './linked-edits';

interface CleanState {
  result: CleanResult;
  headers: string[];
}

const useStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

export function CleanView() {
  const t = useT();
  const styles = useStyles();
  const session = useSession();
  const locale = useLocale();
  const { task, core } = session;
  const [state, setState] = useSheetResult<CleanState>();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const busy = task.running !== null;

  const run = () =>
    task.run('task.reading', async (control) => {
      const snapshot = await session.readSnapshot(control);
      control.step('task.cleaning');
      const result = await core.run('planClean', snapshot, {}, control);
      setSelected(new Set(result.plan.edits.map((_, index) => index)));
      setState({ result, headers: (snapshot.values[0] ?? []).map((v) => cellText(v)) });
    });

  const edits = useMemo(() => state?.result.plan.edits ?? [], [state]);
  const byColumn = useMemo(() => {
    const groups = new Map<number, Array<[number, CellEdit]>>();
    edits.forEach((edit, index) => {
      const list = groups.get(edit.col) ?? [];
      list.push([index, edit]);
      groups.set(edit.col, list);
    });
    return [...groups.entries()].sort(([a], [b]) => a - b);
  }, [edits]);

  // A renumbered ID's row -> the row that keeps the ID.
  const duplicateOf = useMemo(
    () => new Map((state?.result.summary.renumbered ?? []).map((r) => [r.row, r.firstRow])),
    [state],
  );
  const note = (edit: CellEdit) => {
    const row = edit.reason === 'id.duplicate' ? duplicateOf.get(edit.row) : undefined;
    return row === undefined ? undefined : t('clean.duplicateOf', { row });
  };

  const toggle = (indices: number[], on: boolean) => {
    const next = new Set(selected);
    // A moved note's changes go together (linked-edits.ts).
    for (const index of withLinkedEdits(edits, indices, on)) {
      if (on) next.add(index);
      else next.delete(index);
    }
    setSelected(next);
  };

  const apply = async () => {
    if (!state) return;
    const chosen = state.result.plan.edits.filter((_, index) => selected.has(index));
    const plan = { ...state.result.plan, edits: chosen };
    await session.apply(
      {
        kind: 'clean',
        title: { key: 'action.clean', params: { count: chosen.length } },
        plan,
        undo: { kind: 'plan', plan: invertPlan(plan) },
      },
      { key: 'clean.applied', params: { count: chosen.length } },
    );
  };

  const count = selected.size;
  return (
    <>
      <Text>{t('clean.intro')}</Text>
      <div>
        <Button appearance={state ? 'secondary' : 'primary'} disabled={busy} onClick={() => void run()}>
          {t(state ? 'clean.rerun' : 'clean.run')}
        </Button>
      </div>
      {state && edits.length === 0 && <Text role="status">{t('clean.none')}</Text>}
      {state && edits.length > 0 && (
        <>
          <div className={styles.bar}>
            <Checkbox
              checked={count === edits.length ? true : count === 0 ? false : 'mixed'}
              disabled={busy}
              label={t('clean.selectAll')}
              onChange={(_, data) =>
                toggle(
                  edits.map((_, index) => index),
                  data.checked === true,
                )
              }
            />
            <Text role="status">{t('clean.summary', { selected: count, total: edits.length })}</Text>
          </div>
          {state.result.summary.newIds && (
            <Text>
              {t(state.result.summary.newIds.own ? 'clean.newIdsOwn' : 'clean.newIdsTemplate', {
                first: state.result.summary.newIds.first,
              })}
            </Text>
          )}
          {state.result.summary.backup.written === false && state.result.summary.backup.why === 'tooLarge' && (
            <Text>
              {t('clean.noBackup', {
                cells: state.result.summary.backup.cells.toLocaleString(locale),
                limit: state.result.summary.backup.limit.toLocaleString(locale),
              })}
            </Text>
          )}
          <div className={styles.groups}>
            {byColumn.map(([col, list]) => (
              <ChangeGroup
                key={col}
                col={col}
                header={state.headers[col - 1] ?? ''}
                edits={list}
                selected={selected}
                disabled={busy}
                onToggle={toggle}
                note={note}
              />
            ))}
          </div>
          <div>
            <Button appearance="primary" disabled={busy || count === 0} onClick={() => void apply()}>
              {t('clean.apply', { count })}
            </Button>
          </div>
        </>
      )}
    </>
  );
}
