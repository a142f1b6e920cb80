/**
 * A multi-source list of organisation sites (community centres, schools, YMCAs, clinics, food
 * pantries) with known duplicates, for the accuracy benchmark. Seeded. Shaped like directories
 * merged from two or three sources: one source writes a site with its parent organisation
 * ("YMCA of Greater Springfield - Lakeside YMCA"), another without; suffixes come and go
 * ("Lincoln School II"); St/Street, Ave/Avenue, Blvd/Blv.; the zip is blank in one source; a big
 * organisation lists its main number for many sites at different street addresses; sibling sites
 * stand on the same street with other numbers; one name (Lincoln Elementary) exists in several
 * towns; some rows are copied twice as they are.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { mulberry32, type GeneratedList } from './generate-chinese-customers';

export interface OrganisationOptions {
  /** Parent organisations; each has one to a dozen sites. */
  organisations: number;
  seed: number;
}

const PLACES = [
  'Lakeside',
  'Riverside',
  'Northgate',
  'Eastwood',
  'Westfield',
  'Southside',
  'Oak Park',
  'Maple Grove',
  'Cedar Hills',
  'Pine Valley',
  'Hillcrest',
  'Brookfield',
  'Fairview',
  'Glenwood',
  'Highland',
  'Kingsley',
  'Meadowbrook',
  'Parkview',
  'Rosewood',
  'Sunnyside',
  'Woodlawn',
  'Elmhurst',
  'Ashland',
  'Bayview',
  'Clearwater',
  'Deer Creek',
  'Edgewater',
  'Forest Hill',
  'Garfield',
  'Harbor Point',
  'Ironwood',
  'Juniper',
  'Lincoln Park',
  'Millbrook',
  'Newport',
  'Orchard',
  'Prospect',
  'Quarry Hill',
  'Redwood',
  'Stonebridge',
  'Twin Oaks',
  'Union',
  'Valley View',
  'Willow Creek',
];
const PEOPLE = [
  'Lincoln',
  'Washington',
  'Jefferson',
  'Roosevelt',
  'Franklin',
  'Kennedy',
  'King',
  'Douglass',
  'Carver',
  'Addams',
  'Tubman',
  'Edison',
  'Whitman',
  'Hamilton',
  'Madison',
];
const SAINTS = [
  'St. Mary',
  'St. Joseph',
  'St. Paul',
  'St. Anne',
  'St. Luke',
  'St. Vincent',
  'St. Francis',
  'Holy Trinity',
  'Grace',
  'Bethel',
];
const STREETS = [
  'Lake',
  'Main',
  'Oak',
  'Maple',
  'Washington',
  'Park',
  'Elm',
  'Cedar',
  'Pine',
  'Church',
  'Market',
  'Mill',
  'River',
  'Spring',
  'Union',
  'Center',
  'Highland',
  'Grand',
  'Jackson',
  'Lincoln',
  'Madison',
  'Franklin',
  'Walnut',
  'Chestnut',
  'Broad',
  'Water',
  'Ridge',
  'Hill',
  'Prospect',
  'Summit',
];
/** Street type as [full, short, shortest]: sources write it differently. */
const TYPES: [string, string, string][] = [
  ['Street', 'St', 'St.'],
  ['Avenue', 'Ave', 'Av.'],
  ['Boulevard', 'Blvd', 'Blv.'],
  ['Road', 'Rd', 'Rd.'],
  ['Drive', 'Dr', 'Dr.'],
  ['Lane', 'Ln', 'Ln.'],
];
const DIRECTIONS: [string, string][] = [
  ['', ''],
  ['', ''],
  ['W', 'West'],
  ['E', 'East'],
  ['N', 'North'],
  ['S', 'South'],
];
const CITIES: [string, string][] = [
  ['Springfield', '627'],
  ['Riverton', '628'],
  ['Fairfield', '629'],
  ['Greenville', '618'],
  ['Madison', '625'],
  ['Clinton', '617'],
];

interface Parent {
  long: string;
  kind: string;
  mainPhone: string;
}

interface Site {
  entity: number;
  short: string;
  parent: Parent;
  number: number;
  direction: [string, string];
  street: string;
  type: [string, string, string];
  city: [string, string];
  zip: string;
  phone: string;
  /** Written with a roman numeral suffix by one source. */
  suffix: string;
}

export function generateOrganisations(options: OrganisationOptions): GeneratedList {
  const random = mulberry32(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const chance = (p: number) => random() < p;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const phone = (city: [string, string]) => `${city[1].slice(0, 3)}${2 + Math.floor(random() * 8)}${digits(6)}`;

  const sites: Site[] = [];
  const usedNames = new Set<string>();
  for (let o = 0; o < options.organisations; o++) {
    const city = pick(CITIES);
    const kind = pick(['ymca', 'school', 'clinic', 'family', 'pantry', 'library', 'headstart'] as const);
    const region = chance(0.5) ? `Greater ${city[0]}` : `${city[0]} Area`;
    const long = {
      ymca: `YMCA of ${region}`,
      school: `${city[0]} Public Schools`,
      clinic: `${pick(['Community', 'Family', 'Neighborhood'])} Health Partners of ${city[0]}`,
      family: `${pick(['Catholic Charities', 'Lutheran Social Services', 'Family Service Association'])} of ${city[0]}`,
      pantry: `${city[0]} ${pick(['Food Bank', 'Hunger Coalition'])}`,
      library: `${city[0]} Public Library`,
      headstart: `${city[0]} Community Action Agency`,
    }[kind];
    const parent: Parent = { long, kind, mainPhone: phone(city) };
    const siteCount = chance(0.3) ? 6 + Math.floor(random() * 10) : 1 + Math.floor(random() * 4);
    // Sibling sites of one organisation often share a street.
    const streets = Array.from(
      { length: 1 + Math.floor(siteCount / 3) },
      () => [pick(STREETS), pick(TYPES), pick(DIRECTIONS)] as const,
    );
    for (let s = 0; s < siteCount; s++) {
      const place = pick(PLACES);
      let short = {
        ymca: `${place} YMCA`,
        school: `${pick(PEOPLE)} ${pick(['Elementary School', 'Middle School', 'School', 'Academy'])}`,
        clinic: `${place} ${pick(['Health Center', 'Family Clinic', 'Community Clinic'])}`,
        family: `${place} Family ${pick(['Center', 'Resource Center', 'Services'])}`,
        pantry: `${pick(SAINTS)} ${pick(['Food Pantry', 'Community Kitchen', 'Pantry'])}`,
        library: `${place} Branch Library`,
        headstart: `${place} Head Start`,
      }[kind];
      // A name used twice in one organisation is a different site in practice only across towns.
      if (usedNames.has(`${short}|${city[0]}`)) short = `${short} ${pick(['Annex', 'East', 'West', 'North Campus'])}`;
      usedNames.add(`${short}|${city[0]}`);
      const [street, type, direction] = pick(streets);
      const zipBase = Number(city[1]) * 100;
      sites.push({
        entity: sites.length,
        short,
        parent,
        number: 100 + Math.floor(random() * 4900),
        direction,
        street,
        type,
        city,
        zip: String(zipBase + Math.floor(random() * 12)).padStart(5, '0'),
        // Big organisations give the main number for many sites; others have their own.
        phone: siteCount >= 6 && chance(0.6) ? parent.mainPhone : phone(city),
        suffix: chance(0.06) ? pick([' II', ' Inc.', ', Inc']) : '',
      });
    }
  }

  type Source = 'A' | 'B' | 'C';
  const write = (site: Site, source: Source): CellValue[] => {
    const streetName = `${site.street} ${source === 'A' ? site.type[1] : source === 'B' ? site.type[0] : site.type[2]}`;
    const dir = site.direction[0] ? `${source === 'B' && chance(0.5) ? site.direction[1] : site.direction[0]} ` : '';
    let address = `${site.number} ${dir}${streetName}`;
    if (source === 'C' && chance(0.15)) address += `, Suite ${100 + Math.floor(random() * 300)}`;
    let name = site.short;
    if (source === 'A' && (site.parent.kind === 'ymca' || chance(0.5))) name = `${site.parent.long} - ${site.short}`;
    if (source === 'C') name = `${name}${site.suffix}`;
    if (source === 'C' && chance(0.3)) name = name.toUpperCase();
    if (source === 'B' && chance(0.05)) name = typo(name);
    if (source === 'C' && chance(0.05)) address = typo(address);
    const p = site.phone;
    const phoneText =
      source === 'A'
        ? `(${p.slice(0, 3)}) ${p.slice(3, 6)}-${p.slice(6)}`
        : source === 'B'
          ? `${p.slice(0, 3)}-${p.slice(3, 6)}-${p.slice(6)}`
          : p;
    // Source B has no zip codes; C leaves some out and some phones too.
    const zip = source === 'B' || (source === 'C' && chance(0.2)) ? null : site.zip;
    const phoneCell = source === 'C' && chance(0.1) ? null : phoneText;
    return [name, address, site.city[0], zip, phoneCell, `Source ${source}`];
  };
  const typo = (text: string): string => {
    const k = 1 + Math.floor(random() * (text.length - 2));
    return chance(0.5)
      ? text.slice(0, k) + text.slice(k + 1)
      : text.slice(0, k) + text[k + 1] + text[k] + text.slice(k + 2);
  };

  const rows: { cells: CellValue[]; entity: number }[] = [];
  for (const site of sites) {
    const sources = (['A', 'B', 'C'] as const).filter(() => chance(0.45));
    if (sources.length === 0) sources.push(pick(['A', 'B', 'C'] as const));
    for (const source of sources) {
      const cells = write(site, source);
      rows.push({ cells, entity: site.entity });
      // Imported twice: the same row again.
      if (chance(0.03)) rows.push({ cells: [...cells], entity: site.entity });
    }
  }
  // Shuffle, as a merged list is rarely sorted by site.
  for (let k = rows.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [rows[k], rows[j]] = [rows[j]!, rows[k]!];
  }
  const header: CellValue[] = ['Name', 'Address', 'City', 'Zip', 'Phone', 'Source'];
  return { values: [header, ...rows.map((r) => r.cells)], truth: rows.map((r) => r.entity) };
}
