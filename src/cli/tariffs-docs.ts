/**
 * `npm run tariffs:docs`: writes the README's table of every field of the
 * tariff format, from `src/tariffs/schema.json`, between the markers
 * `<!-- tariff-fields -->` and `<!-- /tariff-fields -->`. The schema is the
 * one source: editors show its descriptions while a marketer types, the
 * README shows the same ones, and a test regenerates the table and compares
 * it with the README, so the two cannot drift.
 *
 * Each description in the schema is written `中文 / English` (editors show
 * both); each row gives the field's path, type, default (or that it is
 * required), both descriptions and an example.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The part of a JSON Schema this generator reads. */
interface Schema {
  readonly $ref?: string;
  readonly description?: string;
  readonly type?: string | readonly string[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly default?: unknown;
  readonly examples?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly items?: Schema;
  readonly anyOf?: readonly Schema[];
  readonly $defs?: Readonly<Record<string, Schema>>;
}

export const START_MARKER = '<!-- tariff-fields -->';
export const END_MARKER = '<!-- /tariff-fields -->';

/** What each shared definition of the schema is called in the table. */
const DEFINITION_TYPES: Readonly<Record<string, string>> = {
  money: 'money',
  money2: 'money, ≤ 2 decimals',
  factor: 'factor 0–1000',
  share: 'weight 0–1,000,000',
  rate: 'rate 0–1',
  id: 'id',
  date: 'date',
  url: 'URL',
  text: 'localized text',
  idMap: 'object by id',
};

/** The definition a `$ref` names: `#/$defs/money` → `money`. */
const definitionName = (field: Schema) => field.$ref?.replace('#/$defs/', '');

/** `中文 / English` split in two; a description written otherwise is an error, not a silent half. */
function languages(description: string | undefined, path: string): [zh: string, en: string] {
  const parts = (description ?? '').split(' / ');
  if (parts.length !== 2) throw new Error(`${path}: the description must be "中文 / English", is ${JSON.stringify(description)}`);
  return [parts[0].trim(), parts[1].trim()];
}

/** A range as the table writes it: `1–120`, `≥ 1`. */
function range(field: Schema): string {
  const { minimum: min, maximum: max } = field;
  if (min !== undefined && max !== undefined) return ` ${min.toLocaleString('en-US')}–${max.toLocaleString('en-US')}`;
  return min !== undefined ? ` ≥ ${min}` : max !== undefined ? ` ≤ ${max}` : '';
}

/** The type of `field` in words. */
function typeOf(field: Schema): string {
  const name = definitionName(field);
  if (name) return DEFINITION_TYPES[name] ?? name;
  if (field.const !== undefined) return `always ${JSON.stringify(field.const)}`;
  if (field.enum) return field.enum.map((v) => JSON.stringify(v)).join(' or ');
  const type = typeof field.type === 'string' ? field.type : field.type?.join(' or ');
  if (type === 'array') return `list of ${field.items ? typeOf(field.items) : 'values'}`;
  if (type === 'integer' || type === 'number') return type + range(field);
  if (type) return type;
  if (field.anyOf) return field.anyOf.map(typeOf).join(' or ');
  return 'value';
}

/** A value as a Markdown code span. */
const code = (value: unknown) => '`' + JSON.stringify(value) + '`';

/** One row per field: path, type, default, 说明, description, example. */
function rows(schema: Schema, field: Schema, path: string, required: boolean, out: string[][]): void {
  const definition = schema.$defs?.[definitionName(field) ?? ''];
  const [zh, en] = languages(field.description ?? definition?.description, path);
  const example = field.examples?.[0] ?? definition?.examples?.[0];
  const fallback = required ? 'required 必填' : '—';
  out.push([
    '`' + path + '`',
    typeOf(field),
    field.default !== undefined ? code(field.default) : fallback,
    zh,
    en,
    example !== undefined ? code(example) : '—',
  ]);
  // The fields of an object, or of each item of a list of objects, follow as `path.field`, `path[].field`.
  const inner = field.items?.properties ? field.items : field;
  const prefix = inner === field ? path + '.' : path + '[].';
  for (const [name, child] of Object.entries(inner.properties ?? {})) {
    rows(schema, child, prefix + name, inner.required?.includes(name) ?? false, out);
  }
}

/** The Markdown table of every field of `schema`, in the schema's order. */
export function fieldsTable(schema: Schema): string {
  const table: string[][] = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    rows(schema, field, name, schema.required?.includes(name) ?? false, table);
  }
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [
    line(['field', 'type', 'default', '说明', 'description', 'example']),
    '|---|---|---|---|---|---|',
    ...table.map(line),
  ].join('\n');
}

/** `readme` with the text between the markers replaced by `table`. */
export function withFieldsTable(readme: string, table: string): string {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`the README has no ${START_MARKER} … ${END_MARKER} markers`);
  return readme.slice(0, start + START_MARKER.length) + '\n' + table + '\n' + readme.slice(end);
}

export const schemaFile = fileURLToPath(new URL('../tariffs/schema.json', import.meta.url));
export const readmeFile = fileURLToPath(new URL('../../README.md', import.meta.url));

/** The README as it should be: its fields table generated from the schema. */
export function generatedReadme(): string {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Schema;
  return withFieldsTable(readFileSync(readmeFile, 'utf8'), fieldsTable(schema));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(readmeFile, generatedReadme());
  console.log(`${readmeFile}: the tariff fields table is written from ${schemaFile}`);
}
