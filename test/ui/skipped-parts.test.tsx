/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../shared/ui/App';
import type { Locale } from '../../shared/i18n/locale';
import { makeHost, renderApp, smallSheet } from './helpers';

const WORDS: Record<Locale, { read: string; apply: string; done: RegExp; skipped: RegExp }> = {
  'en-US': {
    read: 'Read headers',
    apply: 'Apply setup',
    done: /Done: set up the sheet/,
    skipped: /This workbook could not take: the filter on the header row\./,
  },
  'zh-CN': {
    read: '读取表头',
    apply: '应用设置',
    done: /完成：已设置工作表/,
    skipped: /此工作簿不支持以下部分，已跳过：标题行筛选。/,
  },
};

describe('Sidebar', () => {
  test.each(['en-US', 'zh-CN'] as Locale[])(
    'says which part the host skipped when set up applies on a host without a filter (%s)',
    async (locale) => {
      // Excel 2019 (ExcelApi 1.8) has no AutoFilter: the rest of the setup is written, the filter is not.
      const host = makeHost(smallSheet(), { environment: { locale, theme: 'light' }, capabilities: { filter: false } });
      render(<App host={host} />);
      const words = WORDS[locale];
      fireEvent.click(await screen.findByRole('button', { name: words.read }));
      fireEvent.click(await screen.findByRole('button', { name: words.apply }));
      const notice = await screen.findByTestId('notice-bar');
      await waitFor(() => expect(notice.textContent).toMatch(words.done));
      expect(notice.textContent).toMatch(words.skipped);
      const sheet = host.state().workbook.sheets[0]!;
      expect(sheet.filter).toBeUndefined();
      expect(sheet.validations.length).toBeGreaterThan(0);
      expect(sheet.freezeRows).toBe(1);
    },
  );

  test('names every skipped part when the host lacks dropdowns and highlights', async () => {
    const host = makeHost(smallSheet(), { capabilities: { dataValidation: false, conditionalFormats: false } });
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Read headers' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply setup' }));
    const notice = await screen.findByTestId('notice-bar');
    await waitFor(() => expect(notice.textContent).toMatch(/Done: set up the sheet/));
    expect(notice.textContent).toMatch(/could not take: dropdown lists, highlighting of required blanks\./);
    expect(host.state().workbook.sheets[0]!.validations).toEqual([]);
    expect(host.state().workbook.sheets[0]!.filter).toBeDefined();
  });

  test('says only that it is done when the host applied every part', async () => {
    const host = makeHost();
    await renderApp(host);
    fireEvent.click(screen.getByRole('button', { name: 'Read headers' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply setup' }));
    const notice = await screen.findByTestId('notice-bar');
    await waitFor(() => expect(notice.textContent).toMatch(/Done: set up the sheet/));
    expect(notice.textContent).not.toMatch(/could not take/);
  });
});
