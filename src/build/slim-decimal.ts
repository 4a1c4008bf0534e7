/**
 * Trims decimal.js, for the one-script build, to what this project uses.
 *
 * decimal.js is one class with some sixty methods (trigonometry, logarithms,
 * base conversion…) and two 1,025-digit constants; a bundler cannot tree-shake
 * methods, so all of it would ship. The engine calls about fifteen of them, on
 * decimal strings and numbers only. This
 *
 * - removes every prototype method and static function that neither the
 *   project's sources (as the type checker resolves them, see
 *   `decimal-usage.ts`) nor the remaining decimal.js code call, and the
 *   constants when nothing left needs them;
 * - makes the constructor read decimal strings only: hexadecimal, binary and
 *   octal strings, and the words `NaN` and `Infinity`, are rejected like any
 *   other non-number (`[DecimalError] Invalid argument`), which takes the
 *   base-conversion code with them.
 *
 * The bundler's tree-shaking then drops the helpers only the removed code
 * used. Kept besides are the conversions JavaScript calls implicitly
 * (`toString`, `valueOf`, `toJSON`).
 */
import { parseAst, type Plugin } from 'vite';
import { decimalUsage } from './decimal-usage.js';

interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: any;
}

/** Methods JavaScript calls without a visible `.name(`: `String(x)`, `+x`, `JSON.stringify`. */
export const IMPLICITLY_CALLED = ['toString', 'valueOf', 'toJSON'];

/** The constants only logarithms and trigonometry need, each with its precision (`PI.length - 1`). */
const CONSTANT_GROUPS: Record<string, string> = {
  LN10: 'LN10',
  LN10_PRECISION: 'LN10',
  PI: 'PI',
  PI_PRECISION: 'PI',
};

/** One removable unit: a prototype method, a static assignment in `clone`, or a constant's set-up. */
interface Removable {
  readonly names: readonly string[];
  readonly start: number;
  readonly end: number;
  /** What replaces the range when removed (default: nothing). */
  readonly replacement?: string;
}

/** `text` without comments (decimal.js's comments name methods that its code does not call). */
function withoutComments(text: string): string {
  // `//` after a colon is a URL in a string, not a comment.
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

/**
 * Methods called in decimal.js's own `text`: `x.times(…)` gives `times`.
 * Only calls count: decimal.js reads its settings under method names
 * (`Ctor.precision`, `Ctor.modulo`) without calling them, and built-in
 * namespaces (`Math.floor(…)`) are not Decimals.
 */
function calledNames(text: string): { methods: Set<string>; statics: Set<string> } {
  const calls = [...withoutComments(text).matchAll(/(?<!\b(?:Math|Number|Object|JSON|Array|String|Symbol))\.\s*([A-Za-z_$][\w$]*)\s*\(/g)];
  // decimal.js calls its statics on the constructor: `Decimal.config(…)`, `Ctor.pow(…)`, `this.atan(…)` in a static.
  const onConstructor = [...withoutComments(text).matchAll(/\b(?:Decimal|Ctor|this)\.\s*([A-Za-z_$][\w$]*)\s*\(/g)];
  return { methods: new Set(calls.map((match) => match[1])), statics: new Set(onConstructor.map((match) => match[1])) };
}

/** The constructor's string branch, which hands anything not a decimal string to `parseOther`. */
const STRING_BRANCH = 'return isDecimal.test(v) ? parseDecimal(x, v) : parseOther(x, v);';

/** `source` with a constructor that reads decimal strings only (see the module comment). */
export function decimalStringsOnly(source: string): string {
  const at = source.indexOf(STRING_BRANCH);
  if (at < 0 || source.indexOf(STRING_BRANCH, at + 1) >= 0) {
    throw new Error('decimal.js: the constructor\'s string branch was not found once; update slim-decimal.ts for this version');
  }
  const replacement = 'if (isDecimal.test(v)) return parseDecimal(x, v);\n      throw Error(invalidArgument + v);';
  return source.slice(0, at) + replacement + source.slice(at + STRING_BRANCH.length);
}

/** The names of an assignment chain `A.a = A.b = value` whose objects are all `object`, and its value. */
function assignmentChain(expression: Node, object: string): { names: string[]; value: Node } | null {
  const names: string[] = [];
  let node = expression;
  while (node.type === 'AssignmentExpression') {
    const left = node.left;
    if (left.type !== 'MemberExpression' || left.computed || left.object.type !== 'Identifier' || left.object.name !== object) {
      return null;
    }
    names.push(left.property.name);
    node = node.right;
  }
  return names.length ? { names, value: node } : null;
}

/** Names of Decimal members: prototype methods and constructor statics. */
export interface DecimalNames {
  readonly methods: ReadonlySet<string>;
  readonly statics: ReadonlySet<string>;
}

/**
 * decimal.js's ES module source without what `used` (the methods and statics
 * the project accesses) does not need. Returns the new source and the removed names.
 */
export function slimDecimal(original: string, used: DecimalNames): { code: string; removed: string[] } {
  const source = decimalStringsOnly(original);
  const program = parseAst(source) as unknown as Node;
  const methods: Removable[] = [];
  const statics: Removable[] = [];
  const constantSetups: Removable[] = [];
  const functions = new Map<string, Node>();
  const constantValues: Removable[] = [];
  const roots: Node[] = [];

  for (const statement of program.body as Node[]) {
    if (statement.type === 'FunctionDeclaration') functions.set(statement.id.name, statement);
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        if (declarator.id.type !== 'Identifier' || !declarator.init) continue;
        functions.set(declarator.id.name, declarator.init);
        const group = CONSTANT_GROUPS[declarator.id.name];
        if (group) {
          const { start, end } = declarator.init;
          constantValues.push({ names: [group], start, end, replacement: 'void 0' });
        } else {
          // Initializers run when the module loads, whoever uses the variable.
          roots.push(declarator.init);
        }
      }
    }
    if (statement.type !== 'ExpressionStatement') continue;
    const method = assignmentChain(statement.expression, 'P');
    if (method?.value.type === 'FunctionExpression') {
      methods.push({ names: method.names, start: statement.start, end: statement.end });
    }
    const expression = statement.expression;
    if (
      expression.type === 'AssignmentExpression' &&
      expression.left.type === 'Identifier' &&
      CONSTANT_GROUPS[expression.left.name] === expression.left.name
    ) {
      constantSetups.push({ names: [expression.left.name], start: statement.start, end: statement.end });
    }
  }
  const clone = functions.get('clone');
  for (const statement of (clone?.body.body ?? []) as Node[]) {
    if (statement.type !== 'ExpressionStatement') continue;
    const assignment = assignmentChain(statement.expression, 'Decimal');
    // Only `Decimal.name = someFunction`: `Decimal.prototype = P` and the like stay.
    if (assignment?.value.type === 'Identifier' && functions.get(assignment.value.name)?.type === 'FunctionDeclaration') {
      statics.push({ names: assignment.names, start: statement.start, end: statement.end });
    }
  }

  const units = [...methods, ...statics, ...constantSetups, ...constantValues].sort((a, b) => a.start - b.start);
  const kept = new Set<Removable>();
  /** Source from `start` to `end` without the removable units not (yet) kept. */
  const textWithout = (start: number, end: number) => {
    let text = '';
    let at = start;
    for (const unit of units) {
      if (unit.start < start || unit.end > end || kept.has(unit)) continue;
      text += source.slice(at, unit.start);
      at = unit.end;
    }
    return text + source.slice(at, end);
  };

  // Roots: variable initializers and every other top-level statement, but
  // function declarations (reached by name) and removable units.
  const pending: string[] = roots.map((node) => textWithout(node.start, node.end));
  for (const statement of program.body as Node[]) {
    if (statement.type === 'FunctionDeclaration' || statement.type === 'VariableDeclaration') continue;
    if (units.some((unit) => unit.start === statement.start)) continue;
    pending.push(source.slice(statement.start, statement.end));
  }

  const wantedMethods = new Set([...used.methods, ...IMPLICITLY_CALLED]);
  const wantedStatics = new Set(used.statics);
  const reached = new Set<string>();
  const visit = (text: string) => {
    const called = calledNames(text);
    for (const name of called.methods) wantedMethods.add(name);
    for (const name of called.statics) wantedStatics.add(name);
    // Identifiers, not property names: `Math.pow` does not reach decimal.js's function `pow`.
    for (const name of new Set(withoutComments(text).match(/(?<![\w$]|\.\s*)[A-Za-z_$][\w$]*/g) ?? [])) {
      const declaration = functions.get(name);
      if (!declaration || reached.has(name)) continue;
      reached.add(name);
      pending.push(textWithout(declaration.start, declaration.end));
    }
  };
  for (;;) {
    while (pending.length) visit(pending.pop()!);
    const isWanted = (wanted: Set<string>) => (unit: Removable) => !kept.has(unit) && unit.names.some((n) => wanted.has(n));
    const newlyKept = [...methods.filter(isWanted(wantedMethods)), ...statics.filter(isWanted(wantedStatics))];
    if (newlyKept.length === 0) break;
    for (const unit of newlyKept) {
      kept.add(unit);
      pending.push(source.slice(unit.start, unit.end));
    }
  }
  // A constant's value, precision and set-up stay when kept code refers to either.
  const reachedGroups = new Set([...reached].map((name) => CONSTANT_GROUPS[name]).filter(Boolean));
  for (const unit of [...constantSetups, ...constantValues]) if (reachedGroups.has(unit.names[0])) kept.add(unit);

  let code = '';
  let at = 0;
  const removed: string[] = [];
  for (const unit of units) {
    if (kept.has(unit)) continue;
    code += source.slice(at, unit.start) + (unit.replacement ?? '');
    at = unit.end;
    if (!unit.replacement) removed.push(unit.names[0]);
  }
  code += source.slice(at);
  return { code, removed };
}

/** The Decimal methods and statics the bundled `.ts` sources under each of `sourceDirs` access. */
export function decimalNamesUsedIn(sourceDirs: readonly string[]): DecimalNames {
  const usages = sourceDirs.map(decimalUsage);
  return {
    methods: new Set(usages.flatMap((usage) => [...usage.methods])),
    statics: new Set(usages.flatMap((usage) => [...usage.statics])),
  };
}

/**
 * A Vite plugin applying `slimDecimal` to decimal.js's ES module, keeping
 * what the `.ts` sources under each of `sourceDirs` access.
 */
export function slimDecimalPlugin(sourceDirs: readonly string[]): Plugin {
  return {
    name: 'hotline:slim-decimal',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]decimal\.js[\\/]decimal\.mjs$/.test(id)) return null;
      const used = decimalNamesUsedIn(sourceDirs);
      return { code: slimDecimal(code, used).code, map: null };
    },
  };
}
