#!/usr/bin/env node
/**
 * Builds dist/addin/: the Excel task pane (taskpane.html + taskpane.js, with office.js and the
 * files it loads copied from @microsoft/office-js — no CDN), the browser demo (demo.html +
 * demo.js, and file-worker.js which opens and saves its files), the core worker both use
 * (core-worker.js), and the manifest's assets.
 * Usage: node scripts/build-addin.mjs [--dev] [--demo-only] [--outdir <dir>]
 *   --dev: no minification; --demo-only: skip the task pane (the demo and its two workers only);
 *   --outdir: build somewhere else than dist/addin (the e2e tests build into their own folder).
 */
import { build } from 'esbuild';
import { cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdirArg = process.argv.indexOf('--outdir');
const outdir =
  outdirArg > 0 && process.argv[outdirArg + 1]
    ? path.resolve(process.argv[outdirArg + 1])
    : path.join(root, 'dist', 'addin');
const dev = process.argv.includes('--dev');
const demoOnly = process.argv.includes('--demo-only');
const officeDist = path.join(root, 'node_modules', '@microsoft', 'office-js', 'dist');

/** office.js loads a host script (excel-web-16.00.js …) and its strings (<locale>/office_strings.js) next to itself. */
const OFFICE_FILE = /^(office|excel[\w.-]*|o15apptofilemappingtable|es6-promise)\.js$/;

async function copyOfficeJs() {
  for (const entry of await readdir(officeDist, { withFileTypes: true })) {
    const from = path.join(officeDist, entry.name);
    if (entry.isFile() && OFFICE_FILE.test(entry.name) && !entry.name.includes('.debug.')) {
      await cp(from, path.join(outdir, entry.name));
    } else if (entry.isDirectory()) {
      const strings = path.join(from, 'office_strings.js');
      if (existsSync(strings)) await cp(strings, path.join(outdir, entry.name, 'office_strings.js'));
      if (entry.name === 'telemetry' || entry.name === 'ariatelemetry') {
        for (const file of await readdir(from))
          if (!file.includes('.debug.')) await cp(path.join(from, file), path.join(outdir, entry.name, file));
      }
    }
  }
}

async function main() {
  const started = Date.now();
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });

  await build({
    absWorkingDir: root,
    entryPoints: {
      ...(demoOnly ? {} : { taskpane: 'addin/taskpane.tsx' }),
      demo: 'shared/ui/demo/main.tsx',
      'core-worker': 'shared/ui/tasks/core-worker.ts',
      // Opens and saves the demo's files (exceljs); loaded when a file is first opened or saved.
      'file-worker': 'shared/ui/demo/file-worker.ts',
    },
    outdir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'safari15', 'edge100'],
    jsx: 'automatic',
    minify: !dev,
    sourcemap: 'linked',
    define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
    legalComments: 'linked',
    logLevel: 'warning',
  });

  await cp(path.join(root, 'shared', 'ui', 'demo', 'demo.html'), path.join(outdir, 'demo.html'));
  if (!demoOnly) {
    await cp(path.join(root, 'addin', 'taskpane.html'), path.join(outdir, 'taskpane.html'));
    if (existsSync(path.join(root, 'addin', 'assets')))
      await cp(path.join(root, 'addin', 'assets'), path.join(outdir, 'assets'), { recursive: true });
    await copyOfficeJs();
  }

  const sizes = [];
  for (const file of [...(demoOnly ? [] : ['taskpane.js']), 'demo.js', 'core-worker.js', 'file-worker.js'])
    sizes.push(`${file} ${Math.round((await stat(path.join(outdir, file))).size / 1024)} KB`);
  console.log(`${path.relative(root, outdir) || outdir} built in ${Date.now() - started} ms: ${sizes.join(', ')}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
