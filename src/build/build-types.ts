/**
 * Writes the package's `.d.ts` files to dist/types/ for its public entry
 * points only (not tests or demo pages), with the project's compiler options,
 * and the declaration of the classic script's entry. Part of `npm run build`;
 * exits non-zero when a declaration cannot be emitted.
 */
import ts from 'typescript';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entryPoints = ['src/index.ts', 'src/engine-api.ts'].map((file) => root + file);

const configFile = ts.readConfigFile(root + 'tsconfig.json', ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
const program = ts.createProgram(entryPoints, {
  ...options,
  noEmit: false,
  declaration: true,
  emitDeclarationOnly: true,
  declarationMap: true,
  rootDir: root + 'src',
  outDir: root + 'dist/types',
});
/**
 * decimal.js's declarations are CommonJS-format (its package.json has no
 * `"type": "module"`), so under TypeScript's node16/nodenext resolution a
 * default import of it is the module object, not the class ("Cannot use
 * namespace 'Decimal' as a type" in a user's project). The declarations
 * import the class by its name instead: the same class under every resolution.
 */
const namedDecimalImport: ts.TransformerFactory<ts.SourceFile | ts.Bundle> = (context) => (root) => {
  if (!ts.isSourceFile(root)) return root;
  const { factory } = context;
  const statements = root.statements.map((statement) => {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) return statement;
    const clause = statement.importClause;
    if (statement.moduleSpecifier.text !== 'decimal.js' || !clause?.name) return statement;
    if (clause.namedBindings) throw new Error(`${root.fileName}: import decimal.js's default export alone`);
    const local = clause.name.text;
    const specifier = factory.createImportSpecifier(
      false,
      local === 'Decimal' ? undefined : factory.createIdentifier('Decimal'),
      factory.createIdentifier(local),
    );
    return factory.updateImportDeclaration(
      statement,
      statement.modifiers,
      factory.updateImportClause(clause, clause.isTypeOnly, undefined, factory.createNamedImports([specifier])),
      statement.moduleSpecifier,
      statement.attributes,
    );
  });
  return factory.updateSourceFile(root, statements);
};

// `emitSkipped` is set for the JSON modules (they have no declaration of their
// own), so only diagnostics decide success.
const { diagnostics } = program.emit(undefined, undefined, undefined, true, { afterDeclarations: [namedDecimalImport] });
if (diagnostics.length > 0) {
  const host: ts.FormatDiagnosticsHost = {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => root,
    getNewLine: () => '\n',
  };
  console.error(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  process.exit(1);
}

// `hotline-calculator/hotline-calculator.js` is the classic script, a file to
// serve; a bundler that imports it runs it as a module, which registers the
// elements and exports nothing (its `window.HotlineCalculator` is a classic
// script's global only). Its declaration says just that, with the elements'
// tag names typed.
writeFileSync(
  root + 'dist/types/hotline-calculator.d.ts',
  `// The classic script (dist/hotline-calculator.js): imported, it registers the elements and exports nothing.
import './index.js';
export {};
`,
);
