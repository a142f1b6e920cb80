/**
 * The Setup view's auto-govern switch: stored in the workbook's meta (off by default) so it stays on
 * after a reload, naming the customer sheet. Where governing needs the pane open (Excel), it says so,
 * and says when this Excel has no change events.
 */
import { Switch, Text } from '@fluentui/react-components';
import { useEffect, useReducer, useState } from 'react';
import { entryGovernorOf } from '../../host/entry-governor';
import type { Locale } from '../../i18n/locale';
import { planAutoGovern } from '../../operations/auto-govern';
import { autoGovernedSheet } from '../../operations/entry';
import type { SheetSnapshot } from '../../sheet/snapshot';
import { describeError } from '../errors';
import { useLocale, useT } from '../i18n';
import { useSession } from '../session';

const WORDS: Record<Locale, { label: string; hint: string; pane: string; unavailable: string; failed: string }> = {
  'en-US': {
    label: 'Govern as people type (auto-govern)',
    hint: 'A new customer row gets the next customer ID, and what is typed in a template column is written the way Clean would write it. Values with two readings and formulas are left as typed.',
    pane: 'Works while this task pane is open.',
    unavailable:
      'This version of Excel cannot follow changes (it needs ExcelApi 1.7, Excel 2019 or later). Use Clean instead.',
    failed: 'The last change could not be governed and was left as typed: {message}',
  },
  'zh-CN': {
    label: '录入时自动规范（自动治理）',
    hint: '新增的客户行自动获得下一个客户编号，模板列中录入的内容按“清理”的方式写成规范格式。有两种理解的值和公式保持原样。',
    pane: '在此任务窗格打开时生效。',
    unavailable: '此版本的 Excel 无法跟踪修改（需要 ExcelApi 1.7，即 Excel 2019 或更高版本）。请改用“清理”。',
    failed: '上一次修改未能自动规范，已保持原样：{message}',
  },
};

/** Shown once a sheet has been read, and kept after Apply (the view forgets its read then, the switch does not). */
export function AutoGovernSwitch({ snapshot: read }: { snapshot: SheetSnapshot | undefined }) {
  const t = useT();
  const locale = useLocale();
  const { host } = useSession();
  const governor = entryGovernorOf(host);
  const words = WORDS[locale];
  const [snapshot, setSnapshot] = useState(read);
  const [on, setOn] = useState(read ? autoGovernedSheet(read.meta) === read.name : false);
  if (read && read !== snapshot) {
    // A new read: follow what the workbook now says (adjusting state while rendering, as React advises).
    setSnapshot(read);
    setOn(autoGovernedSheet(read.meta) === read.name);
  }
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => governor?.subscribe(rerender), [governor]);

  if (!snapshot) return null;

  const toggle = async (next: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await host.applyPlan(planAutoGovern(snapshot, next));
      await governor?.refresh();
      setOn(next);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const unavailable = governor !== undefined && !governor.available;
  const failure = error ?? governor?.lastError() ?? null;
  return (
    <>
      <Switch
        label={words.label}
        checked={on}
        disabled={busy || unavailable}
        onChange={(_, data) => void toggle(data.checked)}
      />
      <Text size={200}>{unavailable ? words.unavailable : governor ? `${words.hint} ${words.pane}` : words.hint}</Text>
      {failure !== null && (
        <Text size={200} role="alert">
          {words.failed.replace('{message}', describeError(failure, t, locale))}
        </Text>
      )}
    </>
  );
}
