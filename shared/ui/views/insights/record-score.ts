/**
 * After a Check, the day's quality score is stored in the workbook's meta (for the Insights tab's
 * trend). It is not an edit of the sheet, so it is applied straight to the host, not as a history entry.
 */
import { planTrendPoint } from '../../../insights/quality-trend';
import type { SheetSnapshot } from '../../../sheet/snapshot';
import type { Session } from '../../session';
import type { TaskControl } from '../../tasks/use-task';
import { localToday } from './format';

export async function recordQualityScore(
  session: Pick<Session, 'core' | 'host'>,
  snapshot: SheetSnapshot,
  control: TaskControl,
): Promise<void> {
  const score = await session.core.run('qualityScore', snapshot, {}, control);
  await session.host.applyPlan(planTrendPoint(snapshot, { day: localToday().toISOString().slice(0, 10), score }));
}
