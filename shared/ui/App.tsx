/**
 * The Custodian sidebar. It knows the workbook only through a SpreadsheetHost, follows the
 * host's language and theme, and runs the core through a CoreRunner (inline unless given one).
 */
import { useEffect, useMemo, useState } from 'react';
import { FluentProvider, Spinner, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { HostEnvironment, SpreadsheetHost } from '../host/host';
import { LocaleContext, translator } from './i18n';
import { inlineRunner, type CoreRunner } from './tasks/core-runner';
import { Sidebar } from './Sidebar';

export interface AppProps {
  host: SpreadsheetHost;
  /** Where core operations run; hosts that can load core-worker.js pass createWorkerRunner(url). */
  core?: CoreRunner;
}

const FALLBACK: HostEnvironment = { locale: 'en-US', theme: 'light' };

export function App({ host, core = inlineRunner }: AppProps) {
  const [environment, setEnvironment] = useState<HostEnvironment | null>(null);
  const [environmentError, setEnvironmentError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    host.environment().then(
      (env) => live && setEnvironment(env),
      (error: unknown) => {
        if (!live) return;
        setEnvironmentError(error);
        setEnvironment(FALLBACK);
      },
    );
    return () => {
      live = false;
    };
  }, [host]);

  const locale = environment?.locale ?? FALLBACK.locale;
  const localeInfo = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  const theme = environment?.theme === 'dark' ? webDarkTheme : webLightTheme;

  return (
    <FluentProvider theme={theme} lang={locale} style={{ minHeight: '100vh' }}>
      <LocaleContext.Provider value={localeInfo}>
        {environment ? (
          <Sidebar host={host} core={core} initialError={environmentError} />
        ) : (
          <Spinner label={localeInfo.t('app.loading')} style={{ padding: 24 }} />
        )}
      </LocaleContext.Provider>
    </FluentProvider>
  );
}
