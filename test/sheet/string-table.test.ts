import fc from 'fast-check';
import { StringTable } from '../../shared/sheet/string-table';

describe('StringTable', () => {
  test('numbers strings in the order they were first added, as a Map would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('', '张伟', '#13800138000'))),
        (items) => {
          const table = new StringTable();
          const map = new Map<string, number>();
          for (const item of items) {
            if (!map.has(item)) map.set(item, map.size);
            expect(table.add(item)).toBe(map.get(item));
          }
          expect(table.size).toBe(map.size);
          expect(table.strings).toEqual([...map.keys()]);
          for (const [item, index] of map) expect(table.indexOf(item)).toBe(index);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('keeps every one of many thousands of phone keys apart while it grows', () => {
    const table = new StringTable();
    const keys = Array.from({ length: 60_000 }, (_, k) => `#13${String(k * 7919).padStart(9, '0')}`);
    keys.forEach((key, k) => expect(table.add(key)).toBe(k));
    keys.forEach((key, k) => expect(table.indexOf(key)).toBe(k));
    expect(table.add(keys[12_345]!)).toBe(12_345);
    expect(table.indexOf('#139')).toBe(-1);
    expect(table.indexOf('')).toBe(-1);
    expect(table.size).toBe(60_000);
  });
});
