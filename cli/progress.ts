/**
 * A small progress reporter for long runs, on stderr so stdout stays clean for --json. On a
 * terminal it redraws one line (a bar and a percentage) at most ~10 times a second; elsewhere
 * (a log, CI) it prints a line at each 10% step. Disabled, it prints nothing. Labels speak the
 * sheet's language, like the rest of a command's output.
 */
import type { Locale } from '../shared/i18n/locale';

export type ProgressStep = 'checking' | 'cleaning' | 'findingDuplicates' | 'comparing' | 'exporting' | 'reporting';

const LABELS: Readonly<Record<Locale, Readonly<Record<ProgressStep, string>>>> = {
  'en-US': {
    checking: 'Checking',
    cleaning: 'Cleaning',
    findingDuplicates: 'Finding duplicates',
    comparing: 'Comparing',
    exporting: 'Exporting',
    reporting: 'Reporting',
  },
  'zh-CN': {
    checking: '正在检查',
    cleaning: '正在清理',
    findingDuplicates: '正在查找重复',
    comparing: '正在对比',
    exporting: '正在导出',
    reporting: '正在生成报告',
  },
};

export function progressLabel(step: ProgressStep, locale: Locale): string {
  return LABELS[locale][step];
}

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
  /** false when nobody asked for progress on this stream (not a terminal, no --progress). */
  progress?: boolean;
}

export interface ProgressOptions {
  enabled: boolean;
  label: string;
  stream: ProgressStream;
  /** Milliseconds clock, for tests. */
  now?: () => number;
}

export interface ProgressReporter {
  update(done: number, total: number): void;
  /** Ends the line (terminal) or prints the last step; safe to call twice. */
  finish(): void;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 24;

function percentOf(done: number, total: number): number {
  if (!(total > 0)) return 0;
  return Math.max(0, Math.min(100, Math.floor((done / total) * 100)));
}

export function createProgress(options: ProgressOptions): ProgressReporter {
  if (!options.enabled || options.stream.progress === false)
    return { update: () => undefined, finish: () => undefined };
  const { stream, label } = options;
  const now = options.now ?? Date.now;
  const tty = stream.isTTY === true;
  let lastDraw = -Infinity;
  let lastStep = -1;
  let lastPercent = -1;
  let drawn = false;
  let finished = false;

  const draw = (percent: number, done: number, total: number) => {
    const filled = Math.round((percent / 100) * BAR_WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
    stream.write(`\r${label} ${bar} ${String(percent).padStart(3)}% (${done}/${total})`);
    drawn = true;
    lastPercent = percent;
  };

  return {
    update(done, total) {
      if (finished) return;
      const percent = percentOf(done, total);
      if (tty) {
        const t = now();
        if (t - lastDraw < REDRAW_MS || percent === lastPercent) return;
        lastDraw = t;
        draw(percent, done, total);
        return;
      }
      const step = Math.floor(percent / 10) * 10;
      if (step > lastStep) {
        lastStep = step;
        stream.write(`${label}: ${step}%\n`);
      }
    },
    finish() {
      if (finished) return;
      finished = true;
      if (tty) {
        if (drawn) stream.write(`\r${label} ${'█'.repeat(BAR_WIDTH)} 100%${' '.repeat(16)}\n`);
        return;
      }
      if (lastStep >= 0 && lastStep < 100) stream.write(`${label}: 100%\n`);
    },
  };
}
