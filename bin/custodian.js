#!/usr/bin/env node
// Runs the bundled command line, building it first when a clone has not been built yet.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli', 'custodian.cjs');
if (existsSync(bundle)) {
  require(bundle);
} else {
  import(join(__dirname, '..', 'scripts', 'build-cli.mjs'))
    .then((m) => m.buildCli())
    .then(() => require(bundle))
    .catch((error) => {
      process.stderr.write(`custodian: could not build the command line (${error.message}); run "npm ci" first.\n`);
      process.exitCode = 2;
    });
}
