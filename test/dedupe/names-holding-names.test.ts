/**
 * A name that holds the other whole (a second family name, a household of two) is not a typo of it:
 * the reason says what the difference is.
 */
import { findDuplicates, type Cluster } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';
import { ZH_LEVEL_WORDS } from '../../shared/dedupe/level-words';

const reasonOf = (cluster: Cluster | undefined, column: string) => cluster?.reasons.find((r) => r.column === column);
const clusterWith = (values: CellValue[][], row: number) =>
  findDuplicates({ name: 'list', values }).clusters.find((c) => c.rows.includes(row));

describe('reasons for names that hold the other name', () => {
  test('a household of two is named with one of them, not a typo (a plumber’s customer list)', () => {
    const values: CellValue[][] = [
      ['Customer Name', 'Phone', 'Mobile', 'Email', 'Address', 'Town', 'Postcode'],
      [
        'Smith, John',
        '020 7123 4567',
        '07911 123456',
        'john.smith@btinternet.com',
        '12 Acacia Avenue',
        'London',
        'SW1A 1AA',
      ],
      [
        'Mrs Margaret Thatcher-Jones',
        '0118 912 3456',
        '',
        'maggie.tj@gmail.com',
        '4 Church Lane',
        'Reading',
        'RG1 2AB',
      ],
      [
        'John & Mary Smith',
        '020 7123 4567',
        '07911 123456',
        'john.smith@btinternet.com',
        '12 Acacia Ave',
        'London',
        'sw1a1aa',
      ],
      ['Bob Hughes', '', '07823 456789', 'bob.hughes@outlook.com', '7 Mill Road', 'Slough', 'SL1 3QQ'],
    ];
    const reason = reasonOf(clusterWith(values, 2), 'Customer Name');
    expect(reason?.level).toBe('household');
    expect(reason?.message).toBe(
      'Customer Name: a household of two, named with one of them (Smith, John ≈ John & Mary Smith)',
    );
  });

  test('the sidebar and the merge log word these reasons in Chinese by their level', () => {
    expect([ZH_LEVEL_WORDS.household, ZH_LEVEL_WORDS['name-within'], ZH_LEVEL_WORDS['other-line']]).toEqual([
      '一户两人，其一同名',
      '一方姓名包含另一方，多一个词',
      '两条不同线路，号码相差一位',
    ]);
  });

  test('a double-barrelled family name holds the other name (a Pipedrive person export)', () => {
    const values: CellValue[][] = [
      ['Person - ID', 'Person - Name', 'Person - Organization', 'Person - Email - Home', 'Person - Phone - Mobile'],
      ['108', 'Vikram Singh', 'Singh Logistics', '', '+91 99100 11223'],
      ['109', 'Priyanka Chopra-Shah', 'Shah Imports', 'priyanka.chopra@gmail.com', '+91 98200 33445'],
      ['110', 'Priyanka Chopra', '', 'priyanka.chopra@gmail.com', '+91 98200 33445'],
    ];
    const reason = reasonOf(clusterWith(values, 3), 'Person - Name');
    expect(reason?.level).toBe('name-within');
    expect(reason?.message).toBe(
      'Person - Name: one name holds the other, with a word more (Priyanka Chopra-Shah ≈ Priyanka Chopra)',
    );
  });

  test('a name a letter apart is still a typo', () => {
    const values: CellValue[][] = [
      ['Name', 'Email', 'Mobile'],
      ['Jonathan Smyth', 'jsmyth@example.com', '07911 555123'],
      ['Jonathan Smith', 'jsmyth@example.com', '07911 555123'],
      ['Alice Brown', 'alice@example.com', '07700 900123'],
    ];
    expect(reasonOf(clusterWith(values, 2), 'Name')?.message).toBe(
      'Name: a typo apart (Jonathan Smyth ≈ Jonathan Smith)',
    );
  });
});

describe('reasons for a customer column written both ways', () => {
  test('a name written surname first is the same words in another order, not a typo (QuickBooks contact list)', () => {
    const values: CellValue[][] = [
      ['Customer', 'Phone Numbers', 'Email', 'Full Name'],
      ["Amy's Bakery", 'Phone: (416) 555-0134 Mobile: (647) 555-0188', 'amy@amysbakery.ca', 'Amy Tremblay'],
      ['Cool Cars Inc.', 'Phone: (604) 555-0123', 'service@coolcars.ca', 'Grace Pariseau'],
      ['Paulsen Medical Supplies', 'Phone: (780) 555-0166', 'medical@intuit.com', 'Kathy Paulsen'],
      ['Mark Cho', 'Phone: (613) 555-0155', 'mark@cho.com', 'Mark Cho'],
      ['Cho, Mark', 'Mobile: 613-555-0156', 'mark@cho.com', 'Mark Cho'],
    ];
    const cluster = clusterWith(values, 5);
    expect(cluster?.rows).toEqual([5, 6]);
    expect(reasonOf(cluster, 'Customer')?.message).toBe('Customer: same words in another order (Mark Cho ≈ Cho, Mark)');
    const phones = reasonOf(cluster, 'Phone Numbers');
    expect(phones?.level).toBe('other-line');
    expect(phones?.message).toBe(
      'Phone Numbers: two lines (Phone, Mobile) one digit apart, not one number mistyped (Phone: (613) 555-0155 ≈ Mobile: 613-555-0156)',
    );
  });
});
