#!/usr/bin/env node
// Runs the bundled command line, building it first when a clone has not been built yet.
'use strict';
const { existsSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'cli', 'custodian.cjs');

/**
 * Loads the bundle through V8's code cache (kept beside it), as Node 22's module compile cache
 * does: compiling the 5 MB bundle was half of a short command's time. The cache is written after
 * the command ran, so it holds the functions the command used; a cache from another V8 is rejected
 * by V8 and written again; a folder that cannot be written just goes without. V8 would take a cache
 * of any source as long as this one (a rebuild that changed one digit), so the cache begins with the
 * size and time of the bundle it was made from, and one of another bundle is not used.
 */
function runBundle() {
  const cacheFile = `${bundle}.v8-cache`;
  const { size, mtimeMs } = statSync(bundle);
  const stamp = Buffer.from(`${size} ${mtimeMs}\n`);
  let cachedData;
  try {
    const file = readFileSync(cacheFile);
    if (file.subarray(0, stamp.length).equals(stamp)) cachedData = file.subarray(stamp.length);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  if (!cachedData || script.cachedDataRejected)
    process.once('exit', () => {
      try {
        // Whole or not at all: commands run side by side read it while one writes it.
        const temp = `${cacheFile}.${process.pid}`;
        writeFileSync(temp, Buffer.concat([stamp, script.createCachedData()]));
        renameSync(temp, cacheFile);
      } catch {
        // A read-only install runs without the cache.
      }
    });
  const module = new Module(bundle, null);
  module.filename = bundle;
  module.paths = Module._nodeModulePaths(dirname(bundle));
  const run = script.runInThisContext();
  run.call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, dirname(bundle));
}

if (existsSync(bundle)) {
  runBundle();
} else {
  import(join(__dirname, '..', 'scripts', 'build-cli.mjs'))
    .then((m) => m.buildCli())
    .then(runBundle)
    .catch((error) => {
      process.stderr.write(`custodian: could not build the command line (${error.message}); run "npm ci" first.\n`);
      process.exitCode = 2;
    });
}
