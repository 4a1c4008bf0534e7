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
const entryPoints = ['src/index.ts', 'src/engine/index.ts'].map((file) => root + file);

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
// `emitSkipped` is set for the JSON modules (they have no declaration of their
// own), so only diagnostics decide success.
const { diagnostics } = program.emit();
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
