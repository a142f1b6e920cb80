/** Type checking runs separately (`npm run typecheck`); jest transpiles only. */
import { buildSync } from 'esbuild';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const cacheDir = join(root, 'node_modules', '.cache', 'jest-packages');

/**
 * A package bundled into one file, made once per version. Jest loads a test file's modules afresh
 * for every test file, file by file: exceljs alone (hundreds of files with its zip and stream
 * libraries) took 0.9 s a suite, in hundreds of suites, and Fluent UI several seconds a view's suite.
 * One file loads in a fraction of that.
 */
function bundled(name, { external = [], reexport = false } = {}) {
  const pkg = name
    .split('/')
    .slice(0, name.startsWith('@') ? 2 : 1)
    .join('/');
  const { version } = require(`${pkg}/package.json`);
  const file = join(cacheDir, `${name.replaceAll('/', '+')}@${version}.cjs`);
  if (!existsSync(file)) {
    mkdirSync(cacheDir, { recursive: true });
    // Whole or not at all: jest runs side by side may make the same bundle.
    const temp = `${file}.${process.pid}`;
    buildSync({
      // Re-exported from the package's ES modules, what it does not use is left out (Fluent UI's
      // CommonJS build brings every icon: 23 MB against 2.6).
      ...(reexport
        ? { stdin: { contents: `export * from '${name}';`, resolveDir: root }, mainFields: ['module', 'main'] }
        : { entryPoints: [require.resolve(name)] }),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile: temp,
      external,
      logLevel: 'error',
    });
    renameSync(temp, file);
  }
  return file;
}

export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
    '^exceljs$': bundled('exceljs'),
    '^zod$': bundled('zod'),
    '^libphonenumber-js/max$': bundled('libphonenumber-js/max'),
    // React stays the tests' own: one React for the components and @testing-library.
    '^@fluentui/react-components$': bundled('@fluentui/react-components', {
      external: ['react', 'react/*', 'react-dom', 'react-dom/*', 'scheduler'],
      reexport: true,
    }),
  },
  setupFilesAfterEnv: ['<rootDir>/test/setup/fail-on-console-error.ts', '<rootDir>/test/setup/fast-check-seed.ts'],
  // Two suites run side by side (npm run test:jest): a slow test waits for a core; none is timed here.
  testTimeout: 120000,
};
