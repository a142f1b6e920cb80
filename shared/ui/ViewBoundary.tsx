/**
 * Keeps a crash inside its own tab: a view that throws while rendering is replaced by the error,
 * in the user's language, with Try again (which mounts the view afresh); the tabs, the status bar
 * and the other views keep working.
 */
import { Component, type ContextType, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { LocaleContext } from './i18n';
import { describeError } from './errors';

interface ViewBoundaryProps {
  children: ReactNode;
}

interface ViewBoundaryState {
  failed: boolean;
  error: unknown;
}

export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  static override contextType = LocaleContext;
  override state: ViewBoundaryState = { failed: false, error: null };

  static getDerivedStateFromError(error: unknown): ViewBoundaryState {
    return { failed: true, error };
  }

  private readonly retry = () => this.setState({ failed: false, error: null });

  override render() {
    if (!this.state.failed) return this.props.children;
    const { t, locale } = this.context as ContextType<typeof LocaleContext>;
    return (
      <MessageBar intent="error" politeness="assertive" data-testid="view-error">
        <MessageBarBody>
          <MessageBarTitle>{t('view.failed')}</MessageBarTitle>
          {describeError(this.state.error, t, locale)}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={this.retry}>
            {t('view.retry')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
