/**
 * Drops the indentation inside Lit's `html`, `svg` and `css` templates for the
 * browser bundles. Lines stay where they are (source maps keep pointing at the
 * right line), and rendering is unchanged: HTML and CSS collapse leading
 * whitespace, and no template of this project uses preformatted text.
 */
import { parseAst, type Plugin } from 'vite';

const TAGS = new Set(['html', 'svg', 'css']);

interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}

/** The raw text ranges of every tagged `html`/`svg`/`css` template in `program`. */
function templateRanges(program: Node): Node[] {
  const ranges: Node[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    if (node.type === 'TaggedTemplateExpression') {
      const tag = node.tag as Node & { name?: string };
      if (tag.type === 'Identifier' && TAGS.has(tag.name!)) ranges.push(...((node.quasi as Node).quasis as Node[]));
    }
    for (const key in node) if (key !== 'type') walk(node[key]);
  };
  walk(program);
  return ranges.sort((a, b) => a.start - b.start);
}

/** `code` with the indentation of its template lines removed. */
export function trimTemplateIndentation(code: string): string {
  if (!/\b(html|svg|css)`/.test(code)) return code;
  let out = '';
  let at = 0;
  for (const range of templateRanges(parseAst(code) as unknown as Node)) {
    out += code.slice(at, range.start) + code.slice(range.start, range.end).replace(/\n[ \t]+/g, '\n');
    at = range.end;
  }
  return out + code.slice(at);
}

/** A Vite plugin applying `trimTemplateIndentation` to the project's own modules. */
export function trimTemplatesPlugin(): Plugin {
  return {
    name: 'hotline:trim-templates',
    apply: 'build',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.ts$/.test(id)) return null;
      const trimmed = trimTemplateIndentation(code);
      return trimmed === code ? null : { code: trimmed, map: null };
    },
  };
}
