// shared/host/host.ts mentions AbortSignal (a browser type) in the sidebar's call options; the
// server only imports that file's other types, and Apps Script has no DOM lib to declare it.
interface AbortSignal {
  readonly aborted: boolean;
}
