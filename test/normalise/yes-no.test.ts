import { normaliseYesNo } from '../../shared/normalise/yes-no';

describe('yes-no', () => {
  test.each([
    [true],
    ['true'],
    ['TRUE'],
    ['True'],
    ['是'],
    ['有'],
    ['同意'],
    ['已同意'],
    ['Y'],
    ['y'],
    ['yes'],
    ['YES'],
    ['Yes'],
    ['1'],
    [1],
    ['√'],
    ['✓'],
    ['✔'],
    ['Ｙｅｓ'],
    [' 是 '],
  ])('reads %j as yes', (input) => {
    expect(normaliseYesNo(input, 'zh-CN')).toEqual({ status: 'valid', value: '是' });
    expect(normaliseYesNo(input, 'en-US')).toEqual({ status: 'valid', value: 'Yes' });
  });

  test.each([
    [false],
    ['false'],
    ['FALSE'],
    ['否'],
    ['无'],
    ['没有'],
    ['不同意'],
    ['未同意'],
    ['N'],
    ['n'],
    ['no'],
    ['No'],
    ['0'],
    [0],
    ['×'],
    ['✗'],
    ['✘'],
  ])('reads %j as no', (input) => {
    expect(normaliseYesNo(input, 'zh-CN')).toEqual({ status: 'valid', value: '否' });
    expect(normaliseYesNo(input, 'en-US')).toEqual({ status: 'valid', value: 'No' });
  });

  test.each([['maybe'], ['也许'], ['待定'], ['2'], [2], [0.5], ['x'], ['yes no'], [new Date(Date.UTC(2024, 2, 5))]])(
    'reports %j as invalid',
    (input) => {
      expect(normaliseYesNo(input, 'zh-CN')).toEqual({ status: 'invalid', code: 'yesNo.invalid' });
    },
  );

  test.each([[''], ['  '], [null], [undefined]])('reports %j as empty', (input) => {
    expect(normaliseYesNo(input, 'en-US')).toEqual({ status: 'empty' });
  });
});
