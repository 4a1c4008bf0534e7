// tariffs:check, the tariff preview page and the build's check of the bundled
// tariffs point at the same line:column for every issue of the invalid-tariff
// corpus (and for whole-text issues: syntax, size, depth), name it by the same
// path (with the plan's id) and list the issues in the same reading order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/tariffs-check.js';
import { validateBundledTariffs } from '../../src/build/validate-bundled-tariffs.js';
import { validateTariffsText } from '../../src/tariffs/validate.js';
import { previewReport } from '../../demo/tariff-preview-report.js';
import { validDocument } from '../support/tariff-builder.js';
import { corpus, documentOf } from '../tariffs/invalid-corpus.js';

const work = mkdtempSync(join(tmpdir(), 'hotline-issue-location-'));

/** `path line:column` of each issue, as tariffs:check prints them (`file:line:column  path  message`). */
function fromCli(file: string): string[] {
  const out: string[] = [];
  assert.equal(main([file], (line) => out.push(line), () => {}), 1);
  return out
    .filter((line) => line.startsWith(file + ':'))
    .map((line) => {
      const [, where, path] = /^(\d+:\d+) {2}(.+?) {2}/.exec(line.slice(file.length + 1))!;
      return `${path} ${where}`;
    });
}

/** The same from the build's error (`  file:line:column  path: message`). */
function fromBuild(file: string): string[] {
  const plugin = validateBundledTariffs(file);
  let error = '';
  const context = {
    error(message: string): never {
      error = message;
      throw new Error(message);
    },
  };
  assert.throws(() => (plugin.buildStart as (this: typeof context) => void).call(context));
  return error
    .split('\n')
    .filter((line) => line.startsWith(`  ${file}:`))
    .map((line) => {
      const [, where, path] = /^(\d+:\d+) {2}(.+?): /.exec(line.slice(file.length + 3))!;
      return `${path} ${where}`;
    });
}

/** The same from the preview page's report. */
function fromPreview(text: string): string[] {
  const report = previewReport(text);
  assert.equal(report.ok, false);
  return report.issues.map(({ place, location }) => `${place || '(document)'} ${location.line}:${location.column}`);
}

function assertAgree(name: string, text: string) {
  const file = join(work, `${name.replace(/\W+/g, '-')}.json`);
  writeFileSync(file, text);
  const result = validateTariffsText(text);
  assert.equal(result.ok, false, `${name}: the text is valid`);
  const cli = fromCli(file);
  assert.equal(cli.length, result.issues!.length, `${name}: one line per issue`);
  // The same places in the same order: reading order, by line and column.
  assert.deepEqual(fromBuild(file), cli, `${name}: build and tariffs:check`);
  assert.deepEqual(fromPreview(text), cli, `${name}: preview and tariffs:check`);
  const positions = cli.map((line) => line.slice(line.lastIndexOf(' ') + 1).split(':').map(Number));
  assert.deepEqual(positions, [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]), `${name}: in reading order`);
}

test('every issue of the invalid corpus is at the same line:column in all three tools', () => {
  for (const testCase of corpus) {
    assertAgree(testCase.defect, JSON.stringify(documentOf(testCase), null, 2));
  }
});

test('so is every issue of a document with many defects at once, written on one line', () => {
  const d = validDocument();
  for (const { defect, change } of corpus) {
    try {
      if (defect !== 'the document is a list') change(d);
    } catch {
      // A defect in a part an earlier one removed.
    }
  }
  assertAgree('many defects', JSON.stringify(d));
  assertAgree('many defects, indented', JSON.stringify(d, null, '\t'));
});

test('so are issues about the whole text: syntax, size, depth, a byte order mark', () => {
  assertAgree('syntax', '{\n  "schemaVersion": 1,\n  "currency": "CNY",,\n}');
  assertAgree('truncated', '{\n  "plans": [');
  assertAgree('too large', JSON.stringify({ ...validDocument(), $padding: 'x'.repeat(1 << 20) }));
  assertAgree('too deep', '['.repeat(40) + ']'.repeat(40));
  assertAgree('byte order mark', '\uFEFF' + JSON.stringify({ ...validDocument(), currency: 'yuan' }, null, 2));
});

test('a 50 MB file that is one long string is refused as over 1 MiB by all three tools, before it is scanned', () => {
  const text = '{"notice": "' + 'x'.repeat(50_000_000) + '"}';
  const started = performance.now();
  assertAgree('fifty megabytes', text);
  assert.deepEqual(fromPreview(text), ['(document) 1:1']);
  // Reading 50 MB takes a few hundred milliseconds; scanning it as JSON per tool, or once per issue, would take seconds.
  assert.ok(performance.now() - started < 20_000, `${performance.now() - started} ms`);
  const report = previewReport(text);
  assert.equal(!report.ok && report.issues[0].code, 'too-large');
});
