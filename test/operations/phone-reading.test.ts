import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import { resolveContext } from '../../shared/operations/options';
import { buildRecords } from '../../shared/dedupe/records';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { sampleCustomers } from '../../shared/ui/demo/sample-customers';
import { sheet, TODAY } from './fixtures';

/** What check, clean and dedupe each make of every phone cell, by row. */
function readings(snapshot: SheetSnapshot, locale?: 'zh-CN' | 'en-US') {
  const options = { now: TODAY, ...(locale ? { locale } : {}) };
  const ctx = resolveContext(snapshot, options);
  const phoneCol = ctx.mapping.columns.find((c) => c.field === 'phone')!.col;
  const issues = checkSheet(snapshot, options).issues.filter((i) => i.field === 'phone');
  const edits = planClean(snapshot, options).plan.edits.filter((e) => e.col === phoneCol);
  const records = buildRecords(snapshot, { template: ctx.template, mapping: ctx.mapping });
  const phone = records.fields.find((f) => f.role === 'phone')!;
  const dedupeKey = new Map<number, string | null>();
  records.rows.forEach((row, k) => dedupeKey.set(row, phone.ids[k]! < 0 ? null : phone.keys[phone.ids[k]!]!));
  return {
    issue: (row: number) => issues.find((i) => i.row === row),
    edit: (row: number) => edits.find((e) => e.row === row),
    key: (row: number) => dedupeKey.get(row),
  };
}

const usWithCountry: CellValue[][] = [
  ['Customer ID', 'Name', 'Phone', 'Email', 'Country'],
  ['C000001', 'John Smith', '(415) 555-0134', 'john.smith@acme.com', 'USA'],
  ['C000002', 'Mary Jones', '212-555-0199', 'mary@jones.com', 'United States'],
  ['C000003', 'Pierre Tremblay', '416.555.0134', 'pierre@tremblay.ca', 'Canada'],
  ['C000004', 'Tom Wilson', '020 7946 0958', 'tom@wilson.co.uk', 'UK'],
  ['C000005', 'Wang Fang', '13800138000', 'wangfang@163.com', 'China'],
  ['C000006', 'Ann Lee', '4155550135', 'ann@lee.com', 'US'],
];

describe('phone reading across check, clean and dedupe', () => {
  test('reads each phone in the country its row names when a US list has a Country column', () => {
    const r = readings(sheet(usWithCountry));
    expect(r.edit(2)?.after).toBe('+1 415 555 0134');
    expect(r.edit(3)?.after).toBe('+1 212 555 0199');
    expect(r.edit(4)?.after).toBe('+1 416 555 0134');
    expect(r.edit(5)?.after).toBe('+44 20 7946 0958');
    // An American list is no Chinese team's: its Chinese mobile is written with +86, as a US team dials it.
    expect(r.edit(6)?.after).toBe('+86 138 0013 8000');
    expect(r.edit(7)?.after).toBe('+1 415 555 0135');
    expect(r.issue(2)).toMatchObject({ code: 'phone.nonCanonical', suggestion: '+1 415 555 0134' });
    expect(r.issue(6)).toMatchObject({ code: 'phone.nonCanonical', suggestion: '+86 138 0013 8000' });
    expect([2, 3, 4, 5, 6, 7].map(r.key)).toEqual([
      '+14155550134',
      '+12125550199',
      '+14165550134',
      '+442079460958',
      '#13800138000',
      '+14155550135',
    ]);
  });

  test.each([['Country'], ['国家'], ['国家/地区'], ['Country Code']])(
    'maps a %j column to the template’s country field',
    (header) => {
      const ctx = resolveContext(
        sheet([
          ['Name', 'Phone', header],
          ['John Smith', '(415) 555-0134', 'USA'],
        ]),
        { now: TODAY },
      );
      expect(ctx.mapping.columns.find((c) => c.header === header)?.field).toBe('country');
    },
  );

  test('reads North American formats as North American when an English list has no Country column', () => {
    const snapshot = sheet([
      ['Name', 'Phone', 'Email'],
      ['John Smith', '(415) 555-0134', 'john@acme.com'],
      ['Mary Jones', '212-555-0199', 'mary@jones.com'],
      ['Bob Brown', '+1 646 555 0101', 'bob@brown.com'],
      ['Ann Lee', '4155550135', 'ann@lee.com'], // bare digits: the sheet is North American, so is this
    ]);
    const r = readings(snapshot);
    expect([2, 3, 4, 5].map((row) => r.edit(row)?.after ?? null)).toEqual([
      '+1 415 555 0134',
      '+1 212 555 0199',
      null,
      '+1 415 555 0135',
    ]);
    expect([2, 3, 4, 5].map((row) => r.issue(row)?.code)).toEqual([
      'phone.nonCanonical',
      'phone.nonCanonical',
      undefined,
      'phone.nonCanonical',
    ]);
    expect([2, 3, 4, 5].map(r.key)).toEqual(['+14155550134', '+12125550199', '+16465550101', '+14155550135']);
  });

  test('reads a British list as British, never giving its London and Cardiff numbers China’s code', () => {
    // No country column and the built-in (Chinese) template: 020 7946 0958 and 029 2018 0456 are also
    // Guangzhou and Xi'an landlines, but 07911 123456 and 0161 234 5678 can only be British.
    const snapshot = sheet([
      ['Full name', 'Phone', 'Email', 'Postcode'],
      ['Smith, John', '020 7946 0958', 'john@smithsons.co.uk', 'SW1A 2AA'],
      ['Smith, John', '+44 (0)20 7946 0958', 'john.smith@gmail.com', 'SW1A 2AA'],
      ['Jones, Sarah', '07911 123456', 'sarah@greencafe.co.uk', 'OX1 3HZ'],
      ['Williams, David', '0161 234 5678', 'dave@joinery.co.uk', 'M3 2BW'],
      ['Evans, Gareth', '029 2018 0456', 'gareth@evans.co.uk', 'CF10 2BU'],
    ]);
    const r = readings(snapshot, 'en-US');
    expect([2, 4, 5, 6].map((row) => r.edit(row)?.after)).toEqual([
      '+44 20 7946 0958',
      '+44 7911 123456',
      '+44 161 234 5678',
      '+44 29 2018 0456',
    ]);
    expect([2, 3, 4, 5, 6].map((row) => r.issue(row)?.code).filter((c) => c === 'phone.invalid')).toEqual([]);
    // The same London number, written nationally and with +44, is one number to dedupe.
    expect(r.key(2)).toBe(r.key(3));
  });

  test('keeps Chinese numbers national when a Chinese list has no country column', () => {
    const snapshot = sheet([
      ['客户编号', '姓名', '手机号', '邮箱'],
      ['C000001', '张伟', '+86 138 0013 8000', 'zhangwei@163.com'],
      ['C000002', '李娜', '(010)62345678转808', 'lina@qq.com'],
      ['C000003', '王芳', '0415-5550134', 'wangfang@126.com'],
      ['C000004', '刘洋', '139 1234 5678', 'liuyang@qq.com'],
    ]);
    const r = readings(snapshot);
    expect([2, 3, 4, 5].map((row) => r.edit(row)?.after ?? null)).toEqual([
      '13800138000',
      '010-62345678 分机 808',
      null,
      '13912345678',
    ]);
    expect([2, 3, 4, 5].map(r.key)).toEqual(['#13800138000', '#1062345678;ext=808', '#4155550134', '#13912345678']);
  });

  test('reads a mixed list by its 国家 column, leaves a number it cannot place as typed and warns in both languages', () => {
    const rows: CellValue[][] = [
      ['客户编号', '姓名', '手机号', '国家'],
      ['C000001', '张伟', '13800138000', '中国'],
      ['C000002', 'John Smith', '4155550134', '美国'],
      ['C000003', 'Tom Wilson', '020 7946 0958', '英国'],
      ['C000004', '陈静', '2125550199', ''], // no country: a US number or a Shanghai landline without its 0
      ['C000005', '李雷', '010-62345678', '中国'],
      ['C000006', '韩梅梅', '13700137000', '中国'],
    ];
    const zh = readings(sheet(rows));
    expect([2, 3, 4, 5, 6].map((row) => zh.edit(row)?.after ?? null)).toEqual([
      null,
      '+1 415 555 0134',
      '+44 20 7946 0958',
      null,
      null,
    ]);
    expect(zh.issue(5)).toMatchObject({
      code: 'phone.ambiguous',
      severity: 'warning',
      value: '2125550199',
      suggestion: null,
    });
    expect(zh.issue(5)!.message).toContain('+1 212 555 0199（美国） 或 +86 21 2555 0199（中国）');
    expect([2, 3, 4, 5].map(zh.key)).toEqual(['#13800138000', '+14155550134', '+442079460958', '#2125550199?']);

    const en = readings(sheet(rows), 'en-US');
    expect(en.issue(5)!.message).toContain('+1 212 555 0199 (United States) or +86 21 2555 0199 (China)');
    expect(en.issue(5)!.message).toContain('left as typed');
  });

  test('leaves the demo’s D15 as typed with a warning instead of making it a Chinese landline', () => {
    const r = readings(sampleCustomers());
    expect(r.edit(15)).toBeUndefined();
    expect(r.issue(15)).toMatchObject({ code: 'phone.ambiguous', column: '手机号', value: '4155550134' });
    expect(r.issue(15)!.message).toContain('+1 415 555 0134（美国） 或 +86 415 555 0134（中国）');
    // Dedupe compares it by its digits: it is neither given +1 nor +86, yet still meets row 3's +1 415 555 0134.
    expect(r.key(15)).toBe('#4155550134?');
    expect(r.key(3)).toBe('+14155550134');
    expect(r.edit(10)?.after).toBe('+1 212 555 0199');
  });

  test('dedupe never takes a Chinese landline for the North American number with the same digits', () => {
    const snapshot = sheet([
      ['客户编号', '姓名', '手机号', '国家'],
      ['C000001', '王芳', '0415-5550134', '中国'],
      ['C000002', 'John Smith', '+1 415 555 0134', '美国'],
      ['C000003', 'Jon Smith', '4155550134', ''], // either of the two: compared by its digits
    ]);
    const ctx = resolveContext(snapshot, { now: TODAY });
    const records = buildRecords(snapshot, { template: ctx.template, mapping: ctx.mapping });
    const phone = records.fields.find((f) => f.role === 'phone')!;
    const level = (a: number, b: number) =>
      phone.comparator.compare(phone.values[phone.ids[a]!], phone.values[phone.ids[b]!]);
    expect(phone.comparator.levels[level(0, 1)]!.label).toBe('different');
    expect(phone.comparator.levels[level(0, 2)]!.label).toBe('exact');
    expect(phone.comparator.levels[level(1, 2)]!.label).toBe('exact');
  });

  test.each([
    ['a US list with a Country column', () => sheet(usWithCountry)],
    ['the demo list', sampleCustomers],
  ])('cleans %s so that checking it again finds no phone to change, only the ones to confirm', (_label, make) => {
    const snapshot = make();
    const { plan } = planClean(snapshot, { now: TODAY });
    const values = snapshot.values.map((row) => [...row]);
    for (const edit of plan.edits) values[edit.row - 1]![edit.col - 1] = edit.after;
    const before = checkSheet(snapshot, { now: TODAY }).issues.filter(
      (i) => i.field === 'phone' && i.code !== 'phone.nonCanonical',
    );
    const again = checkSheet({ ...snapshot, values }, { now: TODAY }).issues.filter((i) => i.field === 'phone');
    expect(again).toEqual(before);
  });
});
