import { runCli } from './main';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`custodian: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
