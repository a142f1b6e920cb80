/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../shared/ui/App';
import type { Locale } from '../../shared/i18n/locale';
import type { DedupeResult } from '../../shared/dedupe';
import { inlineRunner, type CoreRunner } from '../../shared/ui/tasks/core-runner';
import { makeHost, smallSheet } from './helpers';

/**
 * A core that answers like a worker script from another release (a cached core-worker.js): its
 * duplicate groups carry a comparison level this sidebar has no words for.
 */
const skewedCore: CoreRunner = {
  async run(name, snapshot, options, control) {
    const result = await inlineRunner.run(name, snapshot, options, control);
    if (name !== 'findDuplicates') return result;
    const found = result as DedupeResult;
    const clusters = found.clusters.map((c) => ({
      ...c,
      reasons: c.reasons.map((r) => ({ ...r, level: 'phonetic-match' })),
    }));
    return { ...found, clusters } as never;
  },
};

const TEXT = {
  'en-US': {
    duplicates: 'Duplicates',
    find: 'Find duplicates',
    check: 'Check',
    checkSheet: 'Check sheet',
    checked: /issues in 4 rows/,
    failed: 'This view stopped working. The other tabs still work.',
    unexpected: /^An unexpected error happened: /,
    retry: 'Try again',
  },
  'zh-CN': {
    duplicates: '重复',
    find: '查找重复',
    check: '检查',
    checkSheet: '检查工作表',
    checked: /个问题/,
    failed: '此页面出错了，其他标签页仍可使用。',
    unexpected: /^发生了意外错误：/,
    retry: '重试',
  },
} as const;

describe('ViewBoundary', () => {
  test.each(['en-US', 'zh-CN'] as const)(
    'keeps a crash inside its tab and Try again mounts the view afresh when a view throws (%s)',
    async (locale: Locale) => {
      const text = TEXT[locale];
      // React reports errors a boundary caught to the root; collect them instead of logging them.
      const caught: unknown[] = [];
      render(<App host={makeHost(smallSheet(), { environment: { locale, theme: 'light' } })} core={skewedCore} />, {
        onCaughtError: (error) => caught.push(error),
      });
      await waitFor(() => expect(screen.getAllByRole('tab').length).toBeGreaterThan(0));

      fireEvent.click(screen.getByRole('tab', { name: text.duplicates }));
      fireEvent.click(screen.getByRole('button', { name: text.find }));
      const failure = await screen.findByTestId('view-error');
      expect(within(failure).getByText(text.failed)).toBeTruthy();
      expect(failure.textContent!.slice(text.failed.length)).toMatch(text.unexpected);
      expect(caught).toHaveLength(1);
      expect(caught[0]).toBeInstanceOf(TypeError);

      // The tabs switch and another view works as before.
      fireEvent.click(screen.getByRole('tab', { name: text.check }));
      fireEvent.click(screen.getByRole('button', { name: text.checkSheet }));
      expect(await screen.findByText(text.checked)).toBeTruthy();
      expect(screen.queryByTestId('error-bar')).toBeNull();

      fireEvent.click(screen.getByRole('tab', { name: text.duplicates }));
      fireEvent.click(screen.getByRole('button', { name: text.retry }));
      expect(screen.queryByTestId('view-error')).toBeNull();
      expect(screen.getByRole('button', { name: text.find })).toBeTruthy();
      expect(caught).toHaveLength(1);
    },
  );
});
