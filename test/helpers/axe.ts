/**
 * Loads axe-core before a file's first test. `expect(el).to.be.accessible()` imports it on first
 * use, and on a busy machine fetching and parsing that large script can take most of a test's
 * time limit, failing whichever test happens to be first for a reason it has nothing to do with.
 * Call at the top of a `describe` block.
 */
export function preloadAxe(): void {
  before(async function () {
    this.timeout(60_000);
    // @ts-expect-error axe-core's browser build has no typings; importing it sets window.axe.
    await import('axe-core/axe.min.js');
  });
}
