import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UI_STRINGS, type UiKey } from '../../shared/ui/i18n';
import { ApiSetScanner, compareVersions, type ApiUse } from './api-sets-scan';

const root = join(__dirname, '..', '..');
const addinDir = join(root, 'addin');
const addinFiles = readdirSync(addinDir)
  .filter((f) => f.endsWith('.ts') || f === 'taskpane.tsx')
  .map((f) => join(addinDir, f));
// The plan driver: it calls a writer primitive only when the host's capability says so.
const driver = join(root, 'shared', 'plan', 'execute-plan.ts');

/** Guards that are not a plan part the driver skips, with the text that tells the user what they miss. */
const FALLBACK_TEXTS: Record<string, UiKey> = {
  // Without cell properties (1.9) the reader has no links, and the driver says removed rows lose theirs.
  'settings?.capabilities.cellLinks': 'skipped.links',
  'settings.capabilities.cellLinks': 'skipped.links',
  // Without notes (1.18) the reader has none and the writer writes none; the driver says so.
  'settings.capabilities.cellNotes': 'skipped.notes',
  'step.capabilities.cellNotes': 'skipped.notes',
  // Without AutoFilter (1.9) set up sets no filter (the sidebar says so), and the reader reads none to give back.
  'settings.capabilities.filter': 'skipped.filter',
  // Without formula cells (1.9) or merged areas (1.13) a removal keeps no footprint for undo; the driver says so.
  'can.formulaCells': 'skipped.footprints',
  'can.mergedCells': 'skipped.footprints',
  'step.capabilities.mergedCells': 'skipped.footprints',
  // Without AutoFilter (1.9) there is no filter to keep for undo either.
  'can.filter': 'skipped.footprints',
  'step.capabilities.filter': 'skipped.footprints',
};

function manifestMinimum(): string {
  const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
  const version = /<Set\s+Name="ExcelApi"\s+MinVersion="(\d+\.\d+)"\s*\/>/.exec(manifest)?.[1];
  if (!version) throw new Error('manifest.xml declares no ExcelApi minimum');
  return version;
}

/** Uses above the minimum that nothing guards, or that a check for an older set guards. */
function violations(uses: readonly ApiUse[], minimum: string): string[] {
  return uses
    .filter((u) => compareVersions(u.set, minimum) > 0)
    .filter((u) => !u.guard || compareVersions(u.guard.version, u.set) < 0)
    .map(
      (u) =>
        `${u.file.slice(root.length + 1)}:${u.line} ${u.member} needs ExcelApi ${u.set}` +
        (u.guard ? `, guarded only for ${u.guard.version} by ${u.guard.name}` : ', unguarded'),
    );
}

function text(key: string) {
  return [UI_STRINGS['zh-CN'][key as UiKey], UI_STRINGS['en-US'][key as UiKey]];
}

describe('api-sets', () => {
  const minimum = manifestMinimum();
  let uses: ApiUse[];
  beforeAll(() => {
    uses = new ApiSetScanner(addinFiles, [driver]).uses();
  });

  test('reads the manifest minimum and finds the Excel members the add-in calls when scanning addin/', () => {
    expect(minimum).toBe('1.8');
    const members = new Set(uses.map((u) => u.member));
    // Reading (1.1), data validation (1.8), conditional formats (1.6) and the filter (1.9).
    for (const member of [
      'Range.values',
      'Range.dataValidation',
      'ConditionalFormatCollection.add',
      'AutoFilter.apply',
    ])
      expect([...members]).toContain(member);
    expect(uses.find((u) => u.member === 'AutoFilter.apply')?.set).toBe('1.9');
    expect(uses.find((u) => u.member === 'Range.dataValidation')?.set).toBe('1.8');
  });

  test('calls nothing above the manifest minimum without an isSetSupported guard when the add-in runs in Excel 2019', () => {
    expect(violations(uses, minimum)).toEqual([]);
  });

  test('explains every guarded fallback in the sidebar in both languages when a part is skipped', () => {
    const guards = uses.filter((u) => compareVersions(u.set, minimum) > 0).map((u) => u.guard!);
    expect(guards.length).toBeGreaterThan(0);
    for (const guard of guards) {
      const key = guard.skippedPart ? `skipped.${guard.skippedPart}` : FALLBACK_TEXTS[guard.name];
      expect({ guard: guard.name, key }).toEqual({ guard: guard.name, key: expect.any(String) });
      for (const words of text(key!)) expect(words).toEqual(expect.stringMatching(/\S/));
    }
    expect(guards.map((g) => g.skippedPart)).toContain('filter');
    // Highlights paint several areas with one rule (RangeAreas, 1.9), only under the highlights capability.
    const areas = uses.filter((u) => u.member === 'Worksheet.getRanges');
    expect(areas.map((u) => [u.set, u.guard?.skippedPart])).toEqual([['1.9', 'highlights']]);
  });

  test.each([
    [
      'the filter capability checks too old a set',
      'excel-host.ts',
      (text: string) => text.replace("isSetSupported('ExcelApi', '1.9')", "isSetSupported('ExcelApi', '1.8')"),
      'guarded only for 1.8',
    ],
    [
      'the driver sets the filter whatever the capability',
      '../shared/plan/execute-plan.ts',
      (text: string) =>
        text.replace('() => writer.setFilter(filter!), can.filter,', '() => writer.setFilter(filter!), true,'),
      'unguarded',
    ],
  ])('fails on the add-in itself when %s', (_, file, plant, why) => {
    const strict = (text: string) => {
      const changed = plant(text);
      if (changed === text) throw new Error(`the planted change no longer applies to ${file}`);
      return changed;
    };
    const planted = new ApiSetScanner(addinFiles, [driver], { [join(addinDir, file)]: strict }).uses();
    const found = violations(planted, minimum);
    expect(found).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`AutoFilter.apply needs ExcelApi 1.9, ${why}`))]),
    );
  });

  test('fails on planted violations and accepts each guard form when scanning a sample source', () => {
    const sample = join(__dirname, 'fixtures', 'api-sets-sample.ts');
    const found = new ApiSetScanner([sample]).uses();
    const lines = violations(found, minimum).map((v) => v.replace(/^.*api-sets-sample\.ts:/, ''));
    const source = readFileSync(sample, 'utf8').split('\n');
    const inFunction = (line: string) => {
      const n = Number(line.split(' ')[0]);
      return source
        .slice(0, n)
        .reverse()
        .find((l) => l.includes('function '))!
        .replace(/^.*function (\w+).*$/, '$1');
    };
    expect(lines.map((l) => `${inFunction(l)}: ${l.replace(/^\d+ /, '')}`).sort()).toEqual([
      'filterUnderTooOldACheck: AutoFilter.apply needs ExcelApi 1.9, guarded only for 1.7 by ' +
        "Office.context.requirements.isSetSupported('ExcelApi', '1.7')",
      'filterUnderTooOldACheck: Worksheet.autoFilter needs ExcelApi 1.9, guarded only for 1.7 by ' +
        "Office.context.requirements.isSetSupported('ExcelApi', '1.7')",
      'filterUnguarded: AutoFilter.apply needs ExcelApi 1.9, unguarded',
      'filterUnguarded: Worksheet.autoFilter needs ExcelApi 1.9, unguarded',
    ]);
    const guardIn = (fn: string) =>
      found.filter((u) => u.member === 'AutoFilter.apply' && inFunction(`${u.line}`) === fn).map((u) => u.guard?.name);
    expect(guardIn('filterInIf')).toEqual(["Office.context.requirements.isSetSupported('ExcelApi', '1.9')"]);
    expect(guardIn('filterAfterEarlyReturn')).toEqual([
      'Office.context.requirements.isSetSupported(API.set, API.version)',
    ]);
    expect(guardIn('applyFilter')).toEqual(['canFilter']);
    // Conditional formats (1.6) are within Excel 2019's 1.8.
    expect(found.find((u) => u.member === 'ConditionalFormatCollection.add')?.set).toBe('1.6');
  });
});
