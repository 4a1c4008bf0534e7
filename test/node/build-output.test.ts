// What `npm run build` promises to resellers and npm users (issue 4): one
// classic script, the ES modules and engine for Node, types, source maps, the
// custom elements manifest and the two pages, all wired in package.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { Script } from 'node:vm';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(root + path, 'utf8');
const pkg = JSON.parse(read('package.json'));

test('hotline-calculator.js is one classic script that loads nothing else', () => {
  const code = read('dist/hotline-calculator.js');
  assert.doesNotThrow(() => new Script(code, { filename: 'hotline-calculator.js' }), 'not a classic script');
  assert.doesNotMatch(code, /\bimport\s*\(/, 'dynamic import() would fetch another file');
  assert.doesNotMatch(code, /\bimportScripts\b|\bnew\s+Worker\b/);
  // The bundled tariffs are inside: their effective date and every plan id.
  const tariffs = JSON.parse(read('src/tariffs/default.json'));
  assert.ok(code.includes(tariffs.effectiveDate), 'default tariffs are not bundled');
  for (const plan of tariffs.plans) assert.ok(code.includes(plan.id), `plan ${plan.id} is missing`);
});

test('hotline-calculator.js is minified production Lit with a source map', () => {
  const code = read('dist/hotline-calculator.js');
  assert.doesNotMatch(code, /Lit is in dev mode/, 'development build of Lit');
  // Minified: no indented statements and no doc comments (template literals keep their lines).
  assert.doesNotMatch(code, /^[ \t]+(const|let|var|return|function|if)\b/m, 'not minified');
  assert.doesNotMatch(code, /\/\*\*\s/, 'doc comments left in');
  assert.match(code, /\/\/# sourceMappingURL=hotline-calculator\.js\.map\s*$/);
  const map = JSON.parse(read('dist/hotline-calculator.js.map'));
  assert.ok(map.sources.some((source: string) => source.includes('src/index.ts')));
});

test('every package.json export, types and customElements path exists', () => {
  const targets: string[] = [pkg.types, pkg.customElements];
  for (const value of Object.values(pkg.exports) as (string | Record<string, string>)[]) {
    targets.push(...(typeof value === 'string' ? [value] : Object.values(value)));
  }
  for (const target of targets) assert.ok(existsSync(root + target), `${target} does not exist`);
  assert.deepEqual(Object.keys(pkg.exports['.']), ['types', 'default']);
  assert.deepEqual(Object.keys(pkg.exports['./engine']), ['types', 'default']);
  // That each of them is published too is checked against npm pack's own list (package-contents.test.ts).
  assert.ok(pkg.sideEffects.includes('./dist/index.js'), 'the registering entry must keep its side effect');
  assert.match(read(pkg.exports['.'].types), /HotlineCalculator/);
  assert.match(read(pkg.exports['./engine'].types), /estimate/);
});

test('the built engine runs in Node and agrees with the source engine', async () => {
  const script = `
    const engine = await import('hotline-calculator/engine');
    const { readFileSync } = await import('node:fs');
    const tariffs = engine.parseTariffs(JSON.parse(readFileSync('src/tariffs/default.json', 'utf8')));
    console.log(JSON.stringify(engine.estimate(tariffs, { minutesPerMonth: 3000 })));`;
  const built = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }),
  );
  const source = await import('../../src/engine-api.js');
  const tariffs = source.parseTariffs(JSON.parse(read('src/tariffs/default.json')));
  assert.deepEqual(built, JSON.parse(JSON.stringify(source.estimate(tariffs, { minutesPerMonth: 3000 }))));
  assert.match(built.plans[0].monthlyTotal, /^\d+\.\d\d$/);
});

test('the ES module build registers the element and keeps its dependencies as imports', () => {
  const index = read('dist/index.js');
  assert.match(index, /from ["']lit["']/, 'lit should stay a dependency of the ES build');
  assert.ok(existsSync(root + 'dist/index.js.map'));
  assert.match(index + readChunksImportedBy(index), /customElements\.define\(/);
});

function readChunksImportedBy(code: string): string {
  return [...code.matchAll(/from ["']\.\/(chunks\/[^"']+)["']/g)].map((m) => read(`dist/${m[1]}`)).join('\n');
}

test('custom-elements.json documents the public API of <hotline-calculator>', () => {
  const manifest = JSON.parse(read(pkg.customElements));
  const declarations = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []);
  const element = declarations.find((d: { tagName?: string }) => d.tagName === 'hotline-calculator');
  assert.ok(element, 'no declaration with tagName hotline-calculator');
  const names = (list: { name: string }[] | undefined) => (list ?? []).map((item) => item.name);
  for (const attribute of ['locale', 'tariffs-src', 'minutes', 'peak-share', 'average-call-seconds',
    'add-ons', 'number-grade', 'carriers', 'plans', 'cta-href', 'share']) {
    assert.ok(names(element.attributes).includes(attribute), `attribute ${attribute} is undocumented`);
  }
  const details: Record<string, string> = {
    'hotline-quote-change': 'HotlineQuoteChangeDetail',
    'hotline-plan-select': 'HotlinePlanSelectDetail',
    'hotline-tariffs-error': 'HotlineTariffsErrorDetail',
  };
  for (const [event, detail] of Object.entries(details)) {
    const documented = element.events?.find((item: { name: string }) => item.name === event);
    assert.ok(documented, `event ${event} is undocumented`);
    // From the element's event map (custom-elements-manifest.config.mjs), for editors and the framework typings.
    assert.equal(documented.type?.text, `CustomEvent<${detail}>`, `event ${event} has no detail type`);
  }
  for (const part of ['controls', 'results', 'plan', 'plan-total', 'breakdown', 'cheapest', 'chart',
    'notice', 'error', 'cta']) {
    assert.ok(names(element.cssParts).includes(part), `part ${part} is undocumented`);
  }
  for (const property of ['--hotline-accent', '--hotline-text', '--hotline-surface', '--hotline-border',
    '--hotline-radius', '--hotline-font', '--hotline-font-size']) {
    assert.ok(names(element.cssProperties).includes(property), `custom property ${property} is undocumented`);
  }
});

test("the README's styling table lists every custom property, and its dark theme turns native controls dark too", () => {
  const manifest = JSON.parse(read(pkg.customElements));
  const element = manifest.modules
    .flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
    .find((d: { tagName?: string }) => d.tagName === 'hotline-calculator');
  const readme = read('README.md');
  const table = new Set([...readme.matchAll(/^\| `(--hotline-[\w-]+)` \|/gm)].map((m) => m[1]));
  for (const { name } of element.cssProperties) assert.ok(table.has(name), `${name} is not in the README's table`);
  const dark = readme.match(/hotline-calculator\.dark \{([^}]*)\}/);
  assert.ok(dark, 'the README has no dark theme');
  assert.match(dark[1], /--hotline-color-scheme:\s*dark;/, 'checkboxes and radio buttons stay white on the dark theme');
});

test('embed.html uses only the classic script; tariff-preview.html has no inline script', () => {
  const embed = read('dist/embed.html');
  const embedScripts = [...embed.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  assert.deepEqual(embedScripts.filter((tag) => !/type=["']application\/json["']/.test(tag)).length, 1);
  assert.match(embedScripts[0], /src=["']\.?\/?hotline-calculator\.js["']/);
  assert.doesNotMatch(embedScripts[0], /type=["']module["']/);

  const preview = read('dist/tariff-preview.html');
  const tags = [...preview.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.ok(tags.length > 0);
  for (const [, attributes, body] of tags) {
    const src = /src=["']([^"']+)["']/.exec(attributes)?.[1];
    assert.ok(src && body.trim() === '', `inline script in tariff-preview.html: ${attributes}`);
    assert.ok(!/^(\/|https?:)/.test(src), `${src} would break on a static host under a sub-path`);
    assert.ok(existsSync(root + 'dist/' + src.replace(/^\.\//, '')), `${src} was not built`);
  }
  assert.doesNotMatch(preview, /\sstyle=["']/, 'inline style attributes break under a strict CSP');
});
