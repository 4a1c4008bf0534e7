/**
 * A Vite plugin that fails the build, with the validator's messages, when a
 * tariff file is not a valid tariff document: a broken default.json must never
 * reach a reseller.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { validateTariffsText } from '../tariffs/validate.js';
import { explainIssues } from '../tariffs/explain.js';

/** The tariff file compiled into every build. */
export const bundledTariffsFile = fileURLToPath(new URL('../tariffs/default.json', import.meta.url));

/** Checks `file` when a build starts; each problem is reported, in reading order, as `file:line:column  path: message`. */
export function validateBundledTariffs(file: string = bundledTariffsFile): Plugin {
  return {
    name: 'hotline:validate-bundled-tariffs',
    apply: 'build',
    buildStart() {
      const text = readFileSync(file, 'utf8');
      const result = validateTariffsText(text);
      if (result.ok) return;
      const lines = explainIssues(text, result.issues).map(
        ({ location: { line, column }, place, message, messageEn }) =>
          `  ${file}:${line}:${column}  ${place || '(document)'}: ${messageEn} / ${message}`,
      );
      this.error(`the bundled tariffs are not a valid tariff document:\n${lines.join('\n')}`);
    },
  };
}
