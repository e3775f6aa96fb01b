import { expect } from '@open-wc/testing';
import { allSettled, mapElements, openPage, type OpenedPage } from './pages.js';
import { waitUntil } from '../helpers/wait.js';

/*
 * A trust whose pages enforce Trusted Types (`require-trusted-types-for 'script'`) must allow the
 * one policy the bundle creates: `lit-html` (Lit's template policy, which only ever passes Lit's
 * own template strings). Engines without Trusted Types ignore the directives; there the page
 * simply works, and the control below has nothing to show.
 */

const supported = 'trustedTypes' in window;
const STRICT = '/examples/strict-csp.html';

describe('dist/map-embed.js under Trusted Types', function () {
  this.timeout(30_000);
  let page: OpenedPage | undefined;
  afterEach(() => page?.frame.remove());

  it("works with `trusted-types lit-html`: every element renders, no violation, no error", async () => {
    page = await openPage(`${STRICT}?trusted-types=lit-html`);
    await allSettled(page.doc);
    expect(mapElements(page.doc).length).to.be.greaterThan(0);
    expect(page.probe.violations).to.deep.equal([]);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it("needs that policy: with `trusted-types 'none'` the bundle is refused (where the engine enforces it)", async function () {
    if (!supported) this.skip(); // No Trusted Types in this engine: the directive is ignored.
    page = await openPage(`${STRICT}?trusted-types='none'`);
    const opened = page;
    await waitUntil(() => opened.probe.violations.length + opened.probe.errors.length > 0, 'no violation or error', { timeout: 10_000 });
    expect([...opened.probe.violations, ...opened.probe.errors].join('\n')).to.match(/trusted-types|lit-html|TrustedType/i);
  });
});
