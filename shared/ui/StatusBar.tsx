/** The one place that shows what went wrong (and what just finished): a Fluent MessageBar. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { SkippedPart } from '../host/host';
import { useLocale, useT, type Params, type Translate, type UiKey } from './i18n';
import { describeError } from './errors';

export interface Notice {
  key: UiKey;
  params?: Params;
  intent: 'success' | 'info' | 'warning';
  /** Parts of a plan the host could not apply (HostCapabilities), named after the notice. */
  skipped?: readonly SkippedPart[];
  /** What the operation could not do, each line already in the user's language (rules undo could not give back). */
  notes?: readonly string[];
}

/** "This workbook could not take: the filter on the header row." in the user's language. */
export function describeSkipped(skipped: readonly SkippedPart[], t: Translate): string {
  return t('task.skipped', { parts: skipped.map((part) => t(`skipped.${part}`)).join(t('skipped.separator')) });
}

export interface StatusBarProps {
  error: unknown;
  notice: Notice | null;
  onDismiss(): void;
}

export function StatusBar({ error, notice, onDismiss }: StatusBarProps) {
  const t = useT();
  const locale = useLocale();
  const dismiss = (
    <MessageBarActions
      containerAction={
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          {t('error.dismiss')}
        </Button>
      }
    />
  );
  if (error !== null && error !== undefined) {
    return (
      <MessageBar intent="error" politeness="assertive" data-testid="error-bar">
        <MessageBarBody>
          <MessageBarTitle>{t('error.title')}</MessageBarTitle>
          {describeError(error, t, locale)}
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  if (notice) {
    return (
      <MessageBar intent={notice.intent} politeness="polite" data-testid="notice-bar">
        <MessageBarBody>
          {t(notice.key, notice.params)}
          {notice.skipped?.length ? <div>{describeSkipped(notice.skipped, t)}</div> : null}
          {notice.notes?.map((note) => (
            <div key={note}>{note}</div>
          ))}
        </MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  return null;
}
