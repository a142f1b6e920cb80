import fc from 'fast-check';
import {
  bigrams,
  dice,
  editSketch,
  jaroWinkler,
  mayBeWithinOneEdit,
  osaDistance,
  sortedJoin,
  withinOneEdit,
} from '../../shared/dedupe/similarity';

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

  test('dice over bigram strings is the Dice coefficient of the bigram multisets, in any script', () => {
    const multiset = (text: string) => {
      const s = `\u0001${text}\u0001`;
      const counts = new Map<string, number>();
      for (let i = 0; i + 1 < s.length; i++) counts.set(s.slice(i, i + 2), (counts.get(s.slice(i, i + 2)) ?? 0) + 1);
      return counts;
    };
    const reference = (a: string, b: string) => {
      const x = multiset(a);
      const y = multiset(b);
      let common = 0;
      for (const [gram, count] of x) common += Math.min(count, y.get(gram) ?? 0);
      return (2 * common) / (a.length + 1 + (b.length + 1));
    };
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('北京市朝阳区建国路88号', '北京朝阳区建国路88号', '12 main street', '😀😀 road'),
    );
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(dice(bigrams(a), bigrams(b))).toBeCloseTo(reference(a, b), 12);
      }),
      { numRuns: 1000 },
    );
    expect(bigrams('x'.repeat(20_000)).length).toBe(2 * 20_001);
  });

  test('the edit sketch never rules out two strings one edit apart, and rules out digits that only share a head', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 24 }),
      fc.string({ unit: 'binary', maxLength: 24 }),
      fc.stringMatching(/^1[3-9]\d{9}$/),
      fc.constantFrom('zhang.wei@example.com', '广州宏创科技集团有限公司', '13800138000'),
    );
    const edited = fc
      .tuple(
        text,
        fc.nat(),
        fc.constantFrom('substitute', 'insert', 'delete', 'swap'),
        fc.string({ minLength: 1, maxLength: 1 }),
      )
      .map(([s, at, edit, ch]) => {
        const k = s.length === 0 ? 0 : at % s.length;
        if (edit === 'substitute') return [s, s.slice(0, k) + ch + s.slice(k + 1)] as const;
        if (edit === 'insert') return [s, s.slice(0, k) + ch + s.slice(k)] as const;
        if (edit === 'delete') return [s, s.slice(0, k) + s.slice(k + 1)] as const;
        return [s, s.slice(0, k) + s.slice(k + 1, k + 2) + s.slice(k, k + 1) + s.slice(k + 2)] as const;
      });
    fc.assert(
      fc.property(edited, ([a, b]) => {
        expect(withinOneEdit(a, b)).toBe(true);
        expect(mayBeWithinOneEdit(editSketch(a), editSketch(b))).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // Neighbours in phone order: the same first eight digits, the last three all different.
    expect(mayBeWithinOneEdit(editSketch('13800138000'), editSketch('13800138599'))).toBe(false);
    expect(mayBeWithinOneEdit(editSketch('13800138000'), editSketch('13800138009'))).toBe(true);
  });
});
