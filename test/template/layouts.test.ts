import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders } from '../../shared/template/header-mapping';
import { LAYOUTS, accuracy, scoreLayout } from './layouts';

describe('column mapping benchmark', () => {
  test('has at least 30 layouts, each with 5+ rows and an expected field for every header', () => {
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(LAYOUTS.map((l) => l.name)).size).toBe(LAYOUTS.length);
    const keys = new Set(DEFAULT_TEMPLATE.fields.map((f) => f.key));
    for (const layout of LAYOUTS) {
      expect(layout.rows.length).toBeGreaterThanOrEqual(5);
      expect(Object.keys(layout.expected).sort()).toEqual([...layout.headers].sort());
      for (const field of Object.values(layout.expected)) if (field) expect(keys.has(field.split('.')[0])).toBe(true);
      for (const [header, field] of Object.entries(layout.second ?? {})) {
        expect(layout.expected[header]).toBeNull();
        expect(Object.values(layout.expected)).toContain(field);
      }
    }
  });

  test.each(LAYOUTS.map((l) => [l.name, l] as const))(
    'maps every column of %s as a person setting it up would',
    (_, layout) => {
      const score = scoreLayout(layout);
      expect(score.actual).toEqual(layout.expected);
      expect(score.second).toEqual(layout.second ?? {});
      if (layout.customers) expect(score.customers).toBe(layout.customers);
    },
  );

  test('reads values as well as headers: header-only mapping gets fewer layouts right', () => {
    const withValues = accuracy(LAYOUTS.map((l) => scoreLayout(l)));
    const headersOnly = LAYOUTS.filter((l) => {
      const json = mapHeaders(l.headers, DEFAULT_TEMPLATE).columns.map((c) =>
        c.field ? (c.part ? `${c.field}.${c.part}` : c.field) : null,
      );
      return l.headers.every((h, i) => json[i] === l.expected[h]);
    }).length;
    expect(withValues.layoutsRight).toBe(LAYOUTS.length);
    expect(headersOnly).toBeLessThan(withValues.layoutsRight);
  });
});
