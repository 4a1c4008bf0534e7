// src/build/trim-templates.ts drops indentation inside Lit templates for the
// one-script build, and touches nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trimTemplateIndentation } from '../../src/build/trim-templates.js';

const source = [
  'const view = html`',
  '    <div class="a">',
  '      ${name}',
  '    </div>`;',
  'const styles = css`',
  '  :host {',
  '    color: red;',
  '  }`;',
  'const message = `keep',
  '    this indentation`;',
  'function f() {',
  '    return 1;',
  '}',
].join('\n');

test('indentation inside html and css templates goes, lines stay', () => {
  const trimmed = trimTemplateIndentation(source);
  assert.equal(trimmed.split('\n').length, source.split('\n').length);
  assert.match(trimmed, /html`\n<div class="a">\n\$\{name\}\n<\/div>`/);
  assert.match(trimmed, /css`\n:host \{\ncolor: red;\n\}`/);
});

test('other strings and code are untouched', () => {
  const trimmed = trimTemplateIndentation(source);
  assert.match(trimmed, /`keep\n {4}this indentation`/);
  assert.match(trimmed, /\{\n {4}return 1;\n\}/);
  assert.equal(trimTemplateIndentation('const x = `\n  a`;'), 'const x = `\n  a`;');
});
