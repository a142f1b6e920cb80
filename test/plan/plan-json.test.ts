import {
  parsePlanJson,
  parseWithDates,
  planFromTrustedJson,
  planToJson,
  reviveDate,
  stringifyWithDates,
} from '../../shared/plan/plan-json';
import { emptyPlan, type Plan } from '../../shared/plan/plan';

describe('plan-json', () => {
  test('round-trips a plan with Date values as {"$date": iso}', () => {
    const plan: Plan = {
      ...emptyPlan('客户'),
      edits: [
        {
          row: 2,
          col: 7,
          before: new Date('2024-01-10T00:00:00Z'),
          after: new Date('2024-03-15T00:00:00Z'),
          reason: 'merge',
        },
      ],
      deleteRows: [
        {
          row: 3,
          values: ['张伟', new Date('2023-01-10T00:00:00Z'), 5, true, null],
          formulas: [null, null, '=H3', null, null],
        },
      ],
      meta: { 'merge.lastId': 'M-20240601-1' },
    };
    const json = planToJson(plan);
    expect(json).toContain('{"$date":"2024-01-10T00:00:00.000Z"}');
    const parsed = parsePlanJson(json);
    expect(parsed).toEqual({ ok: true, plan });
    expect(parsed.ok && parsed.plan.edits[0]!.before).toBeInstanceOf(Date);
  });

  test('keeps an invalid date invalid', () => {
    const back = parseWithDates(stringifyWithDates({ d: new Date(Number.NaN) })) as { d: Date };
    expect(back.d).toBeInstanceOf(Date);
    expect(Number.isNaN(back.d.getTime())).toBe(true);
  });

  test('revives only objects whose one key is $date', () => {
    expect(reviveDate({ $date: '2024-03-05T00:00:00.000Z', other: 1 })).toEqual({
      $date: '2024-03-05T00:00:00.000Z',
      other: 1,
    });
    expect(reviveDate({ $date: '2024-03-05T00:00:00.000Z' })).toEqual(new Date('2024-03-05T00:00:00Z'));
  });

  test('reports bad JSON and a wrong shape as error values', () => {
    expect(parsePlanJson('{')).toMatchObject({ ok: false, error: expect.stringContaining('not valid JSON') });
    expect(parsePlanJson('{"sheet":"S","edits":[{"row":0,"col":1,"before":null,"after":1}]}')).toMatchObject({
      ok: false,
      error: expect.stringContaining('edits.0.row'),
    });
  });

  test('fills the parts a trusted piece of a plan leaves out when the Sheets sidebar sends only edits', () => {
    const piece =
      '{"sheet":"客户","edits":[{"row":2,"col":5,"before":null,"after":{"$date":"2024-03-05T00:00:00.000Z"}}]}';
    expect(planFromTrustedJson(piece)).toEqual({
      ...emptyPlan('客户'),
      edits: [{ row: 2, col: 5, before: null, after: new Date('2024-03-05T00:00:00Z') }],
    });
    expect(planFromTrustedJson('{"edits":[]}')).toBeNull();
  });
});
