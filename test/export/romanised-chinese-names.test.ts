/**
 * Singapore, Malaysian and Hong Kong lists write Chinese names in Hokkien or Cantonese romanisation,
 * surname first ("Lim Wei Ming", "Chan Tai Man"), in lists that are otherwise English.
 */
import { planExport } from '../../shared/export/plan-export';
import { splitPersonName } from '../../shared/export/split-name';
import type { CellValue } from '../../shared/sheet/cell-value';
import { NOW, sheet } from './fixtures';

const en = { chineseList: false };

/** A Singapore distributor's contacts, as their sales team keeps them. */
const SG_CONTACTS: CellValue[][] = [
  ['Name', 'Company', 'Mobile', 'Email'],
  ['Lim Wei Ming', 'Acme Pte. Ltd.', '+65 9123 4567', 'weiming.lim@acme.com.sg'],
  ['Tan Ah Kow', 'Maju Sdn. Bhd.', '+60 12 345 6789', 'ahkow@maju.com.my'],
  ['Chan Tai Man', 'Wing Hang Trading Ltd', '+852 9876 5432', 'taiman@winghang.hk'],
  ['Kelly Tan', 'Lion Pte Ltd', '+65 9876 5432', 'kelly@lion.sg'],
];

describe('romanised Chinese names', () => {
  test.each([
    ['Lim Wei Ming', 'Wei Ming', 'Lim'],
    ['Tan Ah Kow', 'Ah Kow', 'Tan'],
    ['Chan Tai Man', 'Tai Man', 'Chan'],
    ['Ng Siew Ling', 'Siew Ling', 'Ng'],
    ['Lee Kuan Yew', 'Kuan Yew', 'Lee'],
    ['WONG KA WAI', 'KA WAI', 'WONG'],
  ])('splits %j surname first (first %j, last %j) in an English list', (name, first, last) => {
    expect(splitPersonName(name, en)).toEqual({ first, last, keptWhole: false, surnameFirst: true });
  });

  test.each([
    // Written the Western way round: the surname is last.
    ['Wei Ming Tan', 'Wei Ming', 'Tan'],
    ['Ka Wai Wong', 'Ka Wai', 'Wong'],
    ['Kelly Tan', 'Kelly', 'Tan'],
    ['Lee Ann Wong', 'Lee Ann', 'Wong'],
    ['Mary Ann Evans', 'Mary Ann', 'Evans'],
  ])('keeps %j first name first', (name, first, last) => {
    expect(splitPersonName(name, en)).toEqual({ first, last, keptWhole: false });
  });

  test('keeps a name whole when both its first and its last word are surnames (Lee Ho Tan)', () => {
    expect(splitPersonName('Lee Ho Tan', en)).toEqual({ first: '', last: 'Lee Ho Tan', keptWhole: true });
  });

  test('exports a Singapore list’s contacts with the surname in Last Name', () => {
    const contacts = planExport(sheet(SG_CONTACTS, 'Contacts'), { crm: 'hubspot', now: NOW }).files[0]!;
    const names = contacts.rows.map((row) => [
      row[contacts.header.indexOf('First Name')],
      row[contacts.header.indexOf('Last Name')],
    ]);
    expect(names).toEqual([
      ['Wei Ming', 'Lim'],
      ['Ah Kow', 'Tan'],
      ['Tai Man', 'Chan'],
      ['Kelly', 'Tan'],
    ]);
  });
});
