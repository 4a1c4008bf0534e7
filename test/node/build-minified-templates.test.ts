// The one script ships Lit's templates and styles minified (html-minifier-next
// and lightningcss through @lit-labs/rollup-plugin-minify-html-literals, in
// vite.config.ts): no indentation, no comments, no long-hand CSS left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const script = readFileSync(new URL('../../dist/hotline-calculator.js', import.meta.url), 'utf8');

test('the templates and styles in hotline-calculator.js are minified', () => {
  // A style the sources write over several indented lines arrives as one rule.
  assert.match(script, /:host\{[^}]*display:block/);
  assert.doesNotMatch(script, />\s*\n\s*</, 'markup still one element a line');
  assert.doesNotMatch(script, /;\s*\n\s*[a-z-]+:\s/, 'styles still one declaration a line');
  assert.doesNotMatch(script, /<!--(?!\?lit\$)/, 'markup comments left');
  // Lit's own markers and the templates' bindings survive.
  assert.match(script, /hotline-plan-card/);
});
