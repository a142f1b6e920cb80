#!/usr/bin/env node
// Sideloads Custodian's manifest where that can be done from a script: Excel on Mac reads
// manifests from its `wef` folder. Elsewhere it prints the steps (docs/sideload.md has them all).
//
//   node scripts/sideload.mjs [--manifest dist/manifest.xml] [--wef <folder>]
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAC_WEF = path.join(homedir(), 'Library/Containers/com.microsoft.Excel/Data/Documents/wef');

function usage(message) {
  if (message) console.error(`sideload: ${message}`);
  console.error('usage: node scripts/sideload.mjs [--manifest manifest.xml] [--wef <folder>]');
  process.exit(2);
}

let manifest = path.join(repo, 'manifest.xml');
let wef = MAC_WEF;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--manifest') manifest = path.resolve(args[++i] ?? usage('--manifest needs a file'));
  else if (args[i] === '--wef') wef = path.resolve(args[++i] ?? usage('--wef needs a folder'));
  else if (args[i] === '--help' || args[i] === '-h') usage();
  else usage(`unknown option ${args[i]}`);
}
if (!existsSync(manifest)) usage(`${manifest} does not exist`);

const isDir = (dir) => {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
};

if (isDir(wef)) {
  const target = path.join(wef, 'custodian.manifest.xml');
  copyFileSync(manifest, target);
  console.log(`Copied ${path.relative(process.cwd(), manifest) || manifest} to ${target}.`);
  console.log('Next: start the server (npm run serve), quit and reopen Excel, then choose');
  console.log('Home > Add-ins (or Insert > My Add-ins) > Developer Add-ins > Custodian.');
  process.exit(0);
}

console.log(`No Excel for Mac add-in folder here (${wef}); sideload by hand.
Start the server first: npm run serve  (it serves ${path.relative(process.cwd(), manifest) || manifest} at https://localhost:3000/manifest.xml)

Excel on the web
  1. Open a workbook at https://www.office.com (or your organisation's SharePoint/OneDrive).
  2. Home > Add-ins > More Add-ins (or Insert > Add-ins > Office Add-ins).
  3. My Add-ins > Upload My Add-in > Browse… > choose ${manifest} > Upload.
  4. Home > Customer list opens the pane. The browser must trust https://localhost:3000 (see docs/sideload.md).

Excel on Windows (shared folder catalog)
  1. Share a folder that holds manifest.xml (folder Properties > Sharing > Share…) and note its \\\\machine\\share path.
  2. Excel: File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs:
     add the \\\\machine\\share path as Catalog Url, tick "Show in Menu", OK, restart Excel.
  3. Home > Add-ins > More Add-ins > SHARED FOLDER > Custodian > Add.

Details and troubleshooting: docs/sideload.md`);
