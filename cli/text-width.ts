/** Terminal column width: East Asian wide and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * A header or value on one line of the terminal: a line break typed in a cell (Alt+Enter: "Mobile⏎Number",
 * "联系⏎电话") shows as a space, so the lists and tables it is printed in keep their lines.
 */
export function oneLine(text: string): string {
  return text.replace(/[ \t]*(?:(?:\r\n|[\r\n\v\f\u0085\u2028\u2029])[ \t]*)+/g, ' ');
}

/** Each line of a text whose lines each say one thing, on one line: a line break inside one becomes a space. */
export function joinLines(lines: readonly string[]): string {
  return lines.map(oneLine).join('\n');
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** A plain-text table with columns sized to their content (capped), for terminal output. */
export function formatTable(header: string[], rows: string[][], maxWidths: number[]): string {
  const cells = [header, ...rows].map((row) =>
    row.map((cell, i) => truncate(cell.replace(/\s+/g, ' '), maxWidths[i] ?? 40)),
  );
  const widths = header.map((_, i) => Math.max(...cells.map((row) => displayWidth(row[i] ?? ''))));
  return cells
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
