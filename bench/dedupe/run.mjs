// Bundles a dedupe benchmark (TypeScript) with esbuild into bench-output/ and runs it in a fresh Node.
// Usage: node bench/dedupe/run.mjs <accuracy|speed|file.ts> [args…]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [which = 'accuracy', ...args] = process.argv.slice(2);
const entry = which.endsWith('.ts') ? which : join('bench', 'dedupe', `${which}.ts`);
const outDir = join(root, 'bench-output');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, `dedupe-${basename(entry, '.ts')}.cjs`);
await build({
  entryPoints: [join(root, entry)],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  sourcemap: 'inline',
});
const run = spawnSync(process.execPath, ['--enable-source-maps', '--max-old-space-size=4096', outfile, ...args], {
  stdio: 'inherit',
  cwd: root,
});
process.exitCode = run.status ?? 1;
