/**
 * A small evaluator of rule formulas, for the functions Custodian's rules at entry use, with Excel's
 * semantics: text and number coercion, errors that propagate, arrays from ROW(INDIRECT("1:n")) mapped
 * through MID and FIND, and SUMPRODUCT over them. It lets a test run the very formula setup writes on a
 * typed value, where LibreOffice is not installed (entry-rules-libreoffice.test.ts runs them there).
 */
type Scalar = number | string | boolean | FormulaError;
type Value = Scalar | Scalar[] | RowsRef;

class FormulaError {
  constructor(readonly code: '#VALUE!' | '#REF!' | '#DIV/0!' | '#NAME?') {}
}
class RowsRef {
  constructor(
    readonly from: number,
    readonly to: number,
  ) {}
}

const VALUE = new FormulaError('#VALUE!');

type Token = { kind: 'num' | 'str' | 'name' | 'op' | '(' | ')' | ','; text: string };

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = formula.startsWith('=') ? 1 : 0;
  while (i < formula.length) {
    const c = formula[i]!;
    if (c === ' ') i++;
    else if (c === '"') {
      let text = '';
      i++;
      for (;;) {
        if (i >= formula.length) throw new Error(`unterminated string in ${formula}`);
        if (formula[i] === '"') {
          if (formula[i + 1] === '"') {
            text += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += formula[i++];
      }
      tokens.push({ kind: 'str', text });
    } else if (/[0-9.]/.test(c)) {
      const m = /^[0-9.]+/.exec(formula.slice(i))![0];
      tokens.push({ kind: 'num', text: m });
      i += m.length;
    } else if (/[A-Za-z$]/.test(c)) {
      const m = /^[A-Za-z$][A-Za-z0-9$:.]*/.exec(formula.slice(i))![0];
      tokens.push({ kind: 'name', text: m.toUpperCase() });
      i += m.length;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: c, text: c });
      i++;
    } else {
      const two = formula.slice(i, i + 2);
      const op = ['<=', '>=', '<>'].includes(two) ? two : c;
      if (!'+-*/^&=<>'.includes(op[0]!)) throw new Error(`unexpected ${c} in ${formula}`);
      tokens.push({ kind: 'op', text: op });
      i += op.length;
    }
  }
  return tokens;
}

type Node =
  | { type: 'lit'; value: Scalar }
  | { type: 'ref'; name: string }
  | { type: 'call'; name: string; args: Node[] }
  | { type: 'unary'; op: string; arg: Node }
  | { type: 'binary'; op: string; left: Node; right: Node };

function parse(formula: string): Node {
  const tokens = tokenize(formula);
  let at = 0;
  const peek = () => tokens[at];
  const take = (kind?: Token['kind'], text?: string) => {
    const t = tokens[at++];
    if (!t || (kind && t.kind !== kind) || (text && t.text !== text))
      throw new Error(`expected ${text ?? kind} at token ${at} of ${formula}`);
    return t;
  };
  const binary = (ops: string[], next: () => Node) => (): Node => {
    let left = next();
    while (peek()?.kind === 'op' && ops.includes(peek()!.text)) {
      const op = take().text;
      left = { type: 'binary', op, left, right: next() };
    }
    return left;
  };
  const primary = (): Node => {
    const t = take();
    if (t.kind === 'num') return { type: 'lit', value: Number(t.text) };
    if (t.kind === 'str') return { type: 'lit', value: t.text };
    if (t.kind === '(') {
      const inner = comparison();
      take(')');
      return inner;
    }
    if (t.kind === 'name') {
      if (peek()?.kind === '(') {
        take('(');
        const args: Node[] = [];
        if (peek()?.kind !== ')') {
          args.push(comparison());
          while (peek()?.kind === ',') {
            take(',');
            args.push(comparison());
          }
        }
        take(')');
        return { type: 'call', name: t.text, args };
      }
      if (t.text === 'TRUE' || t.text === 'FALSE') return { type: 'lit', value: t.text === 'TRUE' };
      return { type: 'ref', name: t.text.replace(/\$/g, '') };
    }
    throw new Error(`unexpected ${t.text} in ${formula}`);
  };
  // Excel binds a leading minus tighter than ^ (-2^2 is 4).
  const unary = (): Node =>
    peek()?.kind === 'op' && (peek()!.text === '-' || peek()!.text === '+')
      ? { type: 'unary', op: take().text, arg: unary() }
      : primary();
  const power = binary(['^'], unary);
  const product = binary(['*', '/'], power);
  const sum = binary(['+', '-'], product);
  const concat = binary(['&'], sum);
  const comparison: () => Node = binary(['=', '<>', '<', '>', '<=', '>='], concat);
  const node = comparison();
  if (at !== tokens.length) throw new Error(`trailing tokens in ${formula}`);
  return node;
}

const isError = (v: unknown): v is FormulaError => v instanceof FormulaError;

function toNumber(v: Scalar): number | FormulaError {
  if (isError(v)) return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v.trim() === '') return VALUE;
  const n = Number(v);
  return Number.isFinite(n) ? n : VALUE;
}

function toText(v: Scalar): string | FormulaError {
  if (isError(v)) return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function arrayOf(v: Value): Scalar[] | undefined {
  if (v instanceof RowsRef) return Array.from({ length: v.to - v.from + 1 }, (_, i) => v.from + i);
  return Array.isArray(v) ? v : undefined;
}

/** Applies `f` element by element where any argument is an array (Excel's array evaluation). */
function lift(args: Value[], f: (...scalars: Scalar[]) => Scalar): Value {
  const arrays = args.map(arrayOf);
  const length = Math.max(0, ...arrays.map((a) => a?.length ?? 0));
  if (arrays.every((a) => a === undefined)) return f(...(args as Scalar[]));
  return Array.from({ length }, (_, i) =>
    f(...args.map((a, k) => (arrays[k] ? (arrays[k]![i] ?? VALUE) : (a as Scalar)))),
  );
}

function numeric(f: (...n: number[]) => Scalar) {
  return (...scalars: Scalar[]): Scalar => {
    const numbers = scalars.map(toNumber);
    const bad = numbers.find(isError);
    return bad ?? f(...(numbers as number[]));
  };
}

function compare(op: string, a: Scalar, b: Scalar): Scalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  const [x, y] = [a, b].map((v) => (typeof v === 'string' ? v.toLowerCase() : v)) as (number | string | boolean)[];
  const order = rank(a) !== rank(b) ? rank(a) - rank(b) : x! < y! ? -1 : x! > y! ? 1 : 0;
  return { '=': order === 0, '<>': order !== 0, '<': order < 0, '>': order > 0, '<=': order <= 0, '>=': order >= 0 }[
    op
  ]!;
}

function scalar(v: Value): Scalar {
  const a = arrayOf(v);
  return a ? (a[0] ?? VALUE) : (v as Scalar);
}

const FUNCTIONS: Record<string, (args: Value[]) => Value> = {
  IFERROR: ([v, alt]) => (isError(scalar(v!)) ? alt! : v!),
  ISERROR: ([v]) => lift([v!], (s) => isError(s)),
  ISNUMBER: ([v]) => lift([v!], (s) => typeof s === 'number'),
  ISODD: ([v]) =>
    lift(
      [v!],
      numeric((n) => Math.abs(Math.trunc(n)) % 2 === 1),
    ),
  INT: ([v]) =>
    lift(
      [v!],
      numeric((n) => Math.floor(n)),
    ),
  MOD: ([a, b]) =>
    lift(
      [a!, b!],
      numeric((x, y) => (y === 0 ? new FormulaError('#DIV/0!') : x - y * Math.floor(x / y))),
    ),
  LEN: ([v]) =>
    lift([v!], (s) => {
      const t = toText(s);
      return isError(t) ? t : t.length;
    }),
  LEFT: ([v, n]) =>
    lift([v!, n ?? 1], (s, k) => {
      const [t, count] = [toText(s), toNumber(k)];
      return isError(t) ? t : isError(count) ? count : count < 0 ? VALUE : t.slice(0, count);
    }),
  RIGHT: ([v, n]) =>
    lift([v!, n ?? 1], (s, k) => {
      const [t, count] = [toText(s), toNumber(k)];
      return isError(t) ? t : isError(count) ? count : count < 0 ? VALUE : count === 0 ? '' : t.slice(-count);
    }),
  EXACT: ([a, b]) =>
    lift([a!, b!], (x, y) => {
      const [s, t] = [toText(x), toText(y)];
      return isError(s) ? s : isError(t) ? t : s === t;
    }),
  // Without wildcards, which the rules' SEARCH never asks for.
  SEARCH: ([find, within]) =>
    lift([find!, within!], (f, w) => {
      const [needle, text] = [toText(f), toText(w)];
      if (isError(needle)) return needle;
      if (isError(text)) return text;
      const at = text.toLowerCase().indexOf(needle.toLowerCase());
      return at < 0 ? VALUE : at + 1;
    }),
  MID: ([v, start, n]) =>
    lift([v!, start!, n!], (s, from, k) => {
      const [t, a, count] = [toText(s), toNumber(from), toNumber(k)];
      if (isError(t)) return t;
      if (isError(a) || a < 1) return VALUE;
      if (isError(count) || count < 0) return VALUE;
      return t.slice(a - 1, a - 1 + count);
    }),
  FIND: ([find, within, start]) =>
    lift([find!, within!, start ?? 1], (f, w, s) => {
      const [needle, text, from] = [toText(f), toText(w), toNumber(s)];
      if (isError(needle)) return needle;
      if (isError(text)) return text;
      if (isError(from) || from < 1 || from > text.length + 1) return VALUE;
      const at = text.indexOf(needle, from - 1);
      return at < 0 ? VALUE : at + 1;
    }),
  SUBSTITUTE: ([v, old, by]) =>
    lift([v!, old!, by!], (s, o, b) => {
      const [t, from, to] = [toText(s), toText(o), toText(b)];
      if (isError(t)) return t;
      if (isError(from)) return from;
      if (isError(to)) return to;
      return from === '' ? t : t.split(from).join(to);
    }),
  CODE: ([v]) =>
    lift([v!], (s) => {
      const t = toText(s);
      return isError(t) ? t : t === '' ? VALUE : t.charCodeAt(0);
    }),
  INDIRECT: ([ref]) => {
    const text = toText(scalar(ref!));
    const m = isError(text) ? null : /^(\d+):(\d+)$/.exec(text);
    return m && Number(m[1]) >= 1 && Number(m[2]) >= Number(m[1])
      ? new RowsRef(Number(m[1]), Number(m[2]))
      : new FormulaError('#REF!');
  },
  ROW: ([ref]) => (ref instanceof RowsRef ? arrayOf(ref)! : isError(ref) ? ref : VALUE),
  SUMPRODUCT: ([v]) => {
    const items = arrayOf(v!) ?? [scalar(v!)];
    const bad = items.find(isError);
    return bad ?? items.reduce<number>((sum, s) => sum + (typeof s === 'number' ? s : 0), 0);
  },
  // Excel's COUNTIF over a column: a criterion with * or ? matches text cells by pattern; one that
  // reads as a number matches numbers and texts of digits as numbers (so past 15 digits, rounded);
  // any other matches text, ignoring case.
  COUNTIF: ([range, criterion]) => {
    const cells = arrayOf(range!) ?? [scalar(range!)];
    const wanted = toText(scalar(criterion!));
    if (isError(wanted)) return wanted;
    const asNumber = (v: Scalar) =>
      typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?[\d.]+\s*$/.test(v) ? Number(v) : NaN;
    if (/[*?]/.test(wanted)) {
      const pattern = new RegExp(
        `^${wanted
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.')}$`,
        'is',
      );
      return cells.filter((c) => typeof c === 'string' && pattern.test(c)).length;
    }
    const n = asNumber(wanted);
    if (!Number.isNaN(n)) return cells.filter((c) => asNumber(c) === n).length;
    return cells.filter((c) => typeof c === 'string' && c.toLowerCase() === wanted.toLowerCase()).length;
  },
  AND: (args) => {
    const items = args.flatMap((a) => arrayOf(a) ?? [scalar(a)]);
    const bad = items.find(isError);
    if (bad) return bad;
    return items.every((s) => (typeof s === 'string' ? true : Boolean(s)));
  },
};

function evaluate(node: Node, cells: Readonly<Record<string, Scalar | Scalar[]>>): Value {
  switch (node.type) {
    case 'lit':
      return node.value;
    case 'ref':
      return cells[node.name] ?? '';
    case 'unary': {
      const arg = evaluate(node.arg, cells);
      return lift(
        [arg],
        numeric((n) => (node.op === '-' ? -n : n)),
      );
    }
    case 'binary': {
      const [a, b] = [evaluate(node.left, cells), evaluate(node.right, cells)];
      if (['=', '<>', '<', '>', '<=', '>='].includes(node.op)) return lift([a, b], (x, y) => compare(node.op, x, y));
      if (node.op === '&')
        return lift([a, b], (x, y) => {
          const [s, t] = [toText(x), toText(y)];
          return isError(s) ? s : isError(t) ? t : s + t;
        });
      const op = node.op;
      return lift(
        [a, b],
        numeric((x, y) =>
          op === '+'
            ? x + y
            : op === '-'
              ? x - y
              : op === '*'
                ? x * y
                : op === '/'
                  ? y === 0
                    ? new FormulaError('#DIV/0!')
                    : x / y
                  : x ** y,
        ),
      );
    }
    case 'call': {
      const f = FUNCTIONS[node.name];
      if (!f) return new FormulaError('#NAME?');
      return f(node.args.map((arg) => evaluate(arg, cells)));
    }
  }
}

/**
 * Whether a rule's formula lets `value` stand in `cell`: TRUE (or a number other than 0) passes; FALSE,
 * 0 and an error are refused, as Excel and Google Sheets treat a custom rule's result. `ranges`: the
 * cells of a range the formula names ($A:$A), for COUNTIF.
 */
export function ruleAccepts(
  formula: string,
  cell: string,
  value: string | number,
  ranges: Readonly<Record<string, Scalar[]>> = {},
): boolean {
  const named = Object.fromEntries(Object.entries(ranges).map(([name, cells]) => [name.replace(/\$/g, ''), cells]));
  const result = scalar(evaluate(parse(formula), { ...named, [cell]: value }));
  if (isError(result)) return false;
  return typeof result === 'boolean' ? result : typeof result === 'number' ? result !== 0 : false;
}
