// Bundles a benchmark entry with esbuild and runs it in a fresh Node with a fixed heap limit.
// Usage: node scripts/run-bench.mjs [bench-file.ts] [args…]; with no file, runs every *.bench.ts.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [first, ...rest] = process.argv.slice(2);
const entries =
  first && first.endsWith('.ts')
    ? [first]
    : readdirSync(join(root, 'bench'))
        .filter((f) => f.endsWith('.bench.ts'))
        .map((f) => join('bench', f));
const args = first && first.endsWith('.ts') ? rest : process.argv.slice(2);
mkdirSync(join(root, 'bench-output'), { recursive: true });

let failed = false;
for (const entry of entries) {
  const outfile = join(root, 'bench-output', `${basename(entry, '.ts')}.cjs`);
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Loaded from node_modules as installed: playwright-core finds its own files at run time.
    external: ['playwright-core'],
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, ['--max-old-space-size=4096', '--expose-gc', outfile, ...args], {
    stdio: 'inherit',
    cwd: root,
  });
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
