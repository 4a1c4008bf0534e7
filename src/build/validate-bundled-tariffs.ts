/**
 * A Vite plugin that fails the build, with the validator's messages, when a
 * tariff file is not a valid tariff document: a broken default.json must never
 * reach a reseller. A valid one is compiled in as the validator returned it,
 * with the engine's quote of its default usage (src/tariffs/bundled.ts), so
 * that pages neither check it again nor wait for the engine for their first
 * price.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { estimate } from '../engine/estimate.js';
import type { TariffSet } from '../engine/types.js';
import { validateTariffsText } from '../tariffs/validate.js';
import { explainIssues } from '../tariffs/explain.js';

/** The tariff file compiled into every build. */
export const bundledTariffsFile = fileURLToPath(new URL('../tariffs/default.json', import.meta.url));

/** The module that hands the bundled document to the element. */
export const bundledModuleFile = fileURLToPath(new URL('../tariffs/bundled.ts', import.meta.url));

/** The code that replaces bundled.ts in a build: `tariffs`, already validated, and the quote of their default usage. */
export function validatedBundledModule(tariffs: TariffSet): string {
  // JSON.parse of a string literal is read faster than the same object as a literal.
  const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  return `export const bundled = { document: null, validated: ${json(tariffs)}, defaultQuote: ${json(estimate(tariffs, {}))} };\n`;
}

/**
 * Checks `file` when a build starts; each problem is reported, in reading
 * order, as `file:line:column  path: message`.
 */
export function validateBundledTariffs(file: string = bundledTariffsFile): Plugin {
  let validated: TariffSet | null = null;
  return {
    name: 'hotline:validate-bundled-tariffs',
    apply: 'build',
    buildStart() {
      const text = readFileSync(file, 'utf8');
      const result = validateTariffsText(text);
      if (result.ok) {
        validated = result.tariffs;
        return;
      }
      const lines = explainIssues(text, result.issues).map(
        ({ location: { line, column }, place, message, messageEn }) =>
          `  ${file}:${line}:${column}  ${place || '(document)'}: ${messageEn} / ${message}`,
      );
      this.error(`the bundled tariffs are not a valid tariff document:\n${lines.join('\n')}`);
    },
    transform(_code, id) {
      if (validated && id === bundledModuleFile) return { code: validatedBundledModule(validated), map: null };
      return null;
    },
  };
}
