import { sameMeaning } from '../../shared/history/same-meaning';

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
  ])('holds when %p is stored as %p', (a, b) => {
    expect(sameMeaning(a, b)).toBe(true);
  });

  test.each([
    [d('2024-05-05'), '2024/5/5'],
    [d('2024-05-05'), '2024-05-06'],
    [d('2024-05-05'), 45417],
    [138, '0138'],
    [12, ' 12'],
    ['13800138000', '138 0013 8000'],
    ['Mary', 'mary'],
  ])('fails when %p became %p', (a, b) => {
    expect(sameMeaning(a, b)).toBe(false);
  });
});
