/**
 * Trims decimal.js, for the one-script build, to what this project uses.
 *
 * decimal.js is one class with some sixty methods (trigonometry, logarithms,
 * base conversion…) and two 1,025-digit constants; a bundler cannot tree-shake
 * methods, so all of it would ship, about 13 KB of the 30 KB budget. The engine
 * calls a dozen of them. This removes every prototype method and static
 * function that neither the project's sources nor the remaining decimal.js
 * code refer to, and the constants when nothing left needs them; the bundler's
 * tree-shaking then drops the helpers only they used.
 *
 * Kept are: every method or static whose name appears as a property access
 * (`.times(`, `.toFixed`, …) in the given sources, those the kept code refers
 * to (followed to a fixed point), the conversions JavaScript calls implicitly
 * (`toString`, `valueOf`, `toJSON`), and the configuration statics.
 */
import { parseAst, type Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: any;
}

/** Names JavaScript or decimal.js itself reach without a visible `.name`. */
const ALWAYS_KEPT = ['toString', 'valueOf', 'toJSON', 'config', 'set', 'clone', 'isDecimal'];

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
 * Property names accessed in `text`: `x.times(…)` and `P.toString` give
 * `times` and `toString`; those of built-in namespaces (`Math.pow`, `console.log`) are not counted.
 */
function propertyNames(text: string): Set<string> {
  const accesses = withoutComments(text).matchAll(/(?<!\b(?:Math|console|Number|Object|JSON|Array|String|Symbol))\.\s*([A-Za-z_$][\w$]*)/g);
  return new Set([...accesses].map((match) => match[1]));
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

/**
 * decimal.js's ES module source without what `used` (property names the
 * project accesses) does not need. Returns the new source and the removed names.
 */
export function slimDecimal(source: string, used: ReadonlySet<string>): { code: string; removed: string[] } {
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

  const wanted = new Set([...used, ...ALWAYS_KEPT]);
  const reached = new Set<string>();
  const visit = (text: string) => {
    for (const name of propertyNames(text)) wanted.add(name);
    for (const name of new Set(withoutComments(text).match(/[A-Za-z_$][\w$]*/g) ?? [])) {
      const declaration = functions.get(name);
      if (!declaration || reached.has(name)) continue;
      reached.add(name);
      pending.push(textWithout(declaration.start, declaration.end));
    }
  };
  for (;;) {
    while (pending.length) visit(pending.pop()!);
    const newlyKept = [...methods, ...statics].filter((unit) => !kept.has(unit) && unit.names.some((n) => wanted.has(n)));
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

/** Property names accessed in the `.ts` files under `dir` (tests, `build/` and `cli/` excluded). */
export function propertyNamesIn(dir: string): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    // Node tools (this one included) never reach a browser bundle.
    if (/[\\/](build|cli)$/.test(entry.parentPath)) continue;
    for (const name of propertyNames(readFileSync(join(entry.parentPath, entry.name), 'utf8'))) names.add(name);
  }
  return names;
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
      const used = new Set(sourceDirs.flatMap((dir) => [...propertyNamesIn(dir)]));
      return { code: slimDecimal(code, used).code, map: null };
    },
  };
}
