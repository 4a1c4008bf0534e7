/**
 * Typed access to the Mocha globals that @web/test-runner defines in the
 * browser (the project does not install @types/mocha).
 */
type Body = () => void | Promise<void>;

interface MochaGlobals {
  describe(title: string, body: () => void): void;
  it(title: string, body: Body): void;
}

const mocha = globalThis as unknown as MochaGlobals;

export function describe(title: string, body: () => void): void {
  mocha.describe(title, body);
}

export function it(title: string, body: Body): void {
  mocha.it(title, body);
}
