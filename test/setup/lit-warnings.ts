/**
 * Loaded before the test framework on every test page (web-test-runner.config.js,
 * `testRunnerHtml`): a test fails when Lit's development build warned while it ran, so a binding
 * mistake (a property changed during an update, a shadowed class field, an unknown directive use)
 * cannot pass. Lit records every warning it gives in `globalThis.litIssuedWarnings` (and gives
 * each once); this reads that set after every test, instead of watching `console.warn`, which
 * some tests replace.
 */
type WithWarnings = typeof globalThis & { litIssuedWarnings?: Set<string | undefined>; mocha?: unknown };

interface RootSuite {
  afterEach(name: string, fn: () => void): void;
}

const global = globalThis as WithWarnings;
// "Lit is in dev mode" is the one warning every development page gets: expected, not a mistake.
const issued = (global.litIssuedWarnings ??= new Set(['dev-mode']));
const expected = new Set(issued);

function checkLitWarnings(): void {
  const fresh = [...issued].filter((warning) => !expected.has(warning));
  // Forget them, so the same mistake in a later test is reported there too.
  for (const warning of fresh) issued.delete(warning);
  if (fresh.length) throw new Error(`Lit warned during this test:\n  ${fresh.join('\n  ')}`);
}

// Mocha's browser build assigns `globalThis.mocha` as the framework script loads, before any test
// file: catch that moment and add a root hook, as mocha's own `--require` hooks would.
Object.defineProperty(global, 'mocha', {
  configurable: true,
  enumerable: true,
  set(mocha: { suite: RootSuite }) {
    Object.defineProperty(global, 'mocha', { configurable: true, enumerable: true, writable: true, value: mocha });
    mocha.suite.afterEach('no Lit development warnings', checkLitWarnings);
  },
});

export {};
