import fc from 'fast-check';
import {
  normaliseCell,
  normaliseDate,
  normaliseEmail,
  normaliseInteger,
  normaliseMoney,
  normalisePersonName,
  normalisePhone,
  normaliseText,
  phoneKey,
  type NormaliseContext,
  type NormaliseOutcome,
} from '../../shared/normalise';
import isEmail from 'validator/lib/isEmail';
import { isCommonEmail } from '../../shared/normalise/email';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import type { CellValue } from '../../shared/sheet/cell-value';
import type { Field } from '../../shared/template/schema';

const CONTEXTS: NormaliseContext[] = [
  { locale: 'zh-CN', defaultRegion: 'CN' },
  { locale: 'en-US', defaultRegion: 'US' },
  { locale: 'zh-CN', defaultRegion: 'CN', columnFormat: 'yyyy-mm-dd' },
];
const RUNS = { numRuns: 300 };

// Real-looking pieces mixed with arbitrary text, so generated values reach the interesting branches.
const pieces = fc.constantFrom(
  '',
  ' ',
  '\u3000',
  '\u00a0',
  '\t',
  '\n',
  '\u200b',
  '·',
  '•',
  '.',
  ',',
  '，',
  '、',
  ';',
  '/',
  '-',
  '+',
  '(',
  ')',
  '@',
  '¥',
  '万',
  '年',
  '月',
  '日',
  '张',
  '伟',
  '阿卜杜',
  '热合曼',
  'McDonald',
  'van der',
  'ＡＢＣ',
  '１２３',
  '0086',
  '+86',
  '138',
  '0013',
  '8000',
  '010',
  '6234',
  '5678',
  '转',
  'ext.',
  'x',
  '2024',
  '03',
  '3',
  '05',
  '1,234',
  '.50',
  'male',
  '男',
  '高意向',
  'VIP',
  'a',
  'example.com',
  'mailto:',
  'e\u0301',
);
const messyText = fc.oneof(
  fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const anyCell: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  messyText,
  fc.double(),
  fc.integer({ min: -1e12, max: 1e14 }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1700, 0, 1)), max: new Date(Date.UTC(2300, 0, 1)), noInvalidDate: false }),
  fc.constant(null),
  fc.constant(undefined),
);

// A date with a time of day is written as "2024-03-05 14:22:10" (as clean writes it), so that is what is read again.
function expectIdempotent(outcome: NormaliseOutcome, again: (value: CellValue) => NormaliseOutcome): void {
  if (outcome.status !== 'valid') return;
  const written = outcome.time === undefined ? outcome.value : `${String(outcome.value)} ${outcome.time}`;
  expect(again(written)).toEqual(outcome);
}

describe('normaliser properties', () => {
  test('no normaliser throws on any cell value, for any field of the default template', () => {
    fc.assert(
      fc.property(
        anyCell,
        fc.constantFrom(...DEFAULT_TEMPLATE.fields),
        fc.constantFrom(...CONTEXTS),
        (value, field: Field, ctx) => {
          const outcome = normaliseCell(field, value, ctx);
          expect(['empty', 'valid', 'invalid', 'ambiguous']).toContain(outcome.status);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('no normaliser throws on values no host should send', () => {
    const odd = [
      {},
      [],
      Object.create(null),
      { $date: '2024-03-05' },
      Symbol('x'),
      () => 1,
      10n,
    ] as unknown as CellValue[];
    for (const value of odd) {
      for (const field of DEFAULT_TEMPLATE.fields) {
        for (const ctx of CONTEXTS) expect(() => normaliseCell(field, value, ctx)).not.toThrow();
      }
    }
    expect(normalisePhone('13800138000', { defaultRegion: '' })).toEqual({ status: 'valid', value: '13800138000' });
  });

  test('normalising a canonical value again changes nothing, for every field kind', () => {
    fc.assert(
      fc.property(
        anyCell,
        fc.constantFrom(...DEFAULT_TEMPLATE.fields),
        fc.constantFrom(...CONTEXTS),
        (value, field: Field, ctx) => {
          expectIdempotent(normaliseCell(field, value, ctx), (v) => normaliseCell(field, v, ctx));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('text and names are idempotent on arbitrary Unicode', () => {
    fc.assert(
      fc.property(messyText, (s) => {
        expectIdempotent(normaliseText(s), normaliseText);
        expectIdempotent(normalisePersonName(s), normalisePersonName);
      }),
      RUNS,
    );
  });

  const mobile = fc
    .tuple(fc.integer({ min: 3, max: 9 }), fc.stringMatching(/^\d{9}$/))
    .map(([second, rest]) => `1${second}${rest}`);
  const landline = fc
    .tuple(fc.constantFrom('010', '021', '0755', '0571', '0912'), fc.stringMatching(/^[2-8]\d{6,7}$/))
    .map(([a, l]) => `${a}-${l}`);
  const us = fc
    .stringMatching(/^[2-9]\d{2}[2-9]\d{6}$/)
    .map((d) => `+1 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`);
  const decorate = (s: fc.Arbitrary<string>) =>
    fc
      .tuple(
        s,
        fc.constantFrom('', '+86 ', '0086', '(86)'),
        fc.constantFrom('', ' 转123', ' ext. 9', 'x12'),
        fc.boolean(),
      )
      .map(
        ([n, prefix, ext, spaced]) =>
          `${n.startsWith('+') ? '' : prefix}${spaced ? n.replace(/(\d{3})(\d{4})/, '$1 $2 ') : n}${ext}`,
      );

  test('phones: canonical forms are fixed points and keep their key', () => {
    fc.assert(
      fc.property(
        fc.oneof(decorate(mobile), decorate(landline), decorate(us), messyText),
        fc.constantFrom('CN', 'US'),
        (s, region) => {
          const outcome = normalisePhone(s, { defaultRegion: region });
          if (outcome.status !== 'valid') return;
          expect(normalisePhone(outcome.value, { defaultRegion: region })).toEqual(outcome);
          expect(phoneKey(outcome.value, region)).toBe(phoneKey(s, region));
          expect(phoneKey(s, region)).toMatch(/^\+[1-9]\d{6,14}(;ext=\d+)?$/);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('phones: the fast path for canonical CN mobiles agrees with libphonenumber', () => {
    fc.assert(
      fc.property(mobile, (m) => {
        // The spaced form cannot take the fast path.
        const slow = normalisePhone(`${m.slice(0, 3)} ${m.slice(3)}`, { defaultRegion: 'CN' });
        expect(normalisePhone(m, { defaultRegion: 'CN' })).toEqual(slow);
      }),
      { numRuns: 3000 },
    );
  });

  test('emails are idempotent', () => {
    const email = fc.oneof(
      fc.emailAddress(),
      fc.emailAddress().map((e) => `<MAILTO:${e.toUpperCase()}>`),
      messyText,
    );
    fc.assert(
      fc.property(email, (s) => expectIdempotent(normaliseEmail(s), normaliseEmail)),
      RUNS,
    );
  });

  test('emails: the fast check accepts only what isEmail accepts', () => {
    // Mostly near the edge of the common shape: long labels, long local parts, hyphens, numeric TLDs.
    const local = fc.oneof(
      fc.stringMatching(/^[a-z0-9_%+-]{1,8}(\.[a-z0-9_%+-]{1,8}){0,2}$/),
      fc.stringMatching(/^[a-z0-9_%+.-]{60,70}$/),
    );
    const label = fc.oneof(
      fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/),
      fc.stringMatching(/^[a-z0-9-]{60,66}$/),
    );
    const tld = fc.oneof(
      fc.stringMatching(/^[a-z]{2,6}$/),
      fc.stringMatching(/^[a-z0-9]{1,3}$/),
      fc.stringMatching(/^[a-z]{62,65}$/),
    );
    const candidate = fc.oneof(
      fc.emailAddress().map((e) => e.toLowerCase()),
      fc
        .tuple(local, fc.array(label, { minLength: 1, maxLength: 4 }), tld)
        .map(([l, labels, t]) => `${l}@${labels.join('.')}.${t}`),
    );
    fc.assert(
      fc.property(candidate, (s) => {
        if (isCommonEmail(s)) expect(isEmail(s)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test('dates are idempotent and always yyyy-mm-dd', () => {
    const date = fc.oneof(
      fc.date({ min: new Date(Date.UTC(1880, 0, 1)), max: new Date(Date.UTC(2220, 0, 1)), noInvalidDate: true }),
      fc.integer({ min: -10, max: 120000 }),
      fc
        .tuple(
          fc.integer({ min: 1890, max: 2210 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          fc.constantFrom('-', '/', '.', '年'),
        )
        .map(([y, m, d, sep]) => (sep === '年' ? `${y}年${m}月${d}日` : `${y}${sep}${m}${sep}${d}`)),
      messyText,
    );
    fc.assert(
      fc.property(date, fc.constantFrom(...CONTEXTS), (value, ctx) => {
        const outcome = normaliseDate(value, ctx);
        if (outcome.status === 'valid')
          expect(outcome.value).toMatch(/^(19|20|21)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
        expectIdempotent(outcome, (v) => normaliseDate(v, ctx));
      }),
      { numRuns: 1000 },
    );
  });

  test('money and integers are idempotent, and an amount already a number keeps its value', () => {
    const amount = fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc
        .tuple(
          fc.integer({ min: 0, max: 1e7 }),
          fc.integer({ min: 0, max: 999 }),
          fc.constantFrom('', '¥', '$', 'RMB ', '('),
          fc.constantFrom('', '元', '万', '千'),
        )
        .map(
          ([whole, frac, pre, post]) =>
            `${pre}${whole.toLocaleString('en-US')}.${frac}${post}${pre === '(' ? ')' : ''}`,
        ),
      messyText,
    );
    fc.assert(
      fc.property(amount, fc.boolean(), (value, allowNegative) => {
        const money = normaliseMoney(value, { allowNegative });
        // A number cell means exactly that number: nothing rounded off.
        if (typeof value === 'number' && money.status === 'valid') expect(money.value).toBe(value + 0);
        expectIdempotent(money, (v) => normaliseMoney(v, { allowNegative }));
        const integer = normaliseInteger(value, { allowNegative });
        if (integer.status === 'valid') expect(Number.isInteger(integer.value)).toBe(true);
        expectIdempotent(integer, (v) => normaliseInteger(v, { allowNegative }));
      }),
      { numRuns: 1000 },
    );
  });
});
