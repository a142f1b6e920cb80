import { isBlank } from '../../shared/sheet/cell-value';

describe('isBlank', () => {
  test.each([[null], [undefined], [''], [' '], ['\u3000'], ['\u00a0\t\n'], ['\ufeff'], ['\u2028 ']])(
    '%j is blank',
    (value) => {
      expect(isBlank(value)).toBe(true);
    },
  );

  test.each([['张三'], ['a'], [' x'], ['\u3000客户'], ['\u200b'], ['\u0085'], [0], [false], [new Date(0)]])(
    '%j is not blank',
    (value) => {
      expect(isBlank(value)).toBe(false);
    },
  );

  test('agrees with trimming for every character a cell can start with', () => {
    const disagree: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `${ch} `, `${ch}x`]) {
        if (isBlank(text) !== (text.trim() === '')) disagree.push(c.toString(16));
      }
    }
    expect(disagree).toEqual([]);
  });
});
