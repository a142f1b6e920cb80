/** Where a command writes: the real process streams, or buffers in tests. */
export interface CliStreams {
  stdout: { write(text: string): unknown };
  /** `progress` false: no progress lines (stderr is a log and --progress was not given). */
  stderr: { write(text: string): unknown; isTTY?: boolean; progress?: boolean };
  cwd: string;
}
