/**
 * Which decimal.js methods and statics the project's sources call, found by
 * the TypeScript type checker: an access counts when the property it resolves
 * to is declared by decimal.js's `Decimal` class, whatever the receiver is
 * called (`Dec`, `value.n`, a clone). A name such as `max` on a range object
 * or `Math.pow` therefore never keeps a Decimal method alive.
 */
import ts from 'typescript';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface DecimalUsage {
  /** Prototype methods called on Decimal values: `times`, `toFixed`, … */
  readonly methods: ReadonlySet<string>;
  /** Properties read on a Decimal constructor: `clone`, `ROUND_HALF_UP`, … */
  readonly statics: ReadonlySet<string>;
}

/** The `.ts` files under `dir` that reach a browser bundle (tests and the Node tools in `build/` and `cli/` excluded). */
function bundledSources(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    if (/[\\/](build|cli)$/.test(entry.parentPath)) continue;
    files.push(join(entry.parentPath, entry.name));
  }
  return files;
}

const isDecimalDeclarationFile = (file: ts.SourceFile) => /[\\/]decimal\.js[\\/]decimal\.d\.[cm]?ts$/.test(file.fileName);

/** The Decimal class member a symbol stands for, if any: its name and whether it is static. */
function decimalMember(symbol: ts.Symbol | undefined): { name: string; isStatic: boolean } | null {
  for (const declaration of symbol?.declarations ?? []) {
    if (!isDecimalDeclarationFile(declaration.getSourceFile())) continue;
    const owner = declaration.parent;
    if (!ts.isClassDeclaration(owner) || owner.name?.text !== 'Decimal') continue;
    const isStatic = ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Static;
    return { name: symbol!.name, isStatic: Boolean(isStatic) };
  }
  return null;
}

/** Every member name of the Decimal class, static or not. */
function memberNames(program: ts.Program): Set<string> {
  const names = new Set<string>();
  for (const file of program.getSourceFiles()) {
    if (!isDecimalDeclarationFile(file)) continue;
    const visit = (node: ts.Node) => {
      if (ts.isClassDeclaration(node) && node.name?.text === 'Decimal') {
        for (const member of node.members) if (member.name && ts.isIdentifier(member.name)) names.add(member.name.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return names;
}

const memo = new Map<string, DecimalUsage>();

/**
 * The Decimal methods and statics accessed in the bundled `.ts` sources under
 * `dir`. Throws when a Decimal is indexed with a computed key, since the
 * method it reaches could not be told.
 */
export function decimalUsage(dir: string): DecimalUsage {
  const known = memo.get(dir);
  if (known) return known;
  const program = ts.createProgram(bundledSources(dir), {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    // Which member an access reaches never depends on the DOM's types: leaving them out halves the time.
    lib: ['lib.es2022.d.ts'],
    experimentalDecorators: true,
    resolveJsonModule: true,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const methods = new Set<string>();
  const statics = new Set<string>();
  const isDecimalType = (type: ts.Type): boolean =>
    type.isUnion()
      ? type.types.some(isDecimalType)
      : (type.getSymbol()?.declarations ?? []).some((declaration) => isDecimalDeclarationFile(declaration.getSourceFile()));
  // Only accesses by a name the Decimal class declares need the (slow) checker.
  const decimalNames = memberNames(program);
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node) ? decimalNames.has(node.name.text) : ts.isElementAccessExpression(node)) {
      const key = ts.isPropertyAccessExpression(node) ? node.name : (node as ts.ElementAccessExpression).argumentExpression;
      const member = decimalMember(checker.getSymbolAtLocation(key));
      if (member) (member.isStatic ? statics : methods).add(member.name);
      else if (ts.isElementAccessExpression(node) && !ts.isStringLiteralLike(key) && isDecimalType(checker.getTypeAtLocation(node.expression))) {
        const { line } = node.getSourceFile().getLineAndCharacterOfPosition(node.getStart());
        throw new Error(`${node.getSourceFile().fileName}:${line + 1}: a Decimal indexed by a computed key; name the method instead`);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) {
    if (!file.isDeclarationFile && !file.fileName.includes('/node_modules/')) visit(file);
  }
  const usage = { methods, statics };
  memo.set(dir, usage);
  return usage;
}
