/**
 * A cell's spacing made visible (␣ for each space of a run, or at either end; tabs and line breaks
 * marked), for a table or a page that otherwise shows every run of white space as one space: a spacing
 * problem would read "grill the → grill the".
 */
export function visibleSpacing(text: string): string {
  return text
    .replace(/^[ \u00a0\u3000]+|[ \u00a0\u3000]+$|[ \u00a0\u3000]{2,}/g, (run) => '␣'.repeat(run.length))
    .replace(/\t/g, '⇥')
    .replace(/\r?\n/g, '⏎');
}
