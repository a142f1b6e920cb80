// `npm run lint`: eslint (zero warnings) and prettier's check side by side, so the two cores share
// them, each caching what it found clean in node_modules/.cache (a file changed is read again); fails
// when either does, with each one's output as it wrote it.
import { spawn } from 'node:child_process';

const run = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    const out = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => out.push(chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(out).toString() }));
    child.on('error', (error) => resolve({ code: 1, output: `${command}: ${error.message}\n` }));
  });

const results = await Promise.all([
  run('npx', ['eslint', '.', '--max-warnings', '0', '--cache', '--cache-location', 'node_modules/.cache/eslint/']),
  run('npx', ['prettier', '--check', '--cache', '.']),
]);
for (const { output } of results) process.stdout.write(output);
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
