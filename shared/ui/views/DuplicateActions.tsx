/**
 * What to do with duplicate groups besides merging them: a status column, copy or move to a new
 * sheet, delete all but the row each group keeps, highlight the groups' rows with a fill or remove
 * it. The plan is worked out by the core runner (the worker), applied like every other change, and
 * undone from History (the workbook records it).
 * `bar`: buttons for every likely group; `menu`: one group's menu on its card.
 */
import { useState } from 'react';
import {
  Button,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Cluster } from '../../dedupe';
import { summariseAction, type DuplicateAction } from '../../operations/duplicate-actions';
import { invertPlan } from '../../plan/invert-plan';
import { isEmptyPlan } from '../../plan/plan';
import { useLocale, useT, type UiKey } from '../i18n';
import { useSession } from '../session';
import { mergeSettings, type MergeContext } from './merge-context';

export interface DuplicateActionsProps {
  ctx: MergeContext;
  /** Every group as listed: group n is clusters[n - 1]. */
  clusters: readonly Cluster[];
  /** The groups acted on (indices into `clusters`). */
  indices: readonly number[];
  /** The row group `index` keeps: the user's pick, else the merge stage's. */
  kept(index: number): number;
  layout: 'bar' | 'menu';
  disabled: boolean;
  /** After a change to the sheet: look for duplicates again (rows moved, a column was added). */
  onApplied(): Promise<unknown>;
}

const BAR_ACTIONS: readonly DuplicateAction[] = ['status', 'copy', 'move', 'delete', 'highlight', 'unhighlight'];
/** Highlights need the host's highlights (Excel 2019 has no RangeAreas): offered only where they can be painted. */
const HIGHLIGHTS: ReadonlySet<DuplicateAction> = new Set(['highlight', 'unhighlight']);
/** Actions after which the groups are looked for again: rows went or a column came. */
const SEARCH_AGAIN: ReadonlySet<DuplicateAction> = new Set(['status', 'move', 'delete']);
/** Actions that write the groups' rows to a new sheet. */
const NEW_SHEET: ReadonlySet<DuplicateAction> = new Set(['copy', 'move']);
/** A status column is about every group at once; a single group's menu leaves it out. */
const GROUP_ACTIONS: readonly DuplicateAction[] = ['copy', 'move', 'delete'];

const LABEL: Record<DuplicateAction, UiKey> = {
  status: 'dupes.action.status',
  copy: 'dupes.action.copy',
  move: 'dupes.action.move',
  delete: 'dupes.action.delete',
  highlight: 'dupes.action.highlight',
  unhighlight: 'dupes.action.unhighlight',
};
const TITLE: Record<DuplicateAction, UiKey> = {
  status: 'action.dupes.status',
  copy: 'action.dupes.copy',
  move: 'action.dupes.move',
  delete: 'action.dupes.delete',
  highlight: 'action.dupes.highlight',
  unhighlight: 'action.dupes.unhighlight',
};

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function DuplicateActions({ ctx, clusters, indices, kept, layout, disabled, onApplied }: DuplicateActionsProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const session = useSession();
  const { task, core } = session;
  const caps = session.host.capabilities;
  const canHighlight = caps.highlights ?? caps.conditionalFormats;
  const barActions = BAR_ACTIONS.filter((action) => canHighlight || !HIGHLIGHTS.has(action));
  const [message, setMessage] = useState<string | null>(null);

  const act = async (action: DuplicateAction) => {
    const survivors: Record<number, number> = {};
    for (const index of indices) survivors[index] = kept(index);
    // A new sheet gets a plain free name (重复客户, 重复客户 (2)) from the workbook's sheets.
    const sheetNames = NEW_SHEET.has(action) ? await session.host.sheetNames() : undefined;
    const planned = await task.run('task.planningDuplicates', (control) =>
      core.run(
        'planDuplicateAction',
        ctx.snapshot,
        { ...mergeSettings(ctx), action, clusters, only: indices, survivors, now: new Date(), sheetNames },
        control,
      ),
    );
    if (!planned) return;
    // Removing the highlight acts on no group: it takes away whatever Custodian painted.
    if (planned.groups === 0 && action !== 'unhighlight') {
      setMessage(t('dupes.actionNothing', { problems: planned.problems.map((p) => p.message).join('; ') }));
      return;
    }
    const summary = summariseAction(locale, planned);
    if (isEmptyPlan(planned.plan)) {
      // A status column already up to date: nothing to write, nothing for History to undo.
      setMessage(summary);
      return;
    }
    setMessage(null);
    const applied = await session.apply(
      {
        kind: 'duplicates',
        title: { key: TITLE[action] },
        plan: planned.plan,
        undo: { kind: 'plan', plan: invertPlan(planned.plan) },
      },
      // The summary in the sidebar's language, counted right ("1 group", "2 groups").
      { key: 'dupes.actionDone', params: { summary } },
    );
    if (applied && SEARCH_AGAIN.has(action)) await onApplied();
  };

  const alert = message && <Text role="status">{message}</Text>;
  if (layout === 'menu') {
    return (
      <>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton size="small" appearance="subtle" disabled={disabled}>
              {t('dupes.moreActions')}
            </MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {GROUP_ACTIONS.map((action) => (
                <MenuItem key={action} onClick={() => void act(action)}>
                  {t(LABEL[action])}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
        {alert}
      </>
    );
  }
  return (
    <div className={styles.bar} role="group" aria-label={t('dupes.actionsFor')}>
      <Text>{t('dupes.actionsFor')}</Text>
      <div className={styles.buttons}>
        {barActions.map((action) => (
          <Button key={action} size="small" disabled={disabled} onClick={() => void act(action)}>
            {t(LABEL[action])}
          </Button>
        ))}
      </div>
      {alert}
    </div>
  );
}
