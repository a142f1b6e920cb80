/**
 * A number typed with its extension on one row and without on another (021-6234 5678 转 808 and
 * 021-62345678) meets through the number without the extension, even when the names are written
 * differently (王经理, 王建国) and no other key puts the rows side by side; a switchboard whose
 * colleagues each have an extension (801..820) is a company's line, and its rows stay apart.
 */
import { findDuplicates } from '../../shared/dedupe';
import { CandidateIndex } from '../../shared/dedupe/block/candidates';
import { collectKeySets, secondaryKeys } from '../../shared/dedupe/block/keys';
import { buildRecords, type MatchRecords } from '../../shared/dedupe/records';
import { reasonText } from '../../shared/merge/audit-log';
import { MERGE_LABELS } from '../../shared/merge/labels';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';

function recordsOf(values: CellValue[][]): MatchRecords {
  return buildRecords(
    { name: 't', values },
    { template: DEFAULT_TEMPLATE, mapping: mapHeaders(values[0]!, DEFAULT_TEMPLATE) },
  );
}

/** Candidate pairs as sheet rows ("2,4"). */
function candidateRows(values: CellValue[][]): Set<string> {
  const records = recordsOf(values);
  const n = records.rows.length;
  const index = new CandidateIndex(collectKeySets(records), n, secondaryKeys(records));
  const pairs = new Set<string>();
  for (let i = 0; i < n; i++) index.forEachPartner(i, (j) => pairs.add(`${records.rows[i]},${records.rows[j]}`));
  return pairs;
}

/**
 * A 钉钉 CRM contact export: each company's 总机 typed on its contacts' rows, a few contacts of
 * their own; `extra` rows come after.
 */
function chineseContacts(extra: CellValue[][]): CellValue[][] {
  const companies: Array<[string, string, string[]]> = [
    ['杭州森源建材有限公司', '0571-88231546', ['李娜', '赵磊', '孙丽']],
    ['苏州恒达精密机械有限公司', '0512-65432100', ['周建华', '吴敏', '郑涛']],
    ['无锡宏远物流有限公司', '0510-82345678', ['陈立', '冯芳', '褚军']],
    ['南京金陵电子科技有限公司', '025-84561234', ['卫东', '蒋红', '沈洋']],
    ['宁波港城贸易有限公司', '0574-87654321', ['韩梅', '杨帆', '朱婷']],
  ];
  const values: CellValue[][] = [['联系人', '电话', '客户名称']];
  for (const [company, phone, people] of companies) for (const p of people) values.push([p, phone, company]);
  return [...values, ...extra];
}

describe('blocking on a number without its extension', () => {
  test('puts 王经理 at 021-6234 5678 转 808 beside 王建国 at 021-62345678 from a business card', () => {
    const values = chineseContacts([
      ['王经理', '021-6234 5678 转 808', '上海宏达贸易有限公司'],
      ['王建国', '021-62345678', ''],
    ]);
    expect(candidateRows(values).has('17,18')).toBe(true);
    const cluster = findDuplicates({ name: 'Contacts', values }, { reviewThreshold: 0.3 }).clusters.find((c) =>
      c.rows.includes(17),
    );
    expect(cluster?.rows).toEqual([17, 18]);
    const phone = cluster!.reasons.find((r) => r.column === '电话')!;
    expect(phone.level).toBe('with-extension');
    expect(reasonText(phone, MERGE_LABELS['zh-CN'].reason!)).toBe(
      '电话：同一号码，一方带分机号（021-6234 5678 转 808 = 021-62345678）',
    );
    expect(reasonText(phone, MERGE_LABELS['en-US'].reason!)).toContain('same number, one with an extension');
  });

  test('puts Acme Corp front desk at (415) 555-0100 x12 beside Acme Corporation at 415-555-0100', () => {
    // A HubSpot export: Acme's staff on direct lines in a run (0101..0108), the front desk on the
    // main line's extension, and the company itself from a trade-show list.
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Email'],
      ['Acme Corp front desk', '(415) 555-0100 x12', 'frontdesk@acme.com'],
      ...['Ann Lee', 'Raj Patel', 'Tom Baker', 'Sue Park', 'Dan Cole', 'Eva Ruiz', 'Ian Ford', 'Kim Ng'].map(
        (name, k) => [name, `(415) 555-010${k + 1}`, `${name.split(' ')[0]!.toLowerCase()}@acme.com`],
      ),
      ['Globex Corporation', '(212) 555-0199', 'info@globex.com'],
      ['Initech LLC', '(512) 555-0142', 'sales@initech.com'],
      ['Umbrella Health', '(617) 555-0123', 'hello@umbrella.org'],
      ['Stark Industries', '(310) 555-0188', 'procurement@stark.com'],
      ['Wayne Enterprises', '(201) 555-0164', 'office@wayne.com'],
      ['Acme Corporation', '415-555-0100', ''],
    ];
    expect(candidateRows(values).has('2,16')).toBe(true);
    const cluster = findDuplicates({ name: 'Contacts', values }, { reviewThreshold: 0.3 }).clusters.find((c) =>
      c.rows.includes(2),
    );
    expect(cluster?.rows).toEqual([2, 16]);
    expect(cluster!.reasons.find((r) => r.column === 'Phone')?.level).toBe('with-extension');
  });

  test('keeps 20 colleagues at one switchboard, extensions 801..820, apart from each other and the line', () => {
    const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
    const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平';
    const colleagues: CellValue[][] = [...surnames].map((s, k) => [
      `${s}${given[k]}`,
      `021-6234 5678 转 ${801 + k}`,
      '上海宏达贸易有限公司',
    ]);
    const values = chineseContacts([...colleagues, ['前台', '021-62345678', '上海宏达贸易有限公司']]);
    const pairs = candidateRows(values);
    const extensionRows = colleagues.map((_, k) => 17 + k);
    // The line meets at most its two neighbours in phone order, as before: not a block of all 20.
    expect(extensionRows.filter((r) => pairs.has(`${r},37`)).length).toBeLessThanOrEqual(2);
    const clusters = findDuplicates({ name: 'Contacts', values }, { reviewThreshold: 0.3 }).clusters;
    expect(clusters.filter((c) => c.rows.some((r) => r >= 17))).toEqual([]);
  });
});
