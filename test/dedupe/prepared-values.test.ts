import fc from 'fast-check';
import { prepareCompany } from '../../shared/dedupe/compare/company';
import { HAN_INDUSTRY } from '../../shared/dedupe/compare/company-words';
import { prepareName } from '../../shared/dedupe/compare/person-name';
import { pinyinSyllables, shapeKey } from '../../shared/dedupe/han';
import { hashString, sortedJoin } from '../../shared/dedupe/similarity';

/** Industry words taken off the end as the list orders them, pass after pass, until a pass takes none. */
function referenceIndustry(key: string): { brand: string; industry: string[] } {
  let brand = key;
  const industry: string[] = [];
  for (let changed = true; changed;) {
    changed = false;
    for (const [word, english] of HAN_INDUSTRY) {
      if (brand.endsWith(word) && brand.length > word.length) {
        brand = brand.slice(0, -word.length);
        industry.push(english);
        changed = true;
      }
    }
  }
  return { brand, industry };
}

const hanName = fc
  .array(fc.constantFrom('张', '伟', '王', '玉', '主', '杨', '扬', '欧', '阳', '婷', '停', '𠀀', '晖'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((chars) => chars.join(''));

describe('prepared values', () => {
  test('a Chinese company sheds its industry words as a pass over the whole list would', () => {
    const words = [...HAN_INDUSTRY.map(([word]) => word), '华为', '阳光', '房', '产', '技'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), (parts) => {
        const key = parts.join('');
        const { brand, industry } = referenceIndustry(key);
        const prepared = prepareCompany(key);
        expect(prepared.industry).toEqual(industry);
        expect(prepared.brand).toBe(pinyinSyllables(brand).join(''));
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    ['北京房地产科技', ['technology', 'property']],
    ['华为技术', ['technology']],
    ['科技', []],
  ])('%s sheds %j', (key, industry) => {
    expect(prepareCompany(key).industry).toEqual(industry);
  });

  test('a name keeps the hashes of its sorted characters, shape and sound (characters outside the Han blocks set aside)', () => {
    fc.assert(
      fc.property(
        hanName,
        fc.constantFrom('full', 'given', 'family') as fc.Arbitrary<'full' | 'given' | 'family'>,
        (han, role) => {
          const p = prepareName(han, role);
          expect(p.charsHash).toBe(hashString(sortedJoin([...p.han], '')));
          expect(p.shapeHash).toBe(hashString(p.shape));
          expect(p.fuzzyHash).toBe(hashString(p.fuzzy));
          expect(p.hanHash).toBe(hashString(p.han));
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a name without look-alike characters is its own shape; look-alikes take their group’s first', () => {
    const name = '张伟';
    expect(shapeKey(name)).toBe(name);
    expect(shapeKey('玉婷')).toBe('王婷');
    expect(shapeKey('𠀀扬')).toBe('𠀀杨');
  });
});
