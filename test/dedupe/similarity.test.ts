import fc from 'fast-check';
import { bigrams, dice, jaroWinkler, osaDistance, sortedJoin, withinOneEdit } from '../../shared/dedupe/similarity';

describe('similarity', () => {
  test.each([
    ['MARTHA', 'MARHTA', 0.961],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.813],
    ['zhangwei', 'zhangwei', 1],
    ['', 'abc', 0],
  ])('jaroWinkler(%s, %s) is %s (Winkler 1990)', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  test.each([
    ['13800138000', '13800138001', true],
    ['13800138000', '13800183000', true],
    ['13800138000', '1380013800', true],
    ['王德明', '王明德', true],
    ['abcd', 'badc', false],
    ['smith', 'smyth', true],
    ['smith', 'smithson', false],
  ])('withinOneEdit(%s, %s) is %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(a, b)).toBe(osaDistance(a, b) <= 1);
  });

  test('dice of bigrams is 1 for equal strings and 0 for disjoint ones', () => {
    expect(dice(bigrams('建国路88号'), bigrams('建国路88号'))).toBe(1);
    expect(dice(bigrams('abc'), bigrams('xyz'))).toBe(0);
    expect(dice(bigrams('tullaroop street'), bigrams('tullaroop stret'))).toBeGreaterThan(0.85);
  });

  test('sortedJoin orders words as sort() does, and leaves its input as it was', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('zhang', 'wei', '张', '伟', 'Smith', 'smith', ''))),
        (words) => {
          const before = [...words];
          expect(sortedJoin(words, ' ')).toBe([...words].sort().join(' '));
          expect(words).toEqual(before);
        },
      ),
      { numRuns: 500 },
    );
    expect(sortedJoin(['wei', 'zhang', 'an'], '')).toBe('anweizhang');
  });
});
