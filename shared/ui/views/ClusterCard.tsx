/**
 * One group of duplicate rows: why they match, which row to keep, what merging writes with the
 * user's per-column choices (on request), and Merge. Also-review rows (kept out so the group stays
 * certain) are shown with why they may match, each with a tick that merges it with the group.
 */
import { useMemo, type ReactNode } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Cluster, Reason } from '../../dedupe';
import type { MergeResult } from '../../merge';
import { useLocale, useT } from '../i18n';
import { mergeLabels } from '../../merge';
import { reasonText } from '../../merge/audit-log';
import { levelKey } from '../i18n/level-strings';
import { isDifference } from '../../dedupe/levels';
import { differingColumns, rowSummary, type DifferingColumn, type MergeContext } from './merge-context';
import { MergePreview, type ColumnRule, type ColumnRules } from './MergePreview';

/** Beyond this many rows the row to keep is a drop-down: a group of hundreds must not draw hundreds of radios. */
const MAX_RADIOS = 6;
const NONE: readonly number[] = [];

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  heading: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
    margin: 0,
    fontSize: tokens.fontSizeBase300,
  },
  chips: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', alignItems: 'center' },
  select: { minWidth: 0, maxWidth: '100%' },
  also: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export interface ClusterCardProps {
  cluster: Cluster;
  /** 1-based, as the user counts groups. */
  number: number;
  ctx: MergeContext;
  /** The row kept: the user's choice, else the merge stage's. */
  kept: number;
  /** The preview is open (it shows `preview` once the core runner has planned it). */
  open: boolean;
  /** This group's merge plan for `kept` and the choices below, when worked out. */
  preview: MergeResult | undefined;
  /** Column key -> the row whose value this group keeps. */
  picks: Readonly<Record<string, number>>;
  /** The search's column rules. */
  rules: ColumnRules;
  disabled: boolean;
  onSurvivor(row: number): void;
  onPick(column: DifferingColumn, row: number | undefined): void;
  onRule(key: string, rule: ColumnRule | undefined, delimiter?: string): void;
  onToggle(): void;
  onMerge(): void;
  /** The user says these rows are different customers. */
  onNotSame(): void;
  /** More things to do with the group (copy, move, delete), beside Merge. */
  actions?: ReactNode;
  /** Also-review rows the user ticked: merged with the group. */
  included?: readonly number[];
  onInclude?(row: number, include: boolean): void;
}

export function ClusterCard({
  cluster,
  number,
  ctx,
  kept,
  open,
  preview,
  picks,
  rules,
  disabled,
  onSurvivor,
  onPick,
  onRule,
  onToggle,
  onMerge,
  onNotSame,
  actions,
  included = NONE,
  onInclude,
}: ClusterCardProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const errors = preview?.problems.filter((p) => p.severity === 'error') ?? [];
  // Worked out for an open preview only: a closed card reads nothing from the sheet.
  const columns = useMemo(
    () =>
      open
        ? differingColumns(
            ctx,
            [...cluster.rows, ...included].sort((a, b) => a - b),
          )
        : [],
    [open, ctx, cluster.rows, included],
  );
  const headingId = `cluster-${number}`;
  const previewId = `cluster-${number}-preview`;
  const chip = (reason: Reason) => (
    <Badge
      key={`${reason.field}:${reason.level}`}
      appearance="tint"
      color={isDifference(reason.level) ? 'subtle' : 'success'}
      // The values compared, worded in the sidebar's language (the reason's own message is English).
      title={reasonText(reason, mergeLabels(locale).reason)}
    >
      {t('dupes.reason', { column: reason.column, level: t(levelKey(reason.level)) })}
    </Badge>
  );
  const matched = cluster.reasons.filter((r) => !isDifference(r.level));
  const differs = cluster.reasons.filter((r) => isDifference(r.level));
  const also = cluster.alsoReview ?? [];
  const alsoId = `cluster-${number}-also`;

  return (
    <section className={styles.card} aria-labelledby={headingId} data-testid={`cluster-${number}`}>
      <h3 id={headingId} className={styles.heading}>
        {t('dupes.cluster', { index: number, count: cluster.rows.length })}
        <Badge appearance="filled" color={cluster.band === 'merge' ? 'brand' : 'warning'}>
          {t(cluster.band === 'merge' ? 'dupes.band.merge' : 'dupes.band.review')}
        </Badge>
        <Caption1>{t('dupes.confidence', { confidence: percent(cluster.confidence) })}</Caption1>
      </h3>
      {matched.length > 0 && (
        <div className={styles.chips}>
          <Caption1>{t('dupes.matched')}</Caption1>
          {matched.map(chip)}
        </div>
      )}
      {differs.length > 0 && (
        <div className={styles.chips}>
          <Caption1>{t('dupes.differs')}</Caption1>
          {differs.map(chip)}
        </div>
      )}
      {also.length > 0 && (
        <div className={styles.also} role="group" aria-labelledby={alsoId}>
          <Caption1 id={alsoId}>{t('dupes.alsoReview')}</Caption1>
          {also.map((a) => (
            <div key={a.row}>
              <Checkbox
                checked={included.includes(a.row)}
                disabled={disabled || !onInclude}
                label={t('dupes.alsoReviewRow', {
                  row: a.row,
                  summary: rowSummary(ctx, a.row),
                  confidence: percent(a.confidence),
                })}
                onChange={(_, data) => onInclude?.(a.row, data.checked === true)}
              />
              <div className={styles.chips}>{a.reasons.map(chip)}</div>
            </div>
          ))}
        </div>
      )}
      <Field label={t('dupes.survivorFor', { index: number })}>
        {cluster.rows.length <= MAX_RADIOS ? (
          <RadioGroup value={String(kept)} disabled={disabled} onChange={(_, data) => onSurvivor(Number(data.value))}>
            {cluster.rows.map((row) => (
              <Radio
                key={row}
                value={String(row)}
                label={t('dupes.rowOption', { row, summary: rowSummary(ctx, row) })}
              />
            ))}
          </RadioGroup>
        ) : (
          <Select
            className={styles.select}
            value={String(kept)}
            disabled={disabled}
            onChange={(_, data) => onSurvivor(Number(data.value))}
          >
            {cluster.rows.map((row) => (
              <option key={row} value={String(row)}>
                {t('dupes.rowOption', { row, summary: rowSummary(ctx, row) })}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {open && (
        <MergePreview
          id={previewId}
          kept={kept}
          columns={columns}
          picks={picks}
          rules={rules}
          result={preview}
          disabled={disabled}
          onPick={onPick}
          onRule={onRule}
        />
      )}
      <div className={styles.chips}>
        <Button appearance="primary" size="small" disabled={disabled || errors.length > 0} onClick={onMerge}>
          {t('dupes.merge')}
        </Button>
        <Button
          size="small"
          disabled={disabled}
          aria-expanded={open}
          aria-controls={open ? previewId : undefined}
          onClick={onToggle}
        >
          {t(open ? 'dupes.hidePreview' : 'dupes.showPreview')}
        </Button>
        <Button size="small" appearance="subtle" disabled={disabled} onClick={onNotSame}>
          {t('dupes.notSame')}
        </Button>
        {actions}
      </div>
    </section>
  );
}
