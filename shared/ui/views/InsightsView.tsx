/**
 * Insights: segments, data quality and its trend, and the customers who need attention, computed
 * in the worker. The stale review and the customer-type suggestion plan their changes, preview
 * them, and apply them as history entries (undoable, like Clean); nothing is written before Apply.
 */
import { useState } from 'react';
import { Button, Checkbox, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { LifecycleResult, LifecycleSettings } from '../../insights/lifecycle-suggestion';
import { DEFAULT_LIFECYCLE } from '../../insights/lifecycle-suggestion';
import type { ReviewAction } from '../../insights/review-plan';
import type { Plan } from '../../plan/plan';
import { invertPlan } from '../../plan/invert-plan';
import { readBelowTitleNote } from '../../operations/read-below-title';
import type { Params, UiKey } from '../i18n';
import { useLocale, useT } from '../i18n';
import { useSession } from '../session';
import type { SidebarInsights } from '../tasks/insights-ops';
import { CustomerList } from './insights/CustomerList';
import { addDays, formatters, localToday } from './insights/format';
import { PlanPreview } from './insights/PlanPreview';
import { QualitySection } from './insights/QualitySection';
import { ReviewActions } from './insights/ReviewActions';
import { SegmentSection } from './insights/SegmentSection';
import { TwoReadingsNote } from './insights/TwoReadingsNote';
import { useSheetResult } from './use-sheet-result';

interface Preview {
  source: 'review' | 'lifecycle';
  plan: Plan;
  title: { key: UiKey; params: Params };
  summary?: string;
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  settings: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
  number: { width: '8em' },
});

export function InsightsView() {
  const t = useT();
  const locale = useLocale();
  const fmt = formatters(locale);
  const styles = useStyles();
  const session = useSession();
  const { task, core } = session;
  const [state, setState] = useSheetResult<SidebarInsights>();
  // Blank until the first run: the workbook's template says (180 unless set up otherwise).
  const [staleDays, setStaleDays] = useState('');
  const [lifecycle, setLifecycle] = useState({
    repeatPurchases: String(DEFAULT_LIFECYCLE.repeatPurchases),
    churnDays: String(DEFAULT_LIFECYCLE.churnDays),
  });
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [preview, setPreview] = useState<Preview | null>(null);
  const [unavailable, setUnavailable] = useState<LifecycleResult['unavailable']>(null);
  const busy = task.running !== null;

  /** `keepNotice`: a refresh right after Apply keeps its "Done" notice. */
  const run = (keepNotice = false) =>
    task.run(
      'task.reading',
      async (control) => {
        const snapshot = await session.readSnapshot(control);
        control.step('task.insights');
        const days = positive(staleDays);
        const result = await core.run(
          'insights',
          snapshot,
          { now: localToday(), ...(days ? { staleDays: days } : {}) },
          control,
        );
        setSelected(new Set());
        setPreview(null);
        setState(result);
        if (!days) setStaleDays(String(result.report.stale.days));
      },
      { keepNotice },
    );

  const review = (action: ReviewAction, describe: { key: UiKey; value?: string }) =>
    task.run('task.reading', async (control) => {
      const snapshot = await session.readSnapshot(control);
      control.step('task.planningChanges');
      const rows = [...selected];
      // The day written is the user's own; the log keeps the moment it was done.
      const { plan } = await core.run(
        'planReview',
        snapshot,
        { rows, action, now: localToday(), at: new Date() },
        control,
      );
      setPreview({
        source: 'review',
        plan,
        title: { key: describe.key, params: { count: rows.length, value: describe.value ?? '' } },
      });
    });

  const suggest = () =>
    task.run('task.reading', async (control) => {
      const snapshot = await session.readSnapshot(control);
      control.step('task.planningChanges');
      const settings: Partial<LifecycleSettings> = {};
      const repeat = positive(lifecycle.repeatPurchases);
      const churn = positive(lifecycle.churnDays);
      if (repeat) settings.repeatPurchases = repeat;
      if (churn) settings.churnDays = churn;
      const result: LifecycleResult = await core.run(
        'planLifecycle',
        snapshot,
        { settings, now: localToday() },
        control,
      );
      if (result.unavailable) {
        setPreview(null);
        setUnavailable(result.unavailable);
        return;
      }
      setUnavailable(null);
      setPreview({
        source: 'lifecycle',
        plan: result.plan,
        title: { key: 'action.lifecycle', params: { count: result.plan.edits.length } },
        summary: t('insights.lifecycleCounts', { ...result.counts }),
      });
    });
  const apply = async () => {
    if (!preview) return;
    const { plan, title } = preview;
    const applied = await session.apply(
      { kind: 'review', title, plan, undo: { kind: 'plan', plan: invertPlan(plan) } },
      { key: 'insights.applied', params: { count: plan.edits.length } },
    );
    setPreview(null);
    if (applied) await run(true);
  };

  const toggle = (row: number, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(row);
    else next.delete(row);
    setSelected(next);
  };

  const open = (row: number) => state && session.selectCell(state.sheet, row, state.selectCol);
  const openCell = (row: number, col: number) => state && session.selectCell(state.sheet, row, col);
  const previewFor = (source: Preview['source']) =>
    preview?.source === source && (
      <PlanPreview
        edits={preview.plan.edits}
        summary={preview.summary ?? t(preview.title.key, preview.title.params)}
        disabled={busy}
        onApply={() => void apply()}
        onDiscard={() => setPreview(null)}
      />
    );

  const report = state?.report;
  const listed = state?.stale ?? [];
  const count = selected.size;
  return (
    <>
      <Text>{t('insights.intro')}</Text>
      <div className={styles.settings}>
        <Field label={t('insights.staleDays')}>
          <Input
            className={styles.number}
            type="number"
            min={1}
            value={staleDays}
            onChange={(_, data) => setStaleDays(data.value)}
          />
        </Field>
        <Button appearance={state ? 'secondary' : 'primary'} disabled={busy} onClick={() => void run()}>
          {t(state ? 'insights.rerun' : 'insights.run')}
        </Button>
      </div>
      {state && report && (
        <>
          <Text weight="semibold" role="status">
            {t('insights.summary', {
              rows: fmt.count(report.rows),
              clusters: report.duplicates.clusters,
              duplicateRows: report.duplicates.rows,
            })}
          </Text>
          {state.headerBelow && <Text>{readBelowTitleNote(locale, state.headerBelow)}</Text>}
          <section className={styles.section} aria-label={t('insights.quality')}>
            <QualitySection report={report} trend={state.trend} />
          </section>
          <section className={styles.section} aria-label={t('insights.segments')}>
            <SegmentSection report={report} />
          </section>
          <section className={styles.section} aria-label={t('insights.stale', { count: report.stale.count })}>
            <Text as="h2" weight="semibold" size={400}>
              {t('insights.stale', { count: report.stale.count })}
            </Text>
            <TwoReadingsNote
              count="stale"
              dates={report.stale.twoReadings}
              col={state.twoReadingsCol.stale}
              onOpen={openCell}
            />
            {report.stale.judged === false ? (
              <Text>{t('insights.staleNotJudged')}</Text>
            ) : report.stale.count === 0 ? (
              <Text>{t('insights.staleNone', { days: report.stale.days })}</Text>
            ) : (
              <>
                <Text>{t('insights.staleIntro', { days: report.stale.days })}</Text>
                <Checkbox
                  checked={count === listed.length ? true : count === 0 ? false : 'mixed'}
                  disabled={busy}
                  label={t('insights.selectAll', { count: listed.length })}
                  onChange={(_, data) => setSelected(new Set(data.checked === true ? listed.map((i) => i.row) : []))}
                />
                <CustomerList
                  items={listed}
                  label={t('insights.stale', { count: report.stale.count })}
                  testId="stale-list"
                  describe={(item) =>
                    !item.day
                      ? ''
                      : item.monthOnly
                        ? t('insights.lastActiveMonth', { month: item.monthOnly, day: item.day })
                        : t('insights.lastActive', { day: item.day })
                  }
                  onOpen={open}
                  selected={selected}
                  onToggle={toggle}
                  disabled={busy}
                />
                {report.stale.count > listed.length && (
                  <Text>{t('insights.listMore', { shown: listed.length, total: report.stale.count })}</Text>
                )}
                <Text role="status">{t('insights.selected', { count })}</Text>
                {state.headerBelow ? (
                  <Text>{t('insights.liftFirst')}</Text>
                ) : (
                  <ReviewActions
                    count={count}
                    choices={state.choices}
                    columns={state.columns}
                    defaultDay={addDays(localToday(), 7)}
                    disabled={busy}
                    onAction={(action, describe) => void review(action, describe)}
                  />
                )}
                {previewFor('review')}
              </>
            )}
          </section>
          <section className={styles.section} aria-label={t('insights.followUps')}>
            <Text as="h2" weight="semibold" size={400}>
              {t('insights.followUps')}
            </Text>
            <Text>
              {t('insights.followUpSummary', { overdue: report.followUps.overdue, due: report.followUps.dueIn7Days })}
            </Text>
            <TwoReadingsNote
              count="followUps"
              dates={report.followUps.twoReadings}
              col={state.twoReadingsCol.followUps}
              onOpen={openCell}
            />
            <CustomerList
              items={state.followUps}
              label={t('insights.followUps')}
              testId="follow-up-list"
              describe={(item) => {
                const late = item.day !== null && item.day < state.today;
                // A month-only date was judged by the month's last day: say so rather than name a day never typed.
                if (item.monthOnly)
                  return late
                    ? t('insights.overdueMonth', { month: item.monthOnly })
                    : t('insights.dueMonth', { month: item.monthOnly, day: item.day ?? '' });
                return late ? t('insights.overdue', { day: item.day! }) : t('insights.due', { day: item.day ?? '' });
              }}
              late={(item) => item.day !== null && item.day < state.today}
              onOpen={open}
            />
          </section>
          <section className={styles.section} aria-label={t('insights.lifecycle')}>
            <Text as="h2" weight="semibold" size={400}>
              {t('insights.lifecycle')}
            </Text>
            <Text>{t('insights.lifecycleIntro')}</Text>
            <div className={styles.settings}>
              <Field label={t('insights.repeatPurchases')}>
                <Input
                  className={styles.number}
                  type="number"
                  min={2}
                  value={lifecycle.repeatPurchases}
                  onChange={(_, data) => setLifecycle({ ...lifecycle, repeatPurchases: data.value })}
                />
              </Field>
              <Field label={t('insights.churnDays')}>
                <Input
                  className={styles.number}
                  type="number"
                  min={1}
                  value={lifecycle.churnDays}
                  onChange={(_, data) => setLifecycle({ ...lifecycle, churnDays: data.value })}
                />
              </Field>
            </div>
            <div>
              {state.headerBelow ? (
                <Text>{t('insights.liftFirst')}</Text>
              ) : (
                <Button disabled={busy} onClick={() => void suggest()}>
                  {t('insights.suggest')}
                </Button>
              )}
            </div>
            {unavailable && (
              <Text role="status">
                {t(unavailable === 'noTypeColumn' ? 'insights.lifecycleNoColumn' : 'insights.lifecycleNoData')}
              </Text>
            )}
            {previewFor('lifecycle')}
          </section>
        </>
      )}
    </>
  );
}

/** A whole number of at least 1 typed in a settings box, or undefined (the default applies). */
function positive(text: string): number | undefined {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}
