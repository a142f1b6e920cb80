import { fieldCoder } from '../../shared/dedupe/compare/rows';
import { buildRecords } from '../../shared/dedupe/records';
import { runEm } from '../../shared/dedupe/score/em';
import { MatchModel, NAME_VETO_BITS, buildFieldModel, probability } from '../../shared/dedupe/score/model';
import type { PatternTable } from '../../shared/dedupe/score/patterns';
import { estimateU, mulberry32, sampleCodeCounts } from '../../shared/dedupe/score/u-probabilities';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';

function recordsOf(values: CellValue[][]) {
  return buildRecords(
    { name: 't', values },
    { template: DEFAULT_TEMPLATE, mapping: mapHeaders(values[0]!, DEFAULT_TEMPLATE) },
  );
}

describe('score/em', () => {
  test('recovers m, u and the share of duplicates from simulated pairs', () => {
    // Three fields with levels [exact, different]; duplicates agree 90% / 80% / 85%, others 5% / 10% / 2%.
    const random = mulberry32(3);
    const counts = new Map<string, number>();
    const add = (match: boolean) => {
      const c1 = random() < (match ? 0.9 : 0.05) ? 1 : 2;
      const c2 = random() < (match ? 0.8 : 0.1) ? 1 : 2;
      const c3 = random() < (match ? 0.85 : 0.02) ? 1 : 2;
      counts.set(`${c1}${c2}${c3}`, (counts.get(`${c1}${c2}${c3}`) ?? 0) + 1);
    };
    for (let k = 0; k < 2_000; k++) add(true);
    for (let k = 0; k < 18_000; k++) add(false);
    const keys = [...counts.keys()];
    const table: PatternTable = {
      fieldCount: 3,
      codes: Uint8Array.from(keys.flatMap((k) => [Number(k[0]), Number(k[1]), Number(k[2])])),
      counts: Float64Array.from(keys.map((k) => counts.get(k)!)),
      size: keys.length,
    };
    const em = runEm(table, [
      Float64Array.from([0.6, 0.4]),
      Float64Array.from([0.6, 0.4]),
      Float64Array.from([0.6, 0.4]),
    ]);
    expect(em.lambda).toBeCloseTo(0.1, 1);
    expect(em.m[0]![0]).toBeCloseTo(0.9, 1);
    expect(em.m[1]![0]).toBeCloseTo(0.8, 1);
  });
});

describe('score/model', () => {
  const values: CellValue[][] = [
    ['姓名', '手机', '生日'],
    ...Array.from({ length: 40 }, (_, k): CellValue[] => ['张伟', `1390000${String(1000 + k)}`, null]),
    ['张晓梅', '13800138000', '1990-03-05'],
    ['张晓梅', '13800138001', '1990-03-05'],
    ...Array.from({ length: 40 }, (_, k): CellValue[] => [
      `李${String.fromCharCode(0x4e00 + k)}${String.fromCharCode(0x4e80 + k)}`,
      `1370000${String(1000 + k)}`,
      `1980-01-${String(1 + (k % 28)).padStart(2, '0')}`,
    ]),
  ];
  const records = recordsOf(values);
  const coders = records.fields.map(fieldCoder);
  const levelCounts = records.fields.map((f) => f.comparator.levels.length);
  const sampled = sampleCodeCounts(records.rows.length, coders, levelCounts);
  const models = records.fields.map((f, k) => {
    const m = Float64Array.from(f.comparator.levels, (l) => l.m);
    const sum = m.reduce((s, x) => s + x, 0);
    return buildFieldModel(
      f,
      m.map((x) => x / sum),
      estimateU(f, sampled[k]!),
    );
  });
  const model = new MatchModel(models, -10);
  const name = models[0]!;
  const id = (text: string) => name.field.keys.indexOf(text);

  test('weighs a shared common name (40 张伟) far below a rare one (张晓梅)', () => {
    expect(name.exactBits![id('张伟')]!).toBeLessThan(name.exactBits![id('张晓梅')]! - 4);
  });

  test('counts a missing value as unknown: it adds nothing', () => {
    const i = 40; // 张晓梅 with a birth date
    const j = 0; // 张伟 without one
    const codes = coders.map((c) => c(i, j));
    expect(codes[2]).toBe(0);
  });

  test('never matches rows whose names differ unless an ID number, e-mail or account agrees, or a renamed row keeps its birth date and mobile', () => {
    const codes = Uint8Array.from([name.field.comparator.levels.length, 3, 0]); // names different, phones different
    expect(model.bits(codes, 0, 0, 1)).toBeLessThanOrEqual(NAME_VETO_BITS);
    const different = name.field.comparator.levels.length;
    // 张晓梅 (row 40) and 李… (row 42): one birth date, but phones that differ.
    expect(model.vetoed(Uint8Array.from([different, 3, 1]), 0, 40, 42)).toBe(true);
    // Two 李 of one birth date and phone are twins or siblings, not one person.
    expect(model.vetoed(Uint8Array.from([different, 1, 1]), 0, 42, 43)).toBe(true);
    // Another surname too, with the same birth date and mobile: a name replaced, one person.
    expect(model.vetoed(Uint8Array.from([different, 1, 1]), 0, 40, 42)).toBe(false);
  });

  test('turns bits into a probability', () => {
    expect(probability(0)).toBe(0.5);
    expect(probability(10)).toBeGreaterThan(0.999);
    expect(probability(-10)).toBeLessThan(0.001);
  });
});
