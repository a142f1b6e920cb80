/**
 * Vietnamese names are family name first (Nguyễn Văn An: Mr An of the Nguyễn family). On a row that
 * says Vietnam (its country, a +84 number) such a name is split so; the same words on a row saying
 * nothing, or a Vietnamese-American's "An Nguyen", are split as other Latin names are.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { planExport } from '../../shared/export/plan-export';
import { splitPersonName } from '../../shared/export/split-name';
import { NOW, rowsOf, sheet, usTemplate } from './fixtures';

const fromVietnam = { chineseList: false, rowCountry: 'VN' as const };

describe('Vietnamese names on a row from Vietnam', () => {
  test.each([
    ['Nguyen Van An', 'Van An', 'Nguyen'],
    ['Nguyễn Văn An', 'Văn An', 'Nguyễn'],
    ['Tran Thi Mai', 'Thi Mai', 'Tran'],
    ['Đặng Minh Khoa', 'Minh Khoa', 'Đặng'],
    ['Le Hoa', 'Hoa', 'Le'],
  ])('splits %s into given %s / family %s', (name, first, last) => {
    expect(splitPersonName(name, fromVietnam)).toEqual({ first, last, keptWhole: false, surnameFirst: true });
  });

  test('a name led by no Vietnamese family name, or on a row saying nothing, is split as before', () => {
    expect(splitPersonName('John Smith', fromVietnam)).toEqual({ first: 'John', last: 'Smith', keptWhole: false });
    expect(splitPersonName('Nguyen Van An', { chineseList: false })).toEqual({
      first: 'Nguyen Van',
      last: 'An',
      keptWhole: false,
    });
  });
});

describe('export of a list with Vietnamese rows', () => {
  // A trade-fair lead list: a country column on some rows, a +84 number on another, a US row.
  // prettier-ignore
  const LEADS: CellValue[][] = [
    ['Name', 'Company', 'Country', 'Phone'],
    ['Nguyen Van An', 'VinaTech JSC', 'Vietnam', ''],
    ['Tran Thi Mai', 'Saigon Trading Co', '', '+84 91 234 5678'],
    ['An Nguyen', 'Acme Inc', 'United States', '+1 415 555 0134'],
  ];

  test('HubSpot gets the given and family names of each row as its country writes them', () => {
    const { files } = planExport(sheet(LEADS, 'Leads'), { crm: 'hubspot', now: NOW, template: usTemplate() });
    const names = rowsOf(files[0]!).map((r) => [r['First Name'], r['Last Name']]);
    expect(names).toEqual([
      ['Van An', 'Nguyen'],
      ['Thi Mai', 'Tran'],
      ['An', 'Nguyen'],
    ]);
  });
});
