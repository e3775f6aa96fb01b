/**
 * The built drop-in bundle on the two example pages, as a trust would serve them: a hostile
 * intranet stylesheet, and a strict Content-Security-Policy. Run after `npm run build`.
 */
import { expect } from '@open-wc/testing';
import { allSettled, axeViolations, mapElements, openPage, packageTags, shadowText, type OpenedPage } from './pages.js';
import { layoutProblems } from '../layout/geometry.js';
import { frames, waitUntil } from '../helpers/wait.js';

const PAGES = ['/examples/intranet.html', '/examples/strict-csp.html'];

function visibleProblems(page: OpenedPage): string[] {
  return mapElements(page.doc)
    .filter((el) => el.localName !== 'map-feed')
    .flatMap((el) => {
      const problems: string[] = [];
      if (!shadowText(el)) problems.push(`<${el.localName}> rendered no text`);
      const error = el.shadowRoot?.querySelector('[part~="error"]');
      if (error) problems.push(`<${el.localName}> shows an error: ${error.textContent?.replace(/\s+/g, ' ').trim()}`);
      return problems;
    });
}

for (const path of PAGES) {
  describe(`${path} with dist/map-embed.js`, function () {
    this.timeout(30_000);
    let page: OpenedPage;

    before(async () => {
      page = await openPage(path);
      await allSettled(page.doc);
    });

    after(() => page?.frame.remove());

    it('uses every element the package defines', async () => {
      const onPage = new Set(mapElements(page.doc).map((el) => el.localName));
      expect((await packageTags()).filter((tag) => !onPage.has(tag))).to.deep.equal([]);
    });

    it('renders every element with content and no error', () => {
      expect(visibleProblems(page)).to.deep.equal([]);
      for (const el of mapElements(page.doc)) {
        expect(page.win.customElements.get(el.localName), el.localName).to.not.equal(undefined);
      }
    });

    it('shows the sample feed shipped beside the bundle', () => {
      const cards = [...page.doc.querySelectorAll('map-role-card')];
      const titles = cards.map((card) => card.shadowRoot!.querySelector('[part~="heading"]')?.textContent?.trim());
      expect(titles.every(Boolean), titles.join(' | ')).to.equal(true);
      expect(titles).to.include('Physician associates');
    });

    it('speaks Welsh inside lang="cy"', () => {
      const card = page.doc.querySelector('[lang="cy"] map-role-card')!;
      expect(shadowText(card)).to.contain('Darllen mwy');
      const englishCard = page.doc.querySelector('map-role-card:not([lang="cy"] *)')!;
      expect(shadowText(englishCard)).to.contain('Read more');
    });

    if (path === '/examples/intranet.html') {
      it('follows the page when its "Cymraeg" button switches the main content to Welsh and back', async () => {
        const button = page.doc.querySelector<HTMLButtonElement>('#language')!;
        const card = page.doc.querySelector('map-role-card')!;
        button.click();
        expect(button.getAttribute('aria-pressed')).to.equal('true');
        await waitUntil(() => shadowText(card).includes('Darllen mwy'), 'the card did not turn Welsh');
        button.click();
        expect(button.getAttribute('aria-pressed')).to.equal('false');
        await waitUntil(() => shadowText(card).includes('Read more'), 'the card did not turn back to English');
      });
    }

    // style-src 'self' blocks <style> elements but not constructed stylesheets: Lit must have
    // used adoptedStyleSheets, and the elements' own styles must be in force.
    it('styles every element through adoptedStyleSheets', () => {
      for (const el of mapElements(page.doc).filter((el) => el.localName !== 'map-feed')) {
        const root = el.shadowRoot!;
        expect(root.adoptedStyleSheets.length, el.localName).to.be.greaterThan(0);
        expect(root.querySelector('style'), el.localName).to.equal(null);
      }
      const card = page.doc.querySelector('map-role-card')!.shadowRoot!.querySelector('[part~="card"]')!;
      expect(page.win.getComputedStyle(card).borderTopStyle).to.equal('solid');
    });

    it('reports no CSP violation, no error and no unexpected warning', () => {
      expect(page.probe.violations).to.deep.equal([]);
      expect(page.probe.errors).to.deep.equal([]);
      expect(page.probe.warnings).to.deep.equal([]);
    });

    it('has no axe violations', async () => {
      expect(await axeViolations(page)).to.deep.equal([]);
    });

    // Measured, not read: the issue found role cards drawn over the next heading on intranet.html.
    it('draws every element inside its own box at 320, 768 and 1280 px, with no sideways scroll', async () => {
      const found: string[] = [];
      for (const width of [320, 768, 1280]) {
        page.frame.width = String(width);
        await frames(2, page.win);
        found.push(...layoutProblems(page.doc).map((problem) => `${width}px: ${problem}`));
      }
      expect(found).to.deep.equal([]);
    });
  });
}
