/**
 * A row's second contact (联系人2 / 手机2 / 邮箱2, Contact 2 / Phone 2 / Email 2, 第二联系人) as a person
 * of its own: a CRM's Contacts or Leads import takes one person a row and links it to an account by
 * the company name. The second contact's row is the sheet row with its name, numbers and e-mail in
 * the row's contact's columns, the company's columns as typed, and no other detail of the first
 * contact's; each group column with no column of the first contact's stays under its own header.
 */
import { cellText, isBlank, type CellValue } from '../sheet/cell-value';
import { saysNoValue } from '../check/placeholder';
import { foldHeader, lookupFor } from '../template/header-words';
import { headerNumber } from '../template/numbered-headers';
import type { HeaderMapping } from '../template/column-mapping';
import type { Field, Template } from '../template/schema';
import type { RoleColumns } from './row-parties';

/** One other contact's columns. */
export interface SecondContactGroup {
  /** The group's contact-name column. */
  contact: number;
  /** Group column -> the row's contact's column it is written in on the group's own row. */
  moves: Map<number, number>;
  /** Group columns the row's contact has no column for: kept under their header, on the group's row only. */
  kept: number[];
  cols: number[];
}

export interface SecondContactPlan {
  groups: SecondContactGroup[];
  /** The row's contact's own columns: blank on another contact's row. */
  personCols: ReadonlySet<number>;
}

/** A sheet row as the contacts file writes it: the first contact's values, and each other contact's row. */
export interface SplitRow {
  first: readonly CellValue[];
  others: CellValue[][];
  /** Groups left on the first contact's row: no name, or the row's contact's own name (a further number of theirs, or a namesake). */
  aside: number;
}

/** Field keys of a person's own details besides names, numbers and e-mails. */
const PERSON_KEYS = new Set(['title', 'gender', 'birthDate', 'idNumber', 'notes']);
/** Unmapped headers the export reads as a person's number or address (座机, Email (work)) or their title. */
const PERSONAL_HEADER =
  /电话|手机|座机|传真|邮箱|邮件|微信|qq|职位|职务|姓名|phone|mobile|cell|fax|email|wechat|title|position|name$/;
/** 联系人电话, Contact Phone: the contact's word before the detail. */
const CONTACT_WORD = /^(?:联系人|contactperson|contact)(?=.)/;

function isPersonField(field: Field | undefined): boolean {
  return (
    field !== undefined &&
    (field.kind === 'personName' || field.kind === 'phone' || field.kind === 'email' || PERSON_KEYS.has(field.key))
  );
}

/**
 * Where each other contact's columns go on its own row, or null when the row's contact has no whole-name
 * column to take the other's name (the groups then stay extra columns).
 */
export function planSecondContacts(
  mapping: HeaderMapping,
  groups: readonly { contact: number; cols: number[] }[],
  template: Template,
  roles: RoleColumns,
): SecondContactPlan | null {
  const person = roles.person;
  if (groups.length === 0 || person === undefined || roles.given !== undefined || roles.family !== undefined)
    return null;
  const fields = new Map(template.fields.map((f) => [f.key, f]));
  const inGroups = new Set(groups.flatMap((g) => g.cols));
  const companyCols = new Set([roles.account, roles.nameMayBeCompany, roles.clientName]);
  companyCols.delete(person);
  const roleCols = [person, roles.ownName, roles.salutation, roles.standIn];
  const personCols = new Set<number>();
  for (const c of mapping.columns) {
    if (inGroups.has(c.col) || companyCols.has(c.col)) continue;
    const field = c.field ? fields.get(c.field) : undefined;
    const personal =
      roleCols.includes(c.col) ||
      c.someoneElse === true ||
      isPersonField(field) ||
      (c.secondOf !== undefined && isPersonField(fields.get(c.secondOf))) ||
      (!c.field && !c.secondOf && PERSONAL_HEADER.test(foldHeader(c.header)));
    if (personal) personCols.add(c.col);
  }
  const lookup = lookupFor(template);
  const own = mapping.columns.filter((c) => personCols.has(c.col) && c.col !== person);
  const plans = groups.map((group): SecondContactGroup => {
    const moves = new Map<number, number>([[group.contact, person]]);
    const taken = new Set<number>([person]);
    const kept: number[] = [];
    for (const col of group.cols) {
      if (col === group.contact) continue;
      const header = mapping.columns.find((c) => c.col === col)?.header ?? '';
      const base = headerNumber(foldHeader(header))?.base ?? foldHeader(header);
      const words = new Set([base, base.replace(CONTACT_WORD, '')]);
      const free = (c: { col: number }) => !taken.has(c.col);
      // The first contact's column of the same words (手机 for 手机2, 电话1 for 电话2), else of the same field.
      const same = own.find(
        (c) =>
          free(c) && (words.has(foldHeader(c.header)) || words.has(headerNumber(foldHeader(c.header))?.base ?? '')),
      );
      const field = [...words].map((w) => lookup.get(w)?.field).find((f) => f !== undefined);
      const byField =
        field === undefined
          ? undefined
          : (own.find((c) => free(c) && c.field === field && mapping.byField[field] === c.col && !c.part) ??
            own.find((c) => free(c) && c.secondOf === field));
      const target = same?.col ?? byField?.col;
      if (target === undefined) kept.push(col);
      else {
        moves.set(col, target);
        taken.add(target);
      }
    }
    return { contact: group.contact, moves, kept, cols: group.cols };
  });
  return { groups: plans, personCols };
}

const noValue = (value: CellValue | undefined) => isBlank(value) || saysNoValue(value ?? null);
const folded = (value: CellValue | undefined) =>
  cellText(value ?? null)
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .toLowerCase();

/**
 * A sheet row as the first contact's row and each other contact's own row. A group is a row of its
 * own only where it names someone other than the row's contact; an empty group adds nothing.
 */
export function splitRow(values: readonly CellValue[], plan: SecondContactPlan, person: number): SplitRow {
  const first = [...values];
  const others: CellValue[][] = [];
  let aside = 0;
  const firstName = folded(values[person - 1]);
  for (const group of plan.groups) {
    // 无 and - in every cell of the group say there is no second contact.
    if (group.cols.every((col) => noValue(values[col - 1]))) continue;
    const name = noValue(values[group.contact - 1]) ? '' : folded(values[group.contact - 1]);
    if (name === '' || name === firstName) {
      aside++;
      continue;
    }
    const row: CellValue[] = [...values];
    for (const col of plan.personCols) row[col - 1] = null;
    for (const other of plan.groups) for (const col of other.cols) row[col - 1] = null;
    for (const [from, to] of group.moves) row[to - 1] = values[from - 1] ?? null;
    for (const col of group.kept) row[col - 1] = values[col - 1] ?? null;
    for (const col of group.cols) first[col - 1] = null;
    others.push(row);
  }
  return { first, others, aside };
}
