// The React 19 and Vue 3 typings (`hotline-calculator/react`, `hotline-calculator/vue`,
// written by src/build/framework-types.ts from custom-elements.json): the usages in
// test/types/ type-check against the built package under bundler and node16
// resolution, each mistake marked `@ts-expect-error` there is an error on its
// line (TypeScript reports a directive left without one, and without the
// directives exactly those lines fail), the README's React example compiles,
// and every attribute, property and event the manifest documents comes through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { INTERNAL_TAGS, vueEventName } from '../../src/build/framework-types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const frameworks = {
  react: { config: 'test/types/tsconfig.react.json', fixture: 'test/types/react-usage.tsx' },
  vue: { config: 'test/types/tsconfig.vue.json', fixture: 'test/types/vue-usage.ts' },
} as const;
type Framework = keyof typeof frameworks;

const resolutions: Record<string, ts.CompilerOptions> = {
  bundler: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
  node16: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 },
};

const compiled = new Map<string, ReturnType<typeof compileNow>>();

/**
 * The fixture's program, with `options` over its tsconfig and its text changed
 * by `edit` (each program once: checking one takes seconds).
 */
function compile(framework: Framework, options: ts.CompilerOptions = {}, edit?: (text: string) => string) {
  const key = `${framework} ${JSON.stringify(options)} ${edit ?? ''}`;
  if (!compiled.has(key)) compiled.set(key, compileNow(framework, options, edit));
  return compiled.get(key)!;
}

function compileNow(framework: Framework, options: ts.CompilerOptions, edit = (text: string) => text) {
  const { config, fixture } = frameworks[framework];
  const parsed = ts.getParsedCommandLineOfConfigFile(root + config, options, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => assert.fail(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
  })!;
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (fileName, language, ...rest) =>
    fileName === root + fixture
      ? ts.createSourceFile(fileName, edit(readFileSync(fileName, 'utf8')), language)
      : getSourceFile(fileName, language, ...rest);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host });
  return { program, diagnostics: ts.getPreEmitDiagnostics(program), fixture: root + fixture };
}

const format = (diagnostics: readonly ts.Diagnostic[]) =>
  ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' });

for (const framework of Object.keys(frameworks) as Framework[]) {
  for (const [resolution, options] of Object.entries(resolutions)) {
    test(`the ${framework} usage type-checks (${resolution} resolution), each @ts-expect-error an error`, () => {
      const { diagnostics } = compile(framework, options);
      // An expected error that no longer happens is TS2578, "Unused '@ts-expect-error' directive".
      assert.equal(diagnostics.length, 0, format(diagnostics));
    });
  }

  test(`without its directives, the ${framework} usage fails on exactly the lines they mark`, () => {
    const text = readFileSync(root + frameworks[framework].fixture, 'utf8');
    const marked = text
      .split('\n')
      .flatMap((line, index) => (/^\s*(\/\/|\{\/\*) @ts-expect-error/.test(line) ? [index + 2] : []));
    assert.ok(marked.length >= 6, 'the usage lost its mistakes');
    // The typings themselves are checked above: here only the usage's errors count.
    const { diagnostics, fixture } = compile(framework, { skipLibCheck: true }, (source) =>
      source.replaceAll('@ts-expect-error', '(expected error)'),
    );
    const lines = diagnostics.map((diagnostic) => {
      assert.equal(diagnostic.file?.fileName, fixture, format([diagnostic]));
      return diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start!).line + 1;
    });
    assert.deepEqual([...new Set(lines)].sort((a, b) => a - b), marked, format(diagnostics));
  });
}

test("the README's React example type-checks as it stands", () => {
  const readme = readFileSync(root + 'README.md', 'utf8');
  const examples = [...readme.matchAll(/```tsx\n([\s\S]*?)```/g)].map((match) => match[1]);
  assert.equal(examples.length, 1, 'the README should have one React (tsx) example');
  const { diagnostics } = compile('react', resolutions.bundler, () => examples[0]);
  assert.equal(diagnostics.length, 0, format(diagnostics));
});

interface Element {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: { kind: string; name: string; privacy?: string; static?: boolean; readonly?: boolean }[];
  events?: { name: string }[];
}

const manifest = JSON.parse(readFileSync(root + 'dist/custom-elements.json', 'utf8'));
const calculator: Element = manifest.modules
  .flatMap((module: { declarations?: Element[] }) => module.declarations ?? [])
  .find((declaration: Element) => declaration.tagName === 'hotline-calculator');

/** The property names of `CalculatorProps` in the fixture of `framework`. */
function propNames(framework: Framework): string[] {
  const { program, fixture } = compile(framework, resolutions.bundler);
  const checker = program.getTypeChecker();
  const alias = checker.getSymbolAtLocation(program.getSourceFile(fixture)!)!.exports!.get(ts.escapeLeadingUnderscores('CalculatorProps'))!;
  return checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(alias)).map((symbol) => symbol.name);
}

const writable = (element: Element) =>
  (element.members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && !m.readonly && m.privacy !== 'private' && m.privacy !== 'protected')
    .map((m) => m.name);

test('every attribute, property and event of <hotline-calculator> comes through, as each framework names it', () => {
  assert.ok(calculator, 'no hotline-calculator in the manifest');
  const attributes = (calculator.attributes ?? []).map((attribute) => attribute.name);
  for (const name of ['locale', 'tariffs-src', 'minutes', 'peak-share', 'average-call-seconds', 'add-ons',
    'number-grade', 'carriers', 'plans', 'cta-href', 'share', 'max-plans']) {
    assert.ok(attributes.includes(name), `the manifest lost the attribute ${name}`);
  }
  assert.ok(writable(calculator).includes('tariffs') && writable(calculator).includes('usage'));
  const events = (calculator.events ?? []).map((event) => event.name);
  assert.equal(events.length, 3);

  const react = propNames('react');
  for (const name of [...attributes, ...writable(calculator), ...events.map((event) => `on${event}`)]) {
    assert.ok(react.includes(name), `React: <hotline-calculator> has no ${name}`);
  }
  const vue = propNames('vue');
  // Vue's handler props: `@hotline-plan-select` is `onHotlinePlanSelect`.
  for (const name of [...attributes, ...writable(calculator), ...events.map((event) => `on${vueEventName(event)}`)]) {
    assert.ok(vue.includes(name), `Vue: <hotline-calculator> has no ${name}`);
  }
  assert.ok(!vue.includes('quote'), 'Vue: the read-only quote is offered as a prop');
});

test('the typings cover the public elements, not the internal card', () => {
  const publicTags = manifest.modules
    .flatMap((module: { declarations?: Element[] }) => module.declarations ?? [])
    .map((declaration: Element) => declaration.tagName)
    .filter((tag: string | undefined) => tag && !INTERNAL_TAGS.includes(tag));
  assert.deepEqual(publicTags.sort(), ['hotline-break-even-chart', 'hotline-calculator', 'hotline-print-quote']);
  for (const file of ['react.d.ts', 'vue.d.ts']) {
    const typings = readFileSync(root + 'dist/types/' + file, 'utf8');
    for (const tag of publicTags) assert.match(typings, new RegExp(`"${tag}"\\s*:`), `${file} has no ${tag}`);
    for (const tag of INTERNAL_TAGS) assert.doesNotMatch(typings, new RegExp(`"${tag}"\\s*:`), `${file} types the internal ${tag}`);
  }
});
