import { createProgress } from '../../cli/progress';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, isTTY, write: (text: string) => writes.push(text) };
}

describe('createProgress', () => {
  test('prints nothing when disabled', () => {
    const out = stream(true);
    const progress = createProgress({ enabled: false, label: 'Checking', stream: out });
    progress.update(5, 10);
    progress.finish();
    expect(out.writes).toEqual([]);
  });

  test('prints a line per 10% step when the stream is not a terminal', () => {
    const out = stream(false);
    const progress = createProgress({ enabled: true, label: 'Checking', stream: out });
    for (let done = 0; done <= 1000; done += 7) progress.update(done, 1000);
    progress.finish();
    expect(out.writes).toEqual(
      ['0', '10', '20', '30', '40', '50', '60', '70', '80', '90', '100'].map((p) => `Checking: ${p}%\n`),
    );
  });

  test('redraws one terminal line at most every 100 ms and ends it on finish', () => {
    const out = stream(true);
    let now = 0;
    const progress = createProgress({ enabled: true, label: 'Cleaning', stream: out, now: () => now });
    progress.update(1, 100);
    progress.update(2, 100); // same instant: skipped
    now = 50;
    progress.update(30, 100); // too soon: skipped
    now = 150;
    progress.update(50, 100);
    progress.finish();
    progress.finish();
    expect(out.writes).toHaveLength(3);
    expect(out.writes[0]).toMatch(/^\rCleaning ░{24} {3}1% \(1\/100\)$/);
    expect(out.writes[1]).toMatch(/^\rCleaning █{12}░{12} {2}50% \(50\/100\)$/);
    expect(out.writes[2]).toMatch(/^\rCleaning █{24} 100% *\n$/);
  });

  test('copes with a zero total and finishes silently when nothing was shown', () => {
    const out = stream(true);
    const progress = createProgress({ enabled: true, label: 'X', stream: out });
    progress.finish();
    expect(out.writes).toEqual([]);
    const logged = stream(false);
    const other = createProgress({ enabled: true, label: 'X', stream: logged });
    other.update(0, 0);
    other.finish();
    expect(logged.writes).toEqual(['X: 0%\n', 'X: 100%\n']);
  });
});
