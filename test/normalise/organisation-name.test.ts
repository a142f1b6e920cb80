/**
 * Whether a name names an organisation: legal forms of any country (Incorporated, Pvt Ltd, Sdn Bhd)
 * and trade words say so; a couple addressed by their titles (Mr & Mrs K Jackson) are people.
 */
import { isOrganisationName } from '../../shared/normalise/organisation-name';
import { isCouple, isPerson } from '../../shared/normalise/person-shape';

describe('isOrganisationName', () => {
  test('reads legal forms written out or of other countries as organisations', () => {
    for (const name of [
      'Cool Cars Incorporated',
      'Krishnan Foods Pvt Ltd',
      'Kapoor Traders Private Limited',
      'Lion City Logistics Pte. Ltd.',
      'Mawar Textiles Sdn. Bhd.',
      'Shah Imports',
    ])
      expect([name, isOrganisationName(name)]).toEqual([name, true]);
  });

  test('reads trade words of shops and restaurants as organisations', () => {
    for (const name of ['Red Rock Diner', 'Harbour Fresh Seafoods', 'Kapoor Traders', 'Bondi Pizzeria'])
      expect([name, isOrganisationName(name)]).toEqual([name, true]);
  });

  test('reads a couple addressed by their titles as people, not a firm', () => {
    for (const name of ['Mr & Mrs K Jackson', 'Mr and Mrs Jackson', 'Dr & Mrs Patel', 'Mr. & Mrs. Smith'])
      expect([name, isOrganisationName(name)]).toEqual([name, false]);
  });

  test('still reads firms of two names and a firm of a family as organisations', () => {
    for (const name of ['Smith & Jones', 'Hughes & Sons Builders Ltd', 'Ernst & Young'])
      expect([name, isOrganisationName(name)]).toEqual([name, true]);
  });

  test('reads people as people', () => {
    for (const name of ['Priyanka Chopra-Shah', 'Deepa K', 'Margaret Thatcher-Jones', 'Anil Kapoor', 'Private Ryan'])
      expect([name, isOrganisationName(name)]).toEqual([name, false]);
  });
  test('reads a couple under one family name as people (a donor list’s household), not a firm of two', () => {
    for (const name of ['Margaret & Robert Hughes', 'John and Mary Smith'])
      expect([name, isOrganisationName(name), isPerson(name) || isCouple(name)]).toEqual([name, false, true]);
    // Two given names before a trade or a legal form are a firm's.
    for (const name of ['Ben & Jerry Holdings', 'Tom & Jerry Plumbing Inc'])
      expect([name, isOrganisationName(name)]).toEqual([name, true]);
  });

  test('reads a Latin name with a title or a generation as a person', () => {
    for (const name of ['Dr. Emily Stone', 'James T. Kirk Jr.', 'Carlos Mendez III', 'Prof. Li Wei', 'Mrs Ann Lee'])
      expect([name, isPerson(name)]).toEqual([name, true]);
  });
});
