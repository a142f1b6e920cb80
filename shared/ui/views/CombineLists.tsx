/**
 * Combine and compare lists kept on several sheets of the workbook (the sidebar's `custodian combine`
 * and `compare`): the host lists the visible sheets, each ticked sheet is read by name, and the core
 * runner plans the result. Combine writes two new sheets (never over a sheet the workbook has);
 * compare writes a status column on list B, undone from History like every other change.
 */
import { useState } from 'react';
import { Button, Checkbox, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { COMBINE_WORDS } from '../../operations/combine-words';
import { invertPlan } from '../../plan/invert-plan';
import { isEmptyPlan } from '../../plan/plan';
import type { SheetSnapshot } from '../../sheet/snapshot';
import { useLocale, useT } from '../i18n';
import { useSession } from '../session';
import type { TaskControl } from '../tasks/use-task';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  sheets: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function CombineLists() {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const session = useSession();
  const { task, core, host } = session;
  const [names, setNames] = useState<string[] | null>(null);
  const [ticked, setTicked] = useState<string[]>([]);
  const [pair, setPair] = useState<{ a: string; b: string }>({ a: '', b: '' });
  const [message, setMessage] = useState<string | null>(null);
  const busy = task.running !== null;
  const count = COMBINE_WORDS[locale].count;

  const listSheets = async () => {
    const listed = await task.run('task.listingSheets', () => host.sheetNames());
    if (!listed) return;
    setNames(listed);
    setTicked((before) => before.filter((name) => listed.includes(name)));
    setPair((before) => ({
      a: listed.includes(before.a) ? before.a : (listed[0] ?? ''),
      b: listed.includes(before.b) ? before.b : (listed[1] ?? ''),
    }));
    setMessage(listed.length < 2 ? t('combine.oneSheet') : null);
  };

  /** Reads each sheet by name, in order: the first is sent to the core runner as its sheet. */
  const readSheets = async (control: TaskControl, sheets: readonly string[]): Promise<SheetSnapshot[]> => {
    const read: SheetSnapshot[] = [];
    for (const sheet of sheets) {
      control.step('task.reading');
      read.push(await host.readSnapshot({ sheet, signal: control.signal, onProgress: control.onProgress }));
    }
    return read;
  };

  const combine = async () => {
    // Tab order: the first list leads the combined headers' language and template.
    const sheets = (names ?? []).filter((name) => ticked.includes(name));
    const planned = await task.run('task.reading', async (control) => {
      const [first, ...others] = await readSheets(control, sheets);
      control.step('task.combining');
      return core.run('planCombineSheets', first!, { others, sheetNames: names ?? [], now: new Date() }, control);
    });
    if (!planned) return;
    const lists = count(planned.lists, 'list');
    const rows = count(planned.rows, 'row');
    const summary = planned.duplicatesSheet
      ? t('combine.doneDuplicates', {
          lists,
          rows,
          sheet: planned.sheet,
          groups: count(planned.groups, 'group'),
          across: count(planned.across, 'group'),
          duplicates: planned.duplicatesSheet,
        })
      : t('combine.doneNone', { lists, rows, sheet: planned.sheet });
    const applied = await session.apply(
      {
        kind: 'duplicates',
        title: { key: 'action.combine', params: { sheets: sheets.join(', ') } },
        plan: planned.plan,
        // Undo deletes the new sheets (refused when one changed since) and puts the column mapping back.
        undo: { kind: 'plan', plan: planned.undo },
      },
      { key: 'combine.done', params: { summary } },
    );
    if (!applied) return;
    setMessage(summary);
    setNames((before) => [
      ...(before ?? []),
      planned.sheet,
      ...(planned.duplicatesSheet ? [planned.duplicatesSheet] : []),
    ]);
    session.selectCell(planned.sheet, 1, 1);
  };

  const compare = async () => {
    const { a, b } = pair;
    const planned = await task.run('task.reading', async (control) => {
      const [listB, listA] = await readSheets(control, [b, a]);
      control.step('task.comparing');
      return core.run('planCompareSheets', listB!, { a: listA! }, control);
    });
    if (!planned) return;
    const { counts } = planned;
    const summary = t('combine.compared', {
      a,
      b,
      existing: count(counts.existing, 'customer'),
      possible: count(counts.possible, 'customer'),
      fresh: count(counts.new, 'customer'),
    });
    if (isEmptyPlan(planned.plan)) {
      // Compared before with the same outcome: the column already says it.
      setMessage(summary);
      return;
    }
    const applied = await session.apply(
      {
        kind: 'duplicates',
        title: { key: 'action.compare', params: { a, b } },
        plan: planned.plan,
        undo: { kind: 'plan', plan: invertPlan(planned.plan) },
      },
      { key: 'combine.done', params: { summary } },
    );
    if (!applied) return;
    setMessage(summary);
    session.selectCell(b, 1, planned.plan.edits[0]?.col ?? 1);
  };

  const toggle = (name: string, on: boolean) =>
    setTicked((before) => (on ? [...before, name] : before.filter((n) => n !== name)));
  const sheetSelect = (label: string, value: string, set: (name: string) => void) => (
    <Field label={label}>
      <Select value={value} disabled={busy} onChange={(_, data) => set(data.value)}>
        {(names ?? []).map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <section className={styles.root} aria-label={t('combine.title')}>
      <Text weight="semibold">{t('combine.title')}</Text>
      <Text>{t('combine.intro')}</Text>
      <div className={styles.buttons}>
        <Button size="small" disabled={busy} onClick={() => void listSheets()}>
          {t(names ? 'combine.reload' : 'combine.load')}
        </Button>
      </div>
      {names && names.length >= 2 && (
        <>
          <div className={styles.sheets} role="group" aria-label={t('combine.pick')}>
            <Text>{t('combine.pick')}</Text>
            {names.map((name) => (
              <Checkbox
                key={name}
                label={name}
                checked={ticked.includes(name)}
                disabled={busy}
                onChange={(_, data) => toggle(name, data.checked === true)}
              />
            ))}
          </div>
          <div className={styles.buttons}>
            <Button disabled={busy || ticked.length < 2} onClick={() => void combine()}>
              {t('combine.run')}
            </Button>
          </div>
          <Text weight="semibold">{t('combine.compareTitle')}</Text>
          {sheetSelect(t('combine.listA'), pair.a, (a) => setPair({ ...pair, a }))}
          {sheetSelect(t('combine.listB'), pair.b, (b) => setPair({ ...pair, b }))}
          <div className={styles.buttons}>
            <Button disabled={busy || !pair.a || !pair.b || pair.a === pair.b} onClick={() => void compare()}>
              {t('combine.compare')}
            </Button>
          </div>
        </>
      )}
      {message && <Text role="status">{message}</Text>}
    </section>
  );
}
