import { runCli } from './main';

// A reader that stops early (`custodian report x | head`) closes the pipe: what is left of the text
// has nowhere to go, and the command still finishes the files it writes.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`custodian: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
