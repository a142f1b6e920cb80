/** The browser demo: the in-memory workbook as a grid, and the real sidebar beside it. */
import {
  FluentProvider,
  Link,
  shorthands,
  Subtitle1,
  Caption1,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { HostEnvironment } from '../../host/host';
import type { MemoryHost } from '../../host/memory-host';
import { App } from '../App';
import { LocaleContext, translator } from '../i18n';
import type { CoreRunner } from '../tasks/core-runner';
import { WorkbookGrid } from './WorkbookGrid';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    height: '100vh',
    overflow: 'hidden',
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // A phone-width window: the sheet above, the sidebar below at full width.
    '@media (max-width: 640px)': { flexDirection: 'column', height: 'auto', overflow: 'visible' },
  },
  workbook: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    gap: tokens.spacingVerticalS,
  },
  heading: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  links: { display: 'flex', gap: tokens.spacingHorizontalM, marginInlineStart: 'auto' },
  sidebar: {
    width: '380px',
    flexShrink: 0,
    overflowY: 'auto',
    ...shorthands.borderLeft(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    '@media (max-width: 640px)': { width: 'auto', overflowY: 'visible', ...shorthands.borderLeft('0') },
  },
});

export interface DemoPageProps {
  host: MemoryHost;
  core: CoreRunner;
  environment: HostEnvironment;
  /** Shown above the grid (the file bar: open the user's own file, save as .xlsx). */
  toolbar?: ReactNode;
}

function linkTo(params: Record<string, string>): string {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.search;
}

export function DemoPage({ host, core, environment, toolbar }: DemoPageProps) {
  const styles = useStyles();
  const t = translator(environment.locale);
  const otherLocale = environment.locale === 'zh-CN' ? 'en-US' : 'zh-CN';
  const otherTheme = environment.theme === 'dark' ? 'light' : 'dark';
  return (
    <FluentProvider theme={environment.theme === 'dark' ? webDarkTheme : webLightTheme} lang={environment.locale}>
      <LocaleContext.Provider value={{ locale: environment.locale, t }}>
        <div className={styles.page}>
          <main className={styles.workbook} aria-label={t('demo.workbook')}>
            <div className={styles.heading}>
              <Subtitle1 as="h1">{t('demo.title')}</Subtitle1>
              <Caption1>{t('demo.subtitle')}</Caption1>
              <span className={styles.links}>
                <Link href={linkTo({ lang: otherLocale })}>{t('demo.switchLanguage')}</Link>
                <Link href={linkTo({ theme: otherTheme })}>
                  {t(otherTheme === 'dark' ? 'demo.themeDark' : 'demo.themeLight')}
                </Link>
              </span>
            </div>
            {toolbar}
            <WorkbookGrid host={host} />
          </main>
          <aside className={styles.sidebar} aria-label={t('demo.sidebar')} id="sidebar">
            <App host={host} core={core} />
          </aside>
        </div>
      </LocaleContext.Provider>
    </FluentProvider>
  );
}
