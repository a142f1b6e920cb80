/**
 * A CSV row whose values an unquoted comma moved one column right (Widgets, Inc) holds no customer's
 * values where its headers say: dedupe matches no group with it, so merge never folds its shifted
 * cells (Inc as a phone, a phone as an e-mail) into another row's notes. Check names the row instead.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';
import { readXlsx } from './fixtures';

// Bob Wu twice: once as exported, once with "Widgets, Inc" unquoted, his values one column right.
const CONTACTS = [
  'Name,Company,Phone,Email,Notes',
  'Sarah Johnson,Brightwave,+1 415-555-0199,sarah.johnson@brightwave.io,',
  'Bob Wu,Widgets Inc,+1 617-555-0142,bob.wu@widgets.com,',
  'Bob Wu,Widgets, Inc,+1 617-555-0142,bob.wu@widgets.com,',
  'Dana Whitfield,Summit Dental,(303) 555-0140,dana@summitdental.com,Met at SaaStr',
].join('\n');

const CLIENTS = [
  '客户名称,联系人,地址,手机,备注',
  '深圳市华强电子有限公司,王芳,深圳市福田区华强北路1002号,13812345678,',
  '深圳市华强电子有限公司,王芳,深圳市福田区华强北路1002号,赛格广场12楼,13812345678,',
  '宁波港联物流有限公司,陈静,宁波市北仑区明州路88号,13700001234,老客户',
].join('\n');

describe('a misaligned CSV row in duplicate matching', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'contacts.csv'), CONTACTS);
  writeFileSync(join(dir, 'clients.csv'), CLIENTS);

  test.each([
    ['contacts.csv', 4],
    ['clients.csv', 3],
  ])('dedupe of %s groups nothing with row %i', async (file, row) => {
    const out = await run(['dedupe', file, '--json'], dir);
    const { clusters } = JSON.parse(out.stdout) as { clusters: { rows: number[] }[] };
    expect(clusters.flatMap((c) => c.rows)).not.toContain(row);
  });

  test('merge leaves the shifted row as typed and writes none of its cells into another row', async () => {
    const out = await run(['merge', 'contacts.csv', '-o', 'contacts-merged.xlsx'], dir);
    expect(out.code).toBe(0);
    const workbook = await readXlsx(join(dir, 'contacts-merged.xlsx'));
    const rows: string[][] = [];
    workbook.worksheets[0]!.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
    });
    const cells = rows.flat();
    expect(cells).not.toContain('Other phone: Inc');
    expect(rows.some((r) => r.includes(' Inc') && r.includes('bob.wu@widgets.com'))).toBe(true);
  });
});
