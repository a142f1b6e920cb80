/** The one place that shows what went wrong (and what just finished): a Fluent MessageBar. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useLocale, useT, type Params, type UiKey } from './i18n';
import { describeError } from './errors';

export interface Notice {
  key: UiKey;
  params?: Params;
  intent: 'success' | 'info';
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
    <MessageBarActions containerAction={<Button appearance="transparent" size="small" onClick={onDismiss}>{t('error.dismiss')}</Button>} />
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
        <MessageBarBody>{t(notice.key, notice.params)}</MessageBarBody>
        {dismiss}
      </MessageBar>
    );
  }
  return null;
}
