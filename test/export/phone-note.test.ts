/**
 * The number and the note of a phone cell, as the CRM export and clean read them: a note after a slash
 * (13917778888 / 微信同号) is the note without its slash, and a contact's name after the number
 * (13911112222 张总) still goes to a CRM's notes, though clean leaves it in its cell.
 */
import { notedNumber } from '../../shared/export/phone-note';

const CN = { defaultRegion: 'CN', sheetRegion: 'CN', rowRegion: null };

describe('phone-note notedNumber', () => {
  test.each([
    ['13917778888 / 微信同号', { number: '13917778888', note: '微信同号' }],
    ['13917778888／微信同号', { number: '13917778888', note: '微信同号' }],
    ['138 0013 8000（微信同号）', { number: '138 0013 8000', note: '微信同号' }],
    ['0577-65551234 晚上打', { number: '0577-65551234', note: '晚上打' }],
    ['13911112222 张总', { number: '13911112222', note: '张总' }],
  ])('%s', (value, expected) => {
    expect(notedNumber(value, CN)).toEqual(expected);
  });

  test('two numbers apart by a slash are no number and a note', () => {
    expect(notedNumber('13911112222/13822223333', CN)).toBeNull();
  });
});
