/**
 * `custodian export` of a Sales Navigator list whose names carry degrees (Rachel Green, MBA): First
 * and Last Name get the name alone, the name as typed is kept, and the report says where, in the
 * sheet's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { run, tempDir } from './run';
import { writeUtf8Csv } from './fixtures';

// probe 3, min/mba.csv (from 05_salesnav.csv).
// prettier-ignore
const MBA = [
  ['Full Name', 'Email'],
  ['Rachel Green, MBA', 'r@rl.com'],
  ['Sam Lee, PhD', 's@x.com'],
  ['Dr. Ana Ruiz', 'a@x.com'],
];

function readRows(path: string): string[][] {
  return Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
}

describe('custodian export of names with degrees after them', () => {
  const dir = tempDir();

  test('HubSpot: Rachel / Green and Sam / Lee, the names as typed under Full Name (en-US)', async () => {
    writeUtf8Csv(join(dir, 'mba.csv'), MBA);
    const result = await run(['export', 'mba.csv', '--to', 'hubspot', '-o', 'mba.hub.csv'], dir);
    expect(result.code).toBe(0);
    expect(readRows(join(dir, 'mba.hub.csv'))).toEqual([
      ['Salutation', 'First Name', 'Last Name', 'Email', 'Full Name'],
      ['', 'Rachel', 'Green', 'r@rl.com', 'Rachel Green, MBA'],
      ['', 'Sam', 'Lee', 's@x.com', 'Sam Lee, PhD'],
      ['Dr.', 'Ana', 'Ruiz', 'a@x.com', ''],
    ]);
    expect(result.stderr).toContain(
      '2 names of "Full Name" end in a degree or credential (such as "Rachel Green, MBA"), which is no part of the name: First and Last Name hold the name alone, and the name as typed is kept in "Full Name"',
    );
  });

  test('Salesforce: the names as typed in the description (zh-CN)', async () => {
    writeUtf8Csv(join(dir, 'mba-zh.csv'), MBA);
    const result = await run(
      ['export', 'mba-zh.csv', '--to', 'salesforce', '-o', 'mba.sf.csv', '--locale', 'zh-CN'],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      '“Full Name”有 2 个姓名后面带着学位或职业资格（如“Rachel Green, MBA”），不属于姓名：名和姓只写人名，原样的姓名写入“Contact Description”',
    );
  });
});
