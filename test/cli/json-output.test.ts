import { toJson } from '../../cli/json-output';

describe('JSON written to stdout', () => {
  it('writes dates as the day the sheet shows, wherever they are', () => {
    const json = toJson({ rows: [{ row: 2, values: [new Date(2024, 3, 3), 'x', null] }], at: new Date(2023, 11, 31) });
    expect(JSON.parse(json)).toEqual({ rows: [{ row: 2, values: ['2024-04-03', 'x', null] }], at: '2023-12-31' });
  });

  it('writes everything else as JSON.stringify does', () => {
    const value = {
      clusters: [{ rows: [2, 7], confidence: 0.97, reasons: [{ field: 'phone', message: '同一号码 "x"' }] }],
      rows: 10,
      none: undefined,
    };
    expect(toJson(value)).toBe(JSON.stringify(value));
    expect(toJson('text')).toBe('"text"');
    expect(toJson([])).toBe('[]');
  });
});
