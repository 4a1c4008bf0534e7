// `npm run tariffs:docs`: the README's table of the tariff format's fields is
// generated from src/tariffs/schema.json, and stays equal to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fieldsTable, generatedReadme, readmeFile, schemaFile, withFieldsTable } from '../../src/cli/tariffs-docs.js';

const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));

/** Every field path of the schema: `plans`, `plans[].package.price`, … */
function fieldPaths(node: any, prefix = ''): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([name, field]: [string, any]) => {
    const path = prefix + name;
    const inner = field.items?.properties ? field.items : field;
    return [path, ...fieldPaths(inner, inner === field ? path + '.' : path + '[].')];
  });
}

test('the README holds the table generated from schema.json (else run npm run tariffs:docs)', () => {
  assert.equal(readFileSync(readmeFile, 'utf8'), generatedReadme());
});

test('one row per field of the format, with its type, default, both descriptions and an example', () => {
  const rows = fieldsTable(schema).split('\n').slice(2);
  const paths = fieldPaths(schema);
  assert.ok(paths.length > 60, `${paths.length} fields`);
  assert.deepEqual(
    rows.map((row) => row.split(' | ')[0].replace(/^\| `|`$/g, '')),
    paths,
  );
  const rate = rows.find((row) => row.startsWith('| `plans[].ratePerMinute` |'))!;
  assert.equal(
    rate,
    '| `plans[].ratePerMinute` | money | required 必填 | 每计费分钟的资费（元/分钟），在话费额度内或无套餐时 | ' +
      'Price of one billed minute inside the credit, or of every minute when nothing is included | `"0.12"` |',
  );
  const increment = rows.find((row) => row.startsWith('| `plans[].billingIncrementSeconds` |'))!;
  assert.match(increment, /\| integer 1–3,600 \| `60` \| 计费单位（秒）.* \| Billing step in seconds .* \| `6` \|$/);
  // Every field has an example but the lists of objects, whose fields follow them.
  const withoutExample = rows.filter((row) => row.endsWith('| — |')).map((row) => row.split(' | ')[0]);
  assert.deepEqual(withoutExample, ['| `regions`', '| `carriers`', '| `addOns`', '| `numberGrades`', '| `plans`']);
});

test('a description the schema changes changes the table, so the README test catches any drift', () => {
  const changed = structuredClone(schema);
  changed.properties.plans.items.properties.setupFee.description = '一次性开户费 / One-time setup fee';
  assert.notEqual(fieldsTable(changed), fieldsTable(schema));
  assert.match(fieldsTable(changed), /\| `plans\[\]\.setupFee` \| money \| `"0"` \| 一次性开户费 \| One-time setup fee \| `"100"` \|/);
});

test('a description not written "中文 / English" is an error, not half a row', () => {
  const changed = structuredClone(schema);
  changed.properties.currency.description = 'currency code';
  assert.throws(() => fieldsTable(changed), /currency: the description must be "中文 \/ English"/);
});

test('only the text between the markers is replaced', () => {
  const readme = 'before\n<!-- tariff-fields -->\nold table\n<!-- /tariff-fields -->\nafter\n';
  assert.equal(withFieldsTable(readme, '| new |'), 'before\n<!-- tariff-fields -->\n| new |\n<!-- /tariff-fields -->\nafter\n');
  assert.throws(() => withFieldsTable('no markers', '| new |'), /markers/);
});
