/** The stale review's actions for the ticked customers: reviewed today, a status or customer type, the next follow-up. */
import { useState } from 'react';
import { Button, Dropdown, Field, Input, Option, makeStyles, tokens } from '@fluentui/react-components';
import type { ReviewAction } from '../../../insights/review-plan';
import type { ReviewChoices } from '../../tasks/insights-ops';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: '140px' },
});

export interface ReviewActionsProps {
  count: number;
  choices: readonly ReviewChoices[];
  columns: { lastContact: boolean; nextFollowUp: boolean };
  /** The default follow-up day offered (yyyy-mm-dd). */
  defaultDay: string;
  disabled: boolean;
  onAction(
    action: ReviewAction,
    describe: { key: 'action.reviewed' | 'action.reviewChoice' | 'action.followUp'; value?: string },
  ): void;
}

export function ReviewActions({ count, choices, columns, defaultDay, disabled, onAction }: ReviewActionsProps) {
  const t = useT();
  const styles = useStyles();
  const first = choices[0];
  const [choice, setChoice] = useState<string | null>(null);
  const [day, setDay] = useState(defaultDay);
  const off = disabled || count === 0;
  // One dropdown of every option, grouped by field: "休眠" is a status, "流失客户" a customer type.
  const chosen = choices
    .flatMap((c) => c.options.map((o) => ({ field: c.field, column: c.column, ...o })))
    .find((o) => `${o.field}:${o.key}` === choice);

  return (
    <div className={styles.actions}>
      {columns.lastContact && (
        <div>
          <Button disabled={off} onClick={() => onAction({ kind: 'reviewed' }, { key: 'action.reviewed' })}>
            {t('insights.markReviewed')}
          </Button>
        </div>
      )}
      {first && (
        <div className={styles.row}>
          <Field label={t('insights.setValue')} className={styles.grow}>
            <Dropdown
              placeholder={t('insights.choose')}
              selectedOptions={choice ? [choice] : []}
              value={chosen ? `${chosen.column}: ${chosen.label}` : ''}
              onOptionSelect={(_, data) => setChoice(data.optionValue ?? null)}
              disabled={disabled}
            >
              {choices.flatMap((c) =>
                c.options.map((o) => (
                  <Option key={`${c.field}:${o.key}`} value={`${c.field}:${o.key}`} text={`${c.column}: ${o.label}`}>
                    {`${c.column}: ${o.label}`}
                  </Option>
                )),
              )}
            </Dropdown>
          </Field>
          <Button
            disabled={off || !chosen}
            onClick={() =>
              chosen &&
              onAction(
                { kind: 'choice', field: chosen.field, option: chosen.key },
                { key: 'action.reviewChoice', value: chosen.label },
              )
            }
          >
            {t('insights.set')}
          </Button>
        </div>
      )}
      {columns.nextFollowUp && (
        <div className={styles.row}>
          <Field label={t('insights.followUpDate')} className={styles.grow}>
            <Input type="date" value={day} onChange={(_, data) => setDay(data.value)} disabled={disabled} />
          </Field>
          <Button
            disabled={off || !/^\d{4}-\d{2}-\d{2}$/.test(day)}
            onClick={() => onAction({ kind: 'followUp', date: day }, { key: 'action.followUp', value: day })}
          >
            {t('insights.schedule')}
          </Button>
        </div>
      )}
    </div>
  );
}
