/**
 * @jest-environment jsdom
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkManifest, pngSize } from './manifest-checks';
import { sharedFolder } from '../support/shared-folder';

const root = path.resolve(__dirname, '../..');
const schema = path.join(sharedFolder(), 'schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');
const manifestPath = path.join(root, 'manifest.xml');

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest is not well-formed XML: ${error.textContent}`);
  return doc;
}

function localFileFor(base: string) {
  return (url: string): string | null =>
    url.startsWith(`${base}/assets/`) ? path.join(root, 'addin/assets', url.slice(`${base}/assets/`.length)) : null;
}

function xmllint(file: string) {
  return spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
}

describe('manifest.xml', () => {
  test('validates against the Office add-in manifest schema with xmllint', () => {
    const result = xmllint(manifestPath);
    if (result.error)
      throw new Error(`xmllint is not installed (Debian package libxml2-utils): ${result.error.message}`);
    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
  });

  test('resolves every resid, uses https only, translates every string and ships icons of the declared sizes', () => {
    const problems = checkManifest(parse(readFileSync(manifestPath, 'utf8')), {
      localFile: localFileFor('https://localhost:3000'),
      overrideLocales: ['zh-CN'],
    });
    expect(problems).toEqual([]);
  });

  test('asks for ExcelApi 1.8, ReadWriteDocument and the Workbook host', () => {
    const doc = parse(readFileSync(manifestPath, 'utf8'));
    const set = Array.from(doc.getElementsByTagName('Set')).find((el) => el.getAttribute('Name') === 'ExcelApi');
    expect(set?.getAttribute('MinVersion')).toBe('1.8');
    expect(doc.getElementsByTagName('Permissions')[0]?.textContent).toBe('ReadWriteDocument');
    expect(doc.getElementsByTagName('SourceLocation')[0]?.getAttribute('DefaultValue')).toBe(
      'https://localhost:3000/taskpane.html',
    );
    expect(doc.getElementsByTagName('OfficeTab')[0]?.getAttribute('id')).toBe('TabHome');
  });
});

describe('checkManifest', () => {
  const good = readFileSync(manifestPath, 'utf8');
  const check = (xml: string) =>
    checkManifest(parse(xml), { localFile: localFileFor('https://localhost:3000'), overrideLocales: ['zh-CN'] });

  test('reports a resid that names no resource', () => {
    expect(check(good.replace('resid="Group.Label"', 'resid="Group.Missing"'))).toEqual(
      expect.arrayContaining([
        '<Label resid="Group.Missing"> names no resource',
        'resource "Group.Label" is never used',
      ]),
    );
  });

  test('reports an http URL and a missing zh-CN override', () => {
    const problems = check(
      good
        .replace(
          'https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
          'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
        )
        .replace('<bt:Override Locale="zh-CN" Value="客户名单"/>', ''),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'SourceLocation DefaultValue="http://localhost:3000/taskpane.html" is not https',
        'TaskpaneButton.Label has no zh-CN override',
      ]),
    );
  });

  test('reports an icon whose pixels do not match its declared size', () => {
    const problems = check(
      good.replace(
        '<bt:Image id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png"',
        '<bt:Image id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-16.png"',
      ),
    );
    expect(problems.some((p) => p.includes('is 16x16, declared 32x32'))).toBe(true);
  });

  test('reads PNG sizes from the header', () => {
    expect(pngSize(readFileSync(path.join(root, 'addin/assets/icon-80.png')))).toEqual({ width: 80, height: 80 });
    expect(() => pngSize(Buffer.from('GIF89a'))).toThrow('not a PNG');
  });
});

describe('scripts/manifest-for-production.mjs', () => {
  test('writes a valid manifest with the production base URL and no localhost left', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'custodian-manifest-'));
    try {
      const out = path.join(dir, 'manifest.xml');
      const run = spawnSync(
        process.execPath,
        [path.join(root, 'scripts/manifest-for-production.mjs'), 'https://addins.example.com/custodian/', '--out', out],
        { encoding: 'utf8' },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const xml = readFileSync(out, 'utf8');
      expect(xml).not.toContain('localhost');
      expect(xml).toContain('https://addins.example.com/custodian/taskpane.html');
      expect(xmllint(out).status).toBe(0);
      expect(
        checkManifest(parse(xml), {
          localFile: localFileFor('https://addins.example.com/custodian'),
          overrideLocales: ['zh-CN'],
        }),
      ).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('refuses a base URL that is not https', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(root, 'scripts/manifest-for-production.mjs'), 'http://example.com', '--out', '/dev/null'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('https');
  });
});
