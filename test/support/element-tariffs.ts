/** The element tests' tariff document, from the tests' one tariff builder (the element and state tests import it here). */
export { tariffFixture } from './tariff-builder.js';
