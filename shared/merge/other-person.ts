/**
 * Rows of one group that name different people (a company's 张伟 and his colleague 刘芳, 黄磊 and 黄蕾):
 * the other person's phone, e-mail and title are theirs, so they are neither the survivor's "other
 * phone" nor fill its blanks; they go to the notes with the person's name.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { cleanPersonName } from '../normalise/name';
import { titledSurname } from '../normalise/han-titles';
import { simplifiedHan } from '../dedupe/simplified';
import { nicknamesOfOneName } from '../dedupe/nicknames';
import { withinOneEdit } from '../dedupe/similarity';
import type { SheetColumn } from './columns';
import type { RowRecord } from './choose-survivor';
import { heldValues } from './field-values';

/** A Latin name long enough for one slipped letter to be a typo, not another name. */
const LATIN_NAME = /^[a-z' -]{4,}$/;

/** The columns that name the person of a row: the contact person where the sheet has one, else the customer's name. */
export function personColumns(columns: readonly SheetColumn[]): SheetColumn[] {
  const contact = columns.filter((c) => c.ctx.field?.role === 'contactPerson' && c.ctx.field.kind === 'personName');
  if (contact.length > 0) return contact;
  return columns.filter((c) => c.ctx.field?.kind === 'personName' && c.ctx.field.role !== 'contactPerson');
}

/** A contact detail that belongs to the person a row names: their phones, e-mails and title. */
export function isPersonDetail(column: SheetColumn): boolean {
  const kind = column.ctx.field?.kind;
  return kind === 'phone' || kind === 'email' || column.fieldKey === 'title';
}

/** A row's person as written, parts joined in column order (Liu Fang), '' when unnamed. */
export function personName(record: RowRecord, columns: readonly SheetColumn[]): string {
  return columns
    .map((c) => cellText(record.values[c.col - 1] ?? null).trim())
    .filter((t) => t !== '')
    .join(' ');
}

const fold = (name: string) =>
  simplifiedHan(cleanPersonName(name))
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.,·•]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Whether two names clearly name different people. Not when either is blank, when one is the other's
 * surname and title (张总, 张伟), or when the given names are one name's forms or initials (Bob and
 * Robert, Pat and Patricia, J. Smith) with the same family name.
 */
export function differentPeople(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === '' || y === '' || x === y) return false;
  const titled = (t: string, other: string) => {
    const surname = titledSurname(t);
    return surname !== '' && other.startsWith(surname);
  };
  if (titled(x, y) || titled(y, x)) return false;
  const [given1 = '', ...family1] = x.split(' ');
  const [given2 = '', ...family2] = y.split(' ');
  const family = [family1.join(' '), family2.join(' ')] as const;
  if (family1.length > 0 && family2.length > 0 && !oneTypoApart(...family)) return true;
  return !(given1.startsWith(given2) || given2.startsWith(given1) || nicknamesOfOneName(given1, given2));
}

export interface OtherPerson {
  name: string;
  /** Title, then each phone and e-mail the survivor does not hold, as typed. */
  details: string[];
}

/**
 * The people other than the survivor's among `others`, each once, with the details of theirs the
 * survivor's row does not already hold (a shared switchboard number is not repeated).
 */
export function otherPeople(
  others: readonly RowRecord[],
  names: readonly SheetColumn[],
  columns: readonly SheetColumn[],
  kept: (column: SheetColumn) => CellValue,
  survivor: RowRecord,
): OtherPerson[] {
  // The title first, as a person is introduced: 刘芳（财务主管，139…）.
  const details = columns
    .filter(isPersonDetail)
    .sort((a, b) => Number(b.fieldKey === 'title') - Number(a.fieldKey === 'title'));
  const held = new Map(
    details.map((c) => {
      const values = heldValues(c.ctx);
      for (const same of details.filter((d) => d.ctx.field?.kind === c.ctx.field?.kind)) {
        const value = kept(same);
        if (!isBlank(value)) values.add(value, survivor.values);
      }
      return [c, values] as const;
    }),
  );
  const people = new Map<string, OtherPerson>();
  for (const record of others) {
    const name = personName(record, names);
    const person = people.get(fold(name)) ?? { name, details: [] };
    people.set(fold(name), person);
    for (const column of details) {
      const value = record.values[column.col - 1] ?? null;
      const text = cellText(value).trim();
      if (text === '' || person.details.includes(text)) continue;
      const values = held.get(column)!;
      if (column.fieldKey !== 'title' && values.has(value, record.values)) continue;
      person.details.push(text);
    }
  }
  return [...people.values()];
}

/**
 * Equal, or one Latin letter apart in a name of four or more (Smith and Smyth), as a typing slip. Han
 * names never: one character apart (黄磊 and 黄蕾) is another person.
 */
function oneTypoApart(a: string, b: string): boolean {
  return a === b || (LATIN_NAME.test(a) && LATIN_NAME.test(b) && withinOneEdit(a, b));
}
