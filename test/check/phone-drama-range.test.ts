/**
 * Ofcom keeps 07700 900000–900999 for drama, and libphonenumber reads no number in it as British, but
 * India's numbering takes 07700 900456 as 77009 00456. A British list of such mobiles, with one written
 * +44, is never given India's +91: the numbers are reported, left as typed, as the +44 one is.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const phoneIssues = (values: CellValue[][]) =>
  checkSheet(sheet(values), { now: TODAY, locale: 'en-US' })
    .issues.filter((i) => i.column === 'Mobile')
    .map((i) => [i.row, i.code, i.value]);

const phoneEdits = (values: CellValue[][]) =>
  planClean(sheet(values), { now: TODAY, locale: 'en-US' }).plan.edits.filter((e) => e.col === 3);

describe('a British list of drama-range mobiles', () => {
  test('with .co.uk addresses and British postcodes: reported as the +44 one is, never +91', () => {
    const values: CellValue[][] = [
      ['Name', 'Email', 'Mobile', 'Postcode'],
      ['Oliver Bennett', 'oliver.bennett@bennettjoinery.co.uk', '+44 7700 900123', 'SK1 3AB'],
      ['Amelia Clarke', 'amelia.clarke@gmail.com', '07700 900456', 'M1 1AE'],
      ['Harry Wilson', 'harry@wilsonplumbing.co.uk', '07700 900789', 'SW1A 2AA'],
      ['Isla Thompson', 'isla.t@outlook.com', '07700 900321', 'LS1 4AP'],
      ['Freya Hughes', 'freya.hughes@yahoo.co.uk', '07700 900987', 'CF10 2BU'],
    ];
    expect(phoneIssues(values)).toEqual([
      [2, 'phone.invalid', '+44 7700 900123'],
      [3, 'phone.invalid', '07700 900456'],
      [4, 'phone.invalid', '07700 900789'],
      [5, 'phone.invalid', '07700 900321'],
      [6, 'phone.invalid', '07700 900987'],
    ]);
    expect(phoneEdits(values)).toEqual([]);
  });

  test('whose only sign is the one +44 number: the British grouping keeps it from India', () => {
    const values: CellValue[][] = [
      ['Name', 'Email', 'Mobile'],
      ['Oliver Bennett', 'oliver.bennett@gmail.com', '+44 7700 900123'],
      ['Amelia Clarke', 'amelia.clarke@gmail.com', '07700 900456'],
      ['Harry Wilson', 'harry.wilson@hotmail.com', '07700 900789'],
      ['Isla Thompson', 'isla.t@outlook.com', '07700 900321'],
    ];
    const issues = phoneIssues(values);
    expect(issues.map(([, code]) => code)).toEqual(Array(4).fill('phone.invalid'));
    expect(phoneEdits(values)).toEqual([]);
  });

  test('an Indian list grouped the Indian way with one +1 contact stays Indian', () => {
    const values: CellValue[][] = [
      ['Name', 'Email', 'Mobile'],
      ['Priya Sharma', 'priya.sharma@gmail.com', '98765 43210'],
      ['Rahul Verma', 'rahul.verma@gmail.com', '98123 45678'],
      ['Anita Rao', 'anita.rao@yahoo.com', '99001 23456'],
      ['Vikram Singh', 'vikram@outlook.com', '97400 12345'],
      ['John Miller', 'john.miller@gmail.com', '+1 415 555 0132'],
    ];
    // The others India and the Philippines both read, and are left as typed naming both (unchanged).
    expect(phoneEdits(values).map((e) => e.after)).toEqual(['+91 99001 23456']);
  });
});
