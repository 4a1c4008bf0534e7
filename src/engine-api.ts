/**
 * The `hotline-calculator/engine` entry: the pure cost engine (src/engine)
 * together with the tariff validator that makes its tariff sets
 * (src/tariffs). No DOM, no Lit; runs in Node and browsers.
 *
 * `import { parseTariffs, validateTariffs, estimate } from 'hotline-calculator/engine'`.
 */
export * from './engine/index.js';
export { parseTariffs, validateTariffs, TariffError } from './tariffs/validate.js';
export { localize } from './tariffs/localized-text.js';
