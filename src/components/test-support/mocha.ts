/**
 * Typed access to the Mocha globals that @web/test-runner defines in the
 * browser (the project does not install @types/mocha).
 */
type Body = () => void | Promise<void>;

interface MochaGlobals {
  describe(title: string, body: () => void): void;
  it(title: string, body: Body): void;
  afterEach(body: Body): void;
}

const mocha = globalThis as unknown as MochaGlobals;

export const describe = (title: string, body: () => void): void => mocha.describe(title, body);
export const it = (title: string, body: Body): void => mocha.it(title, body);
export const afterEach = (body: Body): void => mocha.afterEach(body);
