/**
 * Matches a sheet's existing headers to template fields: exact label or synonym in either
 * language after folding case, width and spacing; then the longest synonym contained in the
 * header. Split first/last name columns map to the name field's parts. Unmatched columns stay
 * untouched. Users correct the result with overrides (header text -> field key, or null).
 */
import type { CellValue } from '../sheet/cell-value';
import { cellText } from '../sheet/cell-value';
import type { Field, Template } from './schema';

export type NamePart = 'given' | 'family';
export type MatchKind = 'label' | 'synonym' | 'partial' | 'manual' | 'none';

export interface ColumnMapping {
  col: number;
  header: string;
  /** Template field key, or null for a column Custodian leaves alone. */
  field: string | null;
  /** Set when the column holds one part of a split name. */
  part?: NamePart;
  match: MatchKind;
}

export interface HeaderMapping {
  columns: ColumnMapping[];
  /** Field key -> column number, for fields held in one column. */
  byField: Record<string, number>;
  /** Columns of a name split into given and family parts (when the sheet has them). */
  nameParts?: { given?: number; family?: number };
  /** Template fields the sheet has no column for. */
  missing: string[];
}

const GIVEN_NAME = ['名', 'first name', 'firstname', 'given name', 'given', 'forename'];
const FAMILY_NAME = ['姓', '姓氏', 'last name', 'lastname', 'surname', 'family name', 'family'];

/** Folds a header for comparison: width, case, spaces, punctuation and required markers. */
export function foldHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（][^)）]*(必填|required)[^)）]*[)）]/g, '')
    .replace(/[\s_\-.·:：*#/\\'"“”]+/g, '');
}

interface Candidate {
  field: string;
  part?: NamePart;
  kind: 'label' | 'synonym';
}

function buildLookup(template: Template): Map<string, Candidate> {
  const lookup = new Map<string, Candidate>();
  const add = (text: string, candidate: Candidate) => {
    const key = foldHeader(text);
    if (key && !lookup.has(key)) lookup.set(key, candidate);
  };
  for (const field of template.fields) {
    add(field.labels['zh-CN'], { field: field.key, kind: 'label' });
    add(field.labels['en-US'], { field: field.key, kind: 'label' });
  }
  for (const field of template.fields) for (const synonym of field.synonyms) add(synonym, { field: field.key, kind: 'synonym' });
  const nameField = template.fields.find((f) => f.kind === 'personName');
  if (nameField) {
    for (const text of GIVEN_NAME) add(text, { field: nameField.key, part: 'given', kind: 'synonym' });
    for (const text of FAMILY_NAME) add(text, { field: nameField.key, part: 'family', kind: 'synonym' });
  }
  return lookup;
}

/** The longest label or synonym (3+ folded characters, or 2+ Han) contained in the header. */
function partialMatch(folded: string, lookup: Map<string, Candidate>): Candidate | undefined {
  let best: { key: string; candidate: Candidate } | undefined;
  for (const [key, candidate] of lookup) {
    if (candidate.part) continue;
    const longEnough = /[\u4e00-\u9fff]/.test(key) ? key.length >= 2 : key.length >= 4;
    if (longEnough && folded.includes(key) && (!best || key.length > best.key.length)) best = { key, candidate };
  }
  return best?.candidate;
}

export function mapHeaders(headers: readonly CellValue[], template: Template, overrides: Record<string, string | null> = {}): HeaderMapping {
  const lookup = buildLookup(template);
  const fieldsByKey = new Map<string, Field>(template.fields.map((f) => [f.key, f]));
  const taken = new Set<string>();
  const columns: ColumnMapping[] = headers.map((value, index) => ({ col: index + 1, header: cellText(value).trim(), field: null, match: 'none' }));
  const claim = (column: ColumnMapping, field: string, match: MatchKind, part?: NamePart) => {
    const slot = part ? `${field}.${part}` : field;
    if (taken.has(slot)) return false;
    taken.add(slot);
    column.field = field;
    column.match = match;
    if (part) column.part = part;
    return true;
  };

  // Manual choices first, so automatic matching never takes a field the user assigned elsewhere.
  for (const column of columns) {
    if (!(column.header in overrides)) continue;
    const target = overrides[column.header];
    column.match = 'manual';
    if (target === null || target === undefined) continue;
    const [fieldKey, part] = target.split('.') as [string, NamePart | undefined];
    if (fieldsByKey.has(fieldKey)) claim(column, fieldKey, 'manual', part === 'given' || part === 'family' ? part : undefined);
  }
  for (const pass of ['exact', 'partial'] as const) {
    for (const column of columns) {
      if (column.match !== 'none' || !column.header) continue;
      const folded = foldHeader(column.header);
      const candidate = pass === 'exact' ? lookup.get(folded) : partialMatch(folded, lookup);
      if (candidate) claim(column, candidate.field, pass === 'exact' ? candidate.kind : 'partial', candidate.part);
    }
  }

  const byField: Record<string, number> = {};
  const nameParts: { given?: number; family?: number } = {};
  for (const column of columns) {
    if (!column.field) continue;
    if (column.part) nameParts[column.part] = column.col;
    else byField[column.field] = column.col;
  }
  const hasParts = nameParts.given !== undefined || nameParts.family !== undefined;
  const missing = template.fields
    .filter((f) => byField[f.key] === undefined && !(f.kind === 'personName' && hasParts))
    .map((f) => f.key);
  return { columns, byField, ...(hasParts ? { nameParts } : {}), missing };
}

/** The mapping as `custodian check --json` reports it: header -> field key (`name.given` for parts) or null. */
export function mappingToJson(mapping: HeaderMapping): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const column of mapping.columns) {
    if (!column.header) continue;
    out[column.header] = column.field ? (column.part ? `${column.field}.${column.part}` : column.field) : null;
  }
  return out;
}
