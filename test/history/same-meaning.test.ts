import { sameMeaning, stillHolds } from '../../shared/history/same-meaning';

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('sameMeaning', () => {
  test.each([
    [d('2024-05-05'), '2024-05-05'],
    ['2024-05-05', d('2024-05-05')],
    [d('2024-05-05'), d('2024-05-05')],
    [12, '12'],
    ['1200.5', 1200.5],
    ['张伟', '张伟'],
    ['', null],
    // A time of day clean keeps: HubSpot's create time, WeCom's 添加时间.
    [new Date('2023-01-15T09:12:00.000Z'), '2023-01-15 09:12'],
    ['2022-11-08 14:22:10', new Date('2022-11-08T14:22:10.000Z')],
  ])('holds when %p is stored as %p', (a, b) => {
    expect(sameMeaning(a, b)).toBe(true);
  });

  test.each([
    [d('2024-05-05'), '2024/5/5'],
    [d('2024-05-05'), '2024-05-06'],
    [d('2024-05-05'), 45417],
    [new Date('2023-01-15T09:12:00.000Z'), '2023-01-15 09:13'],
    [new Date('2023-01-15T09:12:00.000Z'), '2023-01-15'],
    [new Date('2022-11-09T15:30:00.000Z'), '2022/11/9 下午3:30'],
    [138, '0138'],
    [12, ' 12'],
    ['13800138000', '138 0013 8000'],
    ['Mary', 'mary'],
  ])('fails when %p became %p', (a, b) => {
    expect(sameMeaning(a, b)).toBe(false);
  });
});

describe('stillHolds', () => {
  test.each([
    [d('2024-03-05'), 45356],
    [d('1900-01-01'), 1],
    [d('1899-12-31'), 1],
    [d('2024-03-05'), '2024-03-05'],
  ])(
    'a cell read as %p still holds the %p written into it (a date-formatted cell shows a serial as its date)',
    (now, written) => {
      expect(stillHolds(now, written)).toBe(true);
    },
  );

  test.each([
    [45356, d('2024-03-05')],
    [d('2024-03-05'), 45357],
    [new Date('2024-03-05T12:00:00.000Z'), 45356],
    ['45356', d('2024-03-05')],
  ])('a cell read as %p no longer holds the %p written into it', (now, written) => {
    expect(stillHolds(now, written)).toBe(false);
  });
});
