/** A British postcode typed without its space or capitals is written as Royal Mail writes it. */
import { ukPostcode } from '../../shared/normalise/postcode';

describe('British postcodes', () => {
  test('typed in lower case without the space, on a British row, are written SK1 3AB', () => {
    expect(ukPostcode('sk13ab', 'GB')).toBe('SK1 3AB');
    expect(ukPostcode('sw1a2aa', 'GB')).toBe('SW1A 2AA');
    expect(ukPostcode('m11ae', 'GB')).toBe('M1 1AE');
    expect(ukPostcode('EC1A 1BB', 'GB')).toBe('EC1A 1BB');
    expect(ukPostcode(' cf10  2bu ', 'GB')).toBe('CF10 2BU');
  });

  test('one in the shape that no British postcode has is impossible', () => {
    expect(ukPostcode('zz99zz', 'GB')).toBe('impossible'); // Z is never a second letter
    expect(ukPostcode('QA1 1AA', 'GB')).toBe('impossible'); // nor Q a first
    expect(ukPostcode('SK1 3AC', 'GB')).toBe('impossible'); // nor C inward
  });

  test('other countries’ postcodes and other rows are not judged', () => {
    expect(ukPostcode('H91 X2Y3', 'GB')).toBeUndefined(); // an Irish Eircode
    expect(ukPostcode('K1A 0B1', 'GB')).toBeUndefined(); // a Canadian one
    expect(ukPostcode('1012 AB', 'GB')).toBeUndefined(); // a Dutch one
    expect(ukPostcode('sk13ab', 'US')).toBeUndefined();
    expect(ukPostcode('sk13ab', null)).toBeUndefined();
    expect(ukPostcode('100010', 'CN')).toBeUndefined();
  });
});
