/**
 * Reasons for a cluster: every member is linked to the member it matches best (a maximum spanning
 * tree grown from the core row), and each field's levels over those links become one reason for that
 * field: worded by its weakest link, which is true of every link (three addresses two of which are
 * the same and one a typo apart "have a typo", not "are the same"), with a one-line English message
 * quoting the cells of every link, each pair with its own sign (a = b; a ≈ c). Strongest evidence
 * first; disagreements are listed too, for review.
 */
import { cellText } from '../sheet/cell-value';
import { columnNames } from '../sheet/column-names';
import type { Locale } from '../i18n/locale';
import type { SheetSnapshot } from '../sheet/snapshot';
import type { FieldCoder } from './compare/rows';
import type { MatchField, MatchRecords } from './records';
import { MatchModel, type FieldModel } from './score/model';
import { quotePair, quoteValue } from './quote-value';
import { inOtherScripts } from './compare/text';
import type { Reason } from './types';
import { isDifference } from './levels';

/** Values in two scripts the comparator could not match (rows.ts codes them as missing). */
const OTHER_SCRIPTS_PHRASE = 'written in English in one row and in Chinese in the other, not compared';

/** The ID's reason when it stands against two clearly different names. */
const SAME_ID_OTHER_NAME = "same ID number, but the names differ: one may be mistyped or someone else's";

/** A family-name column's reason beside a given name that agrees, as person-name.ts words it in one column. */
const OTHER_FAMILY_NAME = 'same given name, another family name (perhaps a married name)';

/** Groups of equal values, or pairs, quoted in one reason before the rest is cut to …. */
const MAX_PARTS = 3;
/** Ways of writing one value quoted in one group. */
const MAX_FORMS = 4;

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The pair scorer of one search, built once for all its clusters (it reads every value's weight). */
const scorers = new WeakMap<FieldModel[], MatchModel>();

/**
 * Each member but the core with the member it is linked through: Prim's maximum spanning tree from
 * the core over the pair scores, so a member is linked to the closest member already linked, and
 * every member's strongest pair in the cluster is one of the links.
 */
function linksOf(members: number[], core: number, pairBits: (i: number, j: number) => number): [number, number][] {
  const rest = members.filter((x) => x !== core);
  if (rest.length === 1) return [[rest[0]!, core]];
  const best = rest.map((x) => pairBits(core, x));
  const partner = rest.map(() => core);
  const linked = rest.map(() => false);
  const links: [number, number][] = [];
  for (let step = 0; step < rest.length; step++) {
    let k = -1;
    for (let j = 0; j < rest.length; j++) if (!linked[j] && (k < 0 || best[j]! > best[k]!)) k = j;
    linked[k] = true;
    links.push([rest[k]!, partner[k]!]);
    for (let j = 0; j < rest.length; j++) {
      if (linked[j]) continue;
      const bits = pairBits(rest[k]!, rest[j]!);
      if (bits > best[j]!) {
        best[j] = bits;
        partner[j] = rest[k]!;
      }
    }
  }
  return links;
}

interface Quoted {
  a: string;
  b: string;
  /** '/': two values that were not compared (written in two scripts). */
  symbol: '=' | '≈' | '≠' | '/';
}

/** One field's links: a reason. */
interface LinkGroup {
  field: number;
  /** Links that agree across two columns of one kind (Phone Number = Mobile Phone Number): those columns, in sheet order. */
  columns?: [MatchField, MatchField];
  /** The weakest comparison level among the links, and its link's label and words; -1 for values not compared. */
  level: number;
  label: Reason['level'];
  /** The weakest link's label is the comparator's own qualified by its explanation (same-surname). */
  qualified: boolean;
  similarity: number;
  phrase: string;
  pairs: Quoted[];
}

/** Equal cells as chains (a = b = c), one per run of links between them; other pairs one by one. */
function quoteLinks(pairs: Quoted[]): string {
  let parts: string[] = [];
  if (pairs.every((p) => p.symbol === '=')) {
    const chainOf = new Map<string, string[]>();
    const chains: string[][] = [];
    for (const { a, b } of pairs) {
      const ca = chainOf.get(a);
      const cb = chainOf.get(b);
      if (ca && cb) {
        if (ca === cb) continue;
        ca.push(...cb);
        for (const v of cb) chainOf.set(v, ca);
        chains.splice(chains.indexOf(cb), 1);
      } else if (ca) {
        ca.push(b);
        chainOf.set(b, ca);
      } else if (cb) {
        cb.push(a);
        chainOf.set(a, cb);
      } else {
        const chain = a === b ? [a] : [a, b];
        chains.push(chain);
        for (const v of chain) chainOf.set(v, chain);
      }
    }
    parts = chains.map((c) => (c.length > MAX_FORMS ? [...c.slice(0, MAX_FORMS), '…'] : c).join(' = '));
  } else {
    // Links at several levels: each pair with its sign, closest first, so that two rows of one value
    // read as such (a = a; a ≈ b) beside the pair the reason's words are about.
    const order = { '=': 0, '≈': 1, '≠': 2, '/': 3 };
    for (const { a, b, symbol } of [...pairs].sort((x, y) => order[x.symbol] - order[y.symbol])) {
      const part = a === b && symbol !== '=' ? a : `${a} ${symbol} ${b}`;
      if (!parts.includes(part)) parts.push(part);
    }
  }
  return parts.length > MAX_PARTS ? `${parts.slice(0, MAX_PARTS).join('; ')}; …` : parts.join('; ');
}

export function explainCluster(
  snapshot: SheetSnapshot,
  records: MatchRecords,
  coders: FieldCoder[],
  models: FieldModel[],
  members: number[],
  core: number,
): Reason[] {
  const codes = new Uint8Array(coders.length);
  let scorer = scorers.get(models);
  if (!scorer) scorers.set(models, (scorer = new MatchModel(models, 0)));
  const model = scorer;
  const pairBits = (i: number, j: number) => {
    const [x, y] = i < j ? [i, j] : [j, i];
    for (let f = 0; f < coders.length; f++) codes[f] = coders[f]!(x, y);
    return model.bits(codes, 0, x, y);
  };
  const links = linksOf(members, core, pairBits);
  // Links whose one ID number stands against two clearly different names (two-people.ts): the ID's
  // reason says so, and that it may be mistyped or someone else's. Links of one given name and another
  // family name in First and Last Name columns: the family name's reason says perhaps a married name,
  // as one name column's does (score/married-names.ts).
  const idAgainstNames: boolean[] = [];
  const otherFamilyNames: boolean[] = [];
  for (const [member, partner] of links) {
    const [x, y] = member < partner ? [member, partner] : [partner, member];
    for (let f = 0; f < coders.length; f++) codes[f] = coders[f]!(x, y);
    idAgainstNames.push(model.apart.idAgainstNames(codes, 0, x, y));
    otherFamilyNames.push(model.married.otherFamilyName(codes, 0, x, y));
  }
  const raw = (record: number, col: number) => cellText(snapshot.values[records.rows[record]! - 1]?.[col - 1]);

  // Keyed by field, and by field and the other column for links that agree across two columns.
  const groups = new Map<string, LinkGroup>();
  /** A link whose two values are written in two scripts: one reason of its own, next to the field's compared links. */
  const notCompared = (f: number, partner: number, member: number) => {
    const field = records.fields[f]!;
    const a = field.ids[partner]!;
    const b = field.ids[member]!;
    if (a < 0 || b < 0 || !inOtherScripts(field.keys[a]!, field.keys[b]!)) return;
    const [qa, qb] = quotePair(raw(partner, field.col), raw(member, field.col));
    const pair = { a: qa, b: qb, symbol: '/' } as const;
    const key = `${f}:scripts`;
    const group = groups.get(key);
    if (group) group.pairs.push(pair);
    else
      groups.set(key, {
        field: f,
        level: -1,
        label: 'other-script',
        qualified: false,
        similarity: 0,
        phrase: OTHER_SCRIPTS_PHRASE,
        pairs: [pair],
      });
  };
  records.fields.forEach((field, f) => {
    const comparator = field.comparator;
    const sameKind = field.sameKind?.among(records.fields);
    for (const [k, [member, partner]] of links.entries()) {
      const code = coders[f]!(partner, member);
      if (code === 0) {
        notCompared(f, partner, member);
        continue;
      }
      const level = code - 1;
      // A phone or e-mail that agrees with the other row's in another column is quoted from both.
      const across = sameKind?.across(field, partner, member);
      const other = across?.to ?? field;
      const rawPartner = raw(partner, field.col);
      const rawMember = raw(member, other.col);
      const a = field.values[field.ids[partner]!];
      const b = other.values[other.ids[member]!];
      const explanation =
        idAgainstNames[k] && field.role === 'idNumber' && level < comparator.levels.length - 1
          ? ({ label: 'same-id-other-name', similarity: level === 0 ? 1 : 0.8, phrase: SAME_ID_OTHER_NAME } as const)
          : otherFamilyNames[k] && field.role === 'family' && comparator.levels[level]!.label === 'different'
            ? ({ label: 'other-family-name', similarity: 0, phrase: OTHER_FAMILY_NAME } as const)
            : comparator.explain(level, a, b, rawPartner, rawMember);
      const qualified = explanation.label !== undefined;
      const label = explanation.label ?? comparator.levels[level]!.label;
      // A comparator may find two values the same only when it explains them (9:00 and 09:00:00).
      const same = level === 0 || explanation.label === 'exact';
      const symbol = same ? '=' : comparator.levels[level]!.label === 'different' || isDifference(label) ? '≠' : '≈';
      const similarity = round2(explanation.similarity);
      const [qa, qb] =
        symbol === '=' ? [quoteValue(rawPartner), quoteValue(rawMember)] : quotePair(rawPartner, rawMember);
      // Two columns are named in sheet order, their cells quoted in that order.
      const pair = other.col < field.col ? ({ a: qb, b: qa, symbol } as const) : ({ a: qa, b: qb, symbol } as const);
      const key = across ? `${f}:${Math.min(field.col, other.col)}:${Math.max(field.col, other.col)}` : `${f}`;
      const group = groups.get(key);
      if (!group) {
        const columns = across ? ([field, other].sort((x, y) => x.col - y.col) as [MatchField, MatchField]) : undefined;
        groups.set(key, {
          field: f,
          ...(columns && { columns }),
          level,
          label,
          qualified,
          similarity,
          phrase: explanation.phrase,
          pairs: [pair],
        });
        continue;
      }
      group.pairs.push(pair);
      // The weakest link's label and words: one reason per field must not claim more than every link
      // shows. At one level, a qualified label (same name once a note is set aside) is the weaker.
      if (
        level > group.level ||
        (level === group.level &&
          (similarity < group.similarity || (similarity === group.similarity && qualified && !group.qualified)))
      ) {
        group.level = level;
        group.label = label;
        group.qualified = qualified;
        group.phrase = explanation.phrase;
      }
      group.similarity = Math.min(group.similarity, similarity);
    }
  });
  return [...groups.values()]
    .map((g) => {
      // A reason across two columns is the template field's, when one of them is its own column.
      const field = g.columns?.find((c) => c.key !== c.column) ?? g.columns?.[0] ?? records.fields[g.field]!;
      const column = g.columns ? `${g.columns[0].column} = ${g.columns[1].column}` : field.column;
      const reason: Reason = {
        field: field.key,
        column,
        level: g.label,
        similarity: g.similarity,
        message: `${column}: ${g.phrase} (${quoteLinks(g.pairs)})`,
      };
      return { reason, bits: g.level < 0 ? 0 : models[g.field]!.bits[g.level]! };
    })
    .sort((x, y) => y.bits - x.bits)
    .map((r) => r.reason)
    .concat(differingIds(records, members, raw));
}

/**
 * The customer IDs a group's rows differ on, each column one reason, last (they weighed nothing):
 * the numbers of two records, which one customer entered twice always holds.
 */
function differingIds(
  records: MatchRecords,
  members: number[],
  raw: (record: number, col: number) => string,
): Reason[] {
  return (records.idColumns ?? []).flatMap(({ key, column, col }) => {
    const ids = [...new Set(members.map((m) => raw(m, col).trim()).filter((id) => id !== ''))];
    if (ids.length < 2) return [];
    const pairs = ids.slice(1).map((id) => ({ a: quoteValue(ids[0]!), b: quoteValue(id), symbol: '≠' as const }));
    return [
      {
        field: key,
        column,
        level: 'other-record' as const,
        similarity: 0,
        message: `${column}: different record numbers (${quoteLinks(pairs)})`,
      },
    ];
  });
}

/**
 * Reasons for rows identical in every column that counts: `members` are their records, `rows` the
 * records' sheet rows (1-based); `fieldOf` gives a column's template field key, if mapped. A column
 * the rows type apart (深圳市华强电子有限公司, 深圳华强电子有限公司) quotes each way of writing it,
 * worded by its field's comparator (what it set aside), never as one value.
 */
export function explainIdentical(
  snapshot: SheetSnapshot,
  members: readonly number[],
  rows: ArrayLike<number>,
  skip: ReadonlySet<number>,
  fieldOf: (col: number) => string | undefined,
  fields: readonly MatchField[] = [],
  locale: Locale = 'en-US',
): Reason[] {
  const names = columnNames(
    Array.from(snapshot.values[0] ?? [], (h) => cellText(h)),
    locale,
  );
  const first = members[0]!;
  const cells = snapshot.values[rows[first]! - 1] ?? [];
  const reasons: Reason[] = [];
  cells.forEach((cell, c) => {
    const text = cellText(cell);
    if (skip.has(c + 1) || text.trim() === '') return;
    const column = names[c] || `#${c + 1}`;
    const reason = { field: fieldOf(c + 1) ?? column, column, similarity: 1 };
    // Each other way the group writes the cell, with a record that writes it so.
    const others = new Map<string, number>();
    for (const m of members.slice(1)) {
      const other = cellText(snapshot.values[rows[m]! - 1]?.[c]);
      if (other.trim() !== text.trim() && !others.has(other.trim())) others.set(other.trim(), m);
    }
    if (others.size === 0) {
      reasons.push({ ...reason, level: 'exact', message: `${column}: same value (${quoteValue(text)})` });
      return;
    }
    const field = fields.find((f) => f.col === c + 1);
    let label: Reason['level'] = 'exact';
    let phrase = 'same value';
    if (field) {
      const explained = [...others].map(([other, m]) => {
        const value = (record: number) => field.values[field.ids[record]!];
        return field.comparator.explain(0, value(first), value(m), text, other);
      });
      const qualified = explained.find((e) => e.label !== undefined) ?? explained[0]!;
      label = qualified.label ?? 'exact';
      phrase = qualified.phrase;
    }
    const pairs = [...others.keys()].map((other) => ({
      a: quoteValue(text),
      b: quoteValue(other),
      symbol: '=' as const,
    }));
    reasons.push({ ...reason, level: label, message: `${column}: ${phrase} (${quoteLinks(pairs)})` });
  });
  return reasons;
}
