import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const script = path.join(root, 'scripts/sideload.mjs');

describe('scripts/sideload.mjs', () => {
  test("copies the manifest into Excel for Mac's wef folder when it exists", () => {
    const wef = mkdtempSync(path.join(tmpdir(), 'custodian-wef-'));
    try {
      const run = spawnSync(process.execPath, [script, '--wef', wef], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(readFileSync(path.join(wef, 'custodian.manifest.xml'), 'utf8')).toBe(
        readFileSync(path.join(root, 'manifest.xml'), 'utf8'),
      );
      expect(run.stdout).toContain('Developer Add-ins');
    } finally {
      rmSync(wef, { recursive: true, force: true });
    }
  });

  test('prints the Excel on the web and Windows steps when there is no wef folder', () => {
    const missing = path.join(tmpdir(), 'custodian-no-such-wef');
    const run = spawnSync(process.execPath, [script, '--wef', missing], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Upload My Add-in');
    expect(run.stdout).toContain('Trusted Add-in Catalogs');
    expect(existsSync(missing)).toBe(false);
  });
});
