/**
 * Which Excel API requirement set each member the add-in calls belongs to, and whether the call is
 * guarded. The type checker resolves every property access (and object-literal property) to its
 * declaration in `@types/office-js`, whose doc comment carries `[Api set: ExcelApi x.y]` (else its
 * class's). A use is guarded when it sits under `isSetSupported('ExcelApi', v)` with v at least its
 * set: in an `if`, `?:` or `&&`, after an early `if (!guard) return`, in a function every caller of
 * which is guarded, or in a writer primitive the plan driver only calls under a capability whose
 * getter is such a check (`() => writer.setFilter(…)` beside `can.filter`).
 */
import ts from 'typescript';

export interface ApiUse {
  file: string;
  line: number;
  /** `Class.member` as office-js declares it. */
  member: string;
  /** The requirement set, e.g. "1.9". */
  set: string;
  /** What guards it: the guard's name and version, or null when nothing does. */
  guard: Guard | null;
}

export interface Guard {
  /** The guarding expression or capability as written, e.g. `can.filter`, `available`. */
  name: string;
  version: string;
  /** The part the plan driver skips and reports when the guard is false (`'filter'`), where it is one. */
  skippedPart?: string;
}

const API_SET = /\[Api set: ExcelApi (\d+\.\d+)\]/;

/** Compares "1.10" and "1.9" as versions. */
export function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

function isOfficeDeclaration(node: ts.Node): boolean {
  return /[\\/]@types[\\/]office-js[\\/]index\.d\.ts$/.test(node.getSourceFile().fileName);
}

function inExcelNamespace(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent)
    if (ts.isModuleDeclaration(at) && at.name.text === 'Excel') return true;
  return false;
}

function docSet(node: ts.Node): string | undefined {
  const text = node.getFullText();
  return API_SET.exec(text.slice(0, node.getLeadingTriviaWidth()))?.[1];
}

/** A declaration's requirement set: its own note, else its class's or interface's. */
function declarationSet(declaration: ts.Declaration): string | undefined {
  const own = docSet(declaration);
  if (own) return own;
  const owner = declaration.parent;
  return owner && (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) ? docSet(owner) : undefined;
}

function declarationName(declaration: ts.Declaration): string {
  const owner = declaration.parent;
  const ownerName = owner && (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) ? owner.name?.text : '';
  const name = ts.getNameOfDeclaration(declaration)?.getText() ?? '?';
  return ownerName ? `${ownerName}.${name}` : name;
}

export class ApiSetScanner {
  private readonly checker: ts.TypeChecker;
  private readonly program: ts.Program;
  /** Declarations of members whose every call site is guarded (writer primitives under a capability). */
  private readonly guardedMembers = new Map<ts.Node, Guard>();
  /** References to each function's symbol, for "every caller is guarded". */
  private readonly references = new Map<ts.Symbol, ts.Node[]>();
  private readonly guardCache = new Map<ts.Node, Guard | null>();

  /**
   * @param files the sources to scan (and that define the guards)
   * @param driverFiles sources that only contribute guarded call sites (the plan driver)
   */
  constructor(
    private readonly files: string[],
    driverFiles: string[] = [],
    /** Changes to a file's text before it is read (tests plant violations in the real sources). */
    plant: Record<string, (text: string) => string> = {},
  ) {
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      jsx: ts.JsxEmit.ReactJSX,
      strict: true,
      esModuleInterop: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['office-js'],
    };
    const host = ts.createCompilerHost(options);
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, language, onError, fresh) => {
      const change = plant[fileName];
      if (!change) return read(fileName, language, onError, fresh);
      return ts.createSourceFile(fileName, change(ts.sys.readFile(fileName) ?? ''), language);
    };
    this.program = ts.createProgram([...files, ...driverFiles], options, host);
    this.checker = this.program.getTypeChecker();
    for (const file of [...files, ...driverFiles]) {
      const source = this.program.getSourceFile(file);
      if (source) this.index(source);
    }
  }

  /** Every Excel API member the scanned files use, with its set and guard. */
  uses(): ApiUse[] {
    const uses: ApiUse[] = [];
    for (const file of this.files) {
      const source = this.program.getSourceFile(file);
      if (!source) throw new Error(`not found: ${file}`);
      const visit = (node: ts.Node): void => {
        const declaration = this.excelDeclaration(node);
        if (declaration) {
          const set = declarationSet(declaration);
          if (set)
            uses.push({
              file,
              line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
              member: declarationName(declaration),
              set,
              guard: this.guardOf(node),
            });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    return uses;
  }

  /** The office-js declaration a property access or object-literal property resolves to, in the Excel namespace. */
  private excelDeclaration(node: ts.Node): ts.Declaration | undefined {
    let symbol: ts.Symbol | undefined;
    let declaration: ts.Declaration | undefined;
    if (ts.isPropertyAccessExpression(node)) {
      const call = node.parent;
      if (ts.isCallExpression(call) && call.expression === node)
        declaration = this.checker.getResolvedSignature(call)?.declaration as ts.Declaration | undefined;
      symbol = this.checker.getSymbolAtLocation(node.name);
    } else if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
      ts.isObjectLiteralExpression(node.parent)
    ) {
      const type = this.checker.getContextualType(node.parent);
      symbol = type?.getProperty(node.name.getText());
    }
    const candidates = declaration && !ts.isJSDocSignature(declaration) ? [declaration] : (symbol?.declarations ?? []);
    return candidates.find((d) => isOfficeDeclaration(d) && inExcelNamespace(d));
  }

  private index(source: ts.SourceFile): void {
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) {
        let symbol = this.checker.getSymbolAtLocation(node);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
        if (symbol) this.references.set(symbol, [...(this.references.get(symbol) ?? []), node]);
      }
      // The driver's pattern: a callback passed beside a capability, `add(key, present, () => writer.x(), can.y)`.
      if (ts.isCallExpression(node)) {
        const capability = node.arguments.map((a) => this.guardExpression(a)).find((g) => g !== null);
        // The driver's last argument names the part it skips and reports (`add(…, can.filter, 'filter')`).
        const last = node.arguments[node.arguments.length - 1];
        const skippedPart = last && ts.isStringLiteral(last) ? last.text : undefined;
        const guard = capability && skippedPart ? { ...capability, skippedPart } : capability;
        if (guard)
          for (const arg of node.arguments)
            if (
              ts.isArrowFunction(arg) &&
              ts.isCallExpression(arg.body) &&
              ts.isPropertyAccessExpression(arg.body.expression)
            ) {
              const member = this.checker.getSymbolAtLocation(arg.body.expression.name);
              for (const d of member?.declarations ?? []) this.guardedMembers.set(d, guard);
            }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  /** The ExcelApi version an expression proves supported when true, or null. */
  guardExpression(node: ts.Expression, seen = new Set<ts.Node>()): Guard | null {
    if (seen.has(node)) return null;
    seen.add(node);
    if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node))
      return this.guardExpression(node.expression, seen);
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
      const inner = node.operand;
      // `!!x` is x.
      if (ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.ExclamationToken)
        return this.guardExpression(inner.operand, seen);
      return null;
    }
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      // `x ?? false` is as strong as x; `a && b` is as strong as the stronger side.
      if (op === ts.SyntaxKind.QuestionQuestionToken) return this.guardExpression(node.left, seen);
      if (op === ts.SyntaxKind.AmpersandAmpersandToken)
        return stronger(this.guardExpression(node.left, seen), this.guardExpression(node.right, seen));
      return null;
    }
    if (ts.isCallExpression(node)) return this.isSetSupportedCall(node);
    if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
      const symbol = this.checker.getSymbolAtLocation(ts.isIdentifier(node) ? node : node.name);
      const guard = this.derivedGuard(symbol, seen);
      return guard ? { name: node.getText(), version: guard.version } : null;
    }
    return null;
  }

  private isSetSupportedCall(call: ts.CallExpression): Guard | null {
    const callee = call.expression;
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
    if (name !== 'isSetSupported' || call.arguments.length < 2) return null;
    const [set, version] = call.arguments.map((a) => this.literal(a));
    return set === 'ExcelApi' && version ? { name: call.getText(), version } : null;
  }

  /** A string or number argument's value, through constants (`API.version` of an `as const` object). */
  private literal(node: ts.Expression): string | undefined {
    const type = this.checker.getTypeAtLocation(node);
    if (type.isStringLiteral()) return type.value;
    if (type.isNumberLiteral()) return String(type.value);
    return undefined;
  }

  /**
   * A value derived from a check: a const initialised with one, a getter returning one, or an
   * interface property (`HostCapabilities.filter`) that an object literal in the scanned files implements so.
   */
  private derivedGuard(symbol: ts.Symbol | undefined, seen: Set<ts.Node>): Guard | null {
    if (!symbol) return null;
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    for (const d of symbol.declarations ?? []) {
      const guard = this.declarationGuard(d, seen);
      if (guard) return guard;
      // An interface member: look for its implementations among the references' object literals.
      for (const implementation of this.implementations(d)) {
        const found = this.declarationGuard(implementation, seen);
        if (found) return found;
      }
    }
    return null;
  }

  private declarationGuard(d: ts.Declaration, seen: Set<ts.Node>): Guard | null {
    if (ts.isVariableDeclaration(d) && d.initializer) return this.guardExpression(d.initializer, seen);
    if (ts.isPropertyAssignment(d)) return this.guardExpression(d.initializer, seen);
    if (ts.isGetAccessorDeclaration(d) && d.body) {
      const returned = d.body.statements.find(ts.isReturnStatement)?.expression;
      return returned ? this.guardExpression(returned, seen) : null;
    }
    return null;
  }

  /** Object-literal members in the scanned files whose contextual type's property is `declaration`. */
  private implementations(declaration: ts.Declaration): ts.Declaration[] {
    if (!ts.isPropertySignature(declaration) && !ts.isMethodSignature(declaration)) return [];
    const name = declaration.name.getText();
    const found: ts.Declaration[] = [];
    for (const nodes of this.references.values())
      for (const node of nodes) {
        const member = node.parent;
        if (
          (ts.isPropertyAssignment(member) || ts.isGetAccessorDeclaration(member) || ts.isMethodDeclaration(member)) &&
          member.name === node &&
          ts.isObjectLiteralExpression(member.parent) &&
          name === node.getText()
        ) {
          const property = this.checker.getContextualType(member.parent)?.getProperty(name);
          if (property?.declarations?.includes(declaration)) found.push(member);
        }
      }
    return found;
  }

  /** What guards a node: the nearest guard on the way up, through callers where a function has them. */
  guardOf(node: ts.Node, visiting = new Set<ts.Node>()): Guard | null {
    let child = node;
    for (let at = node.parent; at; child = at, at = at.parent) {
      const local = this.localGuard(at, child);
      if (local) return local;
      // A callback (`run(async (context) => …)`) runs where it is passed: keep going up.
      if (ts.isFunctionLike(at) && !isCallback(at)) return this.functionGuard(at, visiting);
    }
    return null;
  }

  private localGuard(at: ts.Node, child: ts.Node): Guard | null {
    if (ts.isIfStatement(at) && child === at.thenStatement) return this.guardExpression(at.expression);
    if (ts.isConditionalExpression(at) && child === at.whenTrue) return this.guardExpression(at.condition);
    if (
      ts.isBinaryExpression(at) &&
      at.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      child === at.right
    )
      return this.guardExpression(at.left);
    if (ts.isBlock(at) || ts.isSourceFile(at)) {
      // `if (!guard) return;` before the statement.
      for (const statement of at.statements) {
        if (statement === child) break;
        const guard = earlyExitGuard(statement, (e) => this.guardExpression(e));
        if (guard) return guard;
      }
    }
    return null;
  }

  private functionGuard(fn: ts.SignatureDeclaration, visiting: Set<ts.Node>): Guard | null {
    if (visiting.has(fn)) return null;
    visiting.add(fn);
    // A writer primitive the driver calls only under a capability.
    const member = ts.isMethodDeclaration(fn) ? fn : ts.isPropertyAssignment(fn.parent) ? fn.parent : undefined;
    if (member && ts.isObjectLiteralExpression(member.parent)) {
      const property = this.checker.getContextualType(member.parent)?.getProperty(member.name.getText());
      for (const d of property?.declarations ?? []) {
        const guard = this.guardedMembers.get(d);
        if (guard) return guard;
      }
    }
    const callers = this.callSites(fn);
    if (callers.length === 0) return null;
    let weakest: Guard | null = null;
    for (const site of callers) {
      const guard = this.guardOf(site, visiting);
      if (!guard) return null;
      if (!weakest || compareVersions(guard.version, weakest.version) < 0) weakest = guard;
    }
    return weakest;
  }

  /** Where a named function (declaration or const) is referenced, other than its own name. */
  private callSites(fn: ts.SignatureDeclaration): ts.Node[] {
    const name = ts.isFunctionDeclaration(fn)
      ? fn.name
      : ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)
        ? fn.parent.name
        : undefined;
    if (!name) return [];
    const symbol = this.checker.getSymbolAtLocation(name);
    return symbol ? (this.references.get(symbol) ?? []).filter((n) => n !== name) : [];
  }
}

function stronger(a: Guard | null, b: Guard | null): Guard | null {
  if (!a) return b;
  if (!b) return a;
  return compareVersions(a.version, b.version) >= 0 ? a : b;
}

/** `if (!guard) return;` (or throw), as a statement before the guarded ones. */
function earlyExitGuard(statement: ts.Statement, guardOf: (e: ts.Expression) => Guard | null): Guard | null {
  if (!ts.isIfStatement(statement) || statement.elseStatement) return null;
  const exit = statement.thenStatement;
  const exits =
    ts.isReturnStatement(exit) ||
    ts.isThrowStatement(exit) ||
    (ts.isBlock(exit) &&
      exit.statements.length === 1 &&
      (ts.isReturnStatement(exit.statements[0]!) || ts.isThrowStatement(exit.statements[0]!)));
  const condition = statement.expression;
  if (!exits || !ts.isPrefixUnaryExpression(condition) || condition.operator !== ts.SyntaxKind.ExclamationToken)
    return null;
  return guardOf(condition.operand);
}

function isCallback(fn: ts.Node): boolean {
  return (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isCallExpression(fn.parent);
}
