import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import { resolveContext } from '../../shared/operations/options';
import { buildRecords } from '../../shared/dedupe/records';
import type { CellValue } from '../../shared/sheet/cell-value';
import { HK_TW_MEMBERS, MAINLAND_WITH_HK_TW } from '../support/region-column-lists';
import { sheet, TODAY } from './fixtures';

/** What clean writes in the 手機/手机 column, and the number check and dedupe read there, by row. */
function phones(values: CellValue[][]) {
  const snapshot = sheet(values);
  const options = { now: TODAY };
  const ctx = resolveContext(snapshot, options);
  const col = ctx.mapping.columns.find((c) => c.field === 'phone')!.col;
  const edits = planClean(snapshot, options).plan.edits.filter((e) => e.col === col);
  const issues = checkSheet(snapshot, options).issues.filter((i) => i.field === 'phone');
  const records = buildRecords(snapshot, { template: ctx.template, mapping: ctx.mapping });
  const phone = records.fields.find((f) => f.role === 'phone')!;
  const key = (row: number) => {
    const id = phone.ids[records.rows.indexOf(row)]!;
    return id < 0 ? null : phone.keys[id]!;
  };
  return {
    written: (row: number) => edits.find((e) => e.row === row)?.after ?? values[row - 1]![col - 1],
    suggested: (row: number) => issues.find((i) => i.row === row)?.suggestion,
    key,
  };
}

describe('clean of phones on rows whose region column names their country', () => {
  test('writes a 香港 row’s 63687353 as the Hong Kong number it is, as check suggests and dedupe keys it', () => {
    const r = phones(HK_TW_MEMBERS);
    expect(r.written(4)).toBe('+852 6368 7353');
    expect(r.suggested(4)).toBe('+852 6368 7353');
    expect(r.key(4)).toBe('+85263687353');
    expect(r.written(7)).toBe('+852 9123 4567');
    expect(r.key(7)).toBe(r.key(8));
    expect(r.written(3)).toBe('+886 915 721 178');
    expect(r.key(3)).toBe('+886915721178');
  });

  test('writes a mainland list’s 香港 and 台湾 numbers in their regions and leaves its mainland mobiles as they are', () => {
    const r = phones(MAINLAND_WITH_HK_TW);
    expect([2, 3, 4, 5, 6, 7].map(r.written)).toEqual([
      '13800138000',
      '13912345678',
      '13611112222',
      '+852 9123 4567',
      '+886 912 345 678',
      '+852 6368 7353',
    ]);
    expect([5, 6, 7].map(r.key)).toEqual(['+85291234567', '+886912345678', '+85263687353']);
  });

  test('leaves a number no reading takes in its row’s region as typed', () => {
    const values: CellValue[][] = [
      ['姓名', '地區', '手機'],
      ['陳大文', '香港', '0912-345-678'],
      ['林雅婷', '臺灣', '9123 4567'],
      ['黃曉彤', '香港', '6368 7353'],
    ];
    const r = phones(values);
    expect([2, 3, 4].map(r.written)).toEqual(['0912-345-678', '9123 4567', '+852 6368 7353']);
    expect(r.suggested(2)).toBeNull();
  });
});
