import { errorValue } from '../../shared/sheet/error-values';

describe('error-values', () => {
  test.each([
    ['#N/A', '#N/A'],
    [' #REF! ', '#REF!'],
    ['#DIV/0!', '#DIV/0!'],
    ['#value!', '#VALUE!'],
    ['#NAME?', '#NAME?'],
    ['#ERROR!', '#ERROR!'],
  ])('errorValue(%j) is %j', (value, expected) => {
    expect(errorValue(value)).toBe(expected);
  });

  test.each([['N/A'], ['#1号楼'], ['无'], ['#N/A 待查'], [null], [0]])('errorValue(%j) is null', (value) => {
    expect(errorValue(value)).toBeNull();
  });
});
