/** Where a command writes: the real process streams, or buffers in tests. */
export interface CliStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
}
