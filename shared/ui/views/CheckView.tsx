/** Check: runs checkSheet and lists the issues grouped by kind or by column; an issue click selects its cell. */
import { useState } from 'react';
import { Button, Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { CheckResult } from '../../check/check-sheet';
import { notCustomerListMessage } from '../../operations/customer-list';
import { readBelowTitleNote } from '../../operations/read-below-title';
import { useLocale, useT } from '../i18n';
import { useSession } from '../session';
import { IssueGroups } from './IssueGroups';
import { checkSummary } from './count-words';
import { groupIssues, type GroupBy } from './issue-groups';
import { useSheetResult } from './use-sheet-result';
import { recordQualityScore } from './insights/record-score';

interface CheckState {
  sheet: string;
  result: CheckResult;
}

export function CheckView() {
  const t = useT();
  const locale = useLocale();
  const session = useSession();
  const { task, core } = session;
  const [state, setState] = useSheetResult<CheckState>();
  const [groupBy, setGroupBy] = useState<GroupBy>('kind');
  const busy = task.running !== null;

  const run = () =>
    task.run('task.reading', async (control) => {
      const snapshot = await session.readSnapshot(control);
      control.step('task.checking');
      // Its messages in the sidebar's language, whatever the sheet's.
      const result = await core.run('checkSheet', snapshot, { messageLocale: locale }, control);
      setState({ sheet: snapshot.name, result });
      // The day's score is the list's as set up; a list under a title is scored once its header is row 1.
      if (result.customerList && !result.headerBelow) await recordQualityScore(session, snapshot, control);
    });

  const issues = state?.result.issues ?? [];

  return (
    <>
      <Text>{t('check.intro')}</Text>
      <div>
        <Button appearance={state ? 'secondary' : 'primary'} disabled={busy} onClick={() => void run()}>
          {t(state ? 'check.rerun' : 'check.run')}
        </Button>
      </div>
      {state && (
        <>
          {state.result.headerBelow && <Text>{readBelowTitleNote(locale, state.result.headerBelow)}</Text>}
          <Text weight="semibold" role="status">
            {!state.result.customerList
              ? notCustomerListMessage(locale, state.sheet)
              : issues.length === 0
                ? t('check.clean')
                : checkSummary(t, issues)}
          </Text>
          {state.result.totalsRows && (
            <Text>
              {t('check.totalsRows', { rows: state.result.totalsRows.join(locale === 'zh-CN' ? '、' : ', ') })}
            </Text>
          )}
          {state.result.notesRows && (
            <Text>{t('check.notesRows', { rows: state.result.notesRows.join(locale === 'zh-CN' ? '、' : ', ') })}</Text>
          )}
          {state.result.lineItemRows && (
            <Text>
              {t('check.lineItemRows', { rows: state.result.lineItemRows.join(locale === 'zh-CN' ? '、' : ', ') })}
            </Text>
          )}
          {state.result.groupRows && (
            <Text>{t('check.groupRows', { rows: state.result.groupRows.join(locale === 'zh-CN' ? '、' : ', ') })}</Text>
          )}
          {state.result.defaultsRows && (
            <Text>
              {t('check.defaultsRows', { rows: state.result.defaultsRows.join(locale === 'zh-CN' ? '、' : ', ') })}
            </Text>
          )}
          {issues.length > 0 && (
            <>
              <Field label={t('check.groupBy')}>
                <RadioGroup
                  layout="horizontal"
                  value={groupBy}
                  onChange={(_, data) => setGroupBy(data.value as GroupBy)}
                >
                  <Radio value="kind" label={t('check.groupByKind')} />
                  <Radio value="column" label={t('check.groupByColumn')} />
                </RadioGroup>
              </Field>
              <IssueGroups
                key={groupBy}
                groups={groupIssues(issues, groupBy, state.result.mapping)}
                mapping={state.result.mapping}
                onSelect={(issue, col) => session.selectCell(state.sheet, issue.row, col)}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
