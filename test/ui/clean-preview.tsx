/** Opens the Clean tab on a sheet and runs its preview, as a user would, in either language. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../shared/ui/App';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { makeHost } from './helpers';

export const CLEAN_LABELS: Record<Locale, { tab: string; run: string; apply: RegExp }> = {
  'en-US': { tab: 'Clean', run: 'Preview changes', apply: /^Apply \d+ changes$/ },
  'zh-CN': { tab: '清理', run: '预览修改', apply: /^应用 \d+ 处修改$/ },
};

export async function previewClean(locale: Locale, name: string, values: CellValue[][]) {
  const host = makeHost({ name, values }, { environment: { locale, theme: 'light' } });
  render(<App host={host} />);
  await waitFor(() => expect(screen.getAllByRole('tab').length).toBeGreaterThan(0));
  fireEvent.click(screen.getByRole('tab', { name: CLEAN_LABELS[locale].tab }));
  fireEvent.click(screen.getByRole('button', { name: CLEAN_LABELS[locale].run }));
  await screen.findByTestId('clean-group-A');
  return host;
}
