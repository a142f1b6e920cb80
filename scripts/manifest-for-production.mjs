#!/usr/bin/env node
// Writes a copy of manifest.xml with the development base URL (https://localhost:3000) replaced by
// a production one. Publish dist/addin/ (scripts/build-addin.mjs puts addin/assets/ in it) at that URL.
//   node scripts/manifest-for-production.mjs https://custodian.example.com/addin [--out dist/manifest.xml]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DEV_BASE = 'https://localhost:3000';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`manifest-for-production: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
let out = path.join(root, 'dist/manifest.xml');
const positional = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = path.resolve(args[++i] ?? fail('--out needs a file name'));
  else if (args[i] === '--help' || args[i] === '-h') {
    console.log('usage: node scripts/manifest-for-production.mjs <https base URL> [--out file]');
    process.exit(0);
  } else positional.push(args[i]);
}
if (positional.length !== 1) fail('give exactly one base URL, e.g. https://custodian.example.com/addin');

let base;
try {
  base = new URL(positional[0]);
} catch {
  fail(`not a URL: ${positional[0]}`);
}
if (base.protocol !== 'https:') fail(`Office add-ins must be served over https, got ${base.protocol}`);
if (base.search || base.hash) fail('the base URL must not have a query or fragment');
const baseText = base.href.replace(/\/+$/, '');

const source = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const manifest = source.split(DEV_BASE).join(baseText);
if (manifest.includes('localhost')) fail('manifest.xml still names localhost after the swap');

mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, manifest);
console.log(`wrote ${path.relative(process.cwd(), out) || out} for ${baseText}; publish dist/addin/ there`);

// Validate the copy when xmllint is installed (Debian libxml2-utils); the jest suite always does.
const schema = path.resolve(root, '../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');
const lint = existsSync(schema)
  ? spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, out], { encoding: 'utf8' })
  : { error: new Error('no schema') };
if (!existsSync(schema)) console.log(`no schema at ${schema}: skipped schema validation`);
else if (lint.error) console.log('xmllint not found: skipped schema validation (apt-get install libxml2-utils)');
else if (lint.status !== 0) fail(`schema validation failed:\n${lint.stderr}`);
else console.log('schema validation passed');
