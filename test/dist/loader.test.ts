/**
 * The built loader, dist/map-embed.js, on small pages served under the strict CSP
 * (test/dist/pages/): what it fetches for a page, tags added later, tags inside a shadow root the
 * page tells it about, two copies on one page, and the single file for a page with every element.
 * Run after `npm run build`.
 */
import { expect } from '@open-wc/testing';
import { allSettled, openPage, shadowText, type OpenedPage } from './pages.js';
import { waitUntil } from '../helpers/wait.js';

interface LoaderApi {
  load(...tags: string[]): Promise<void>;
  observe(root: Document | ShadowRoot | Element): void;
}

/** The built scripts the page has fetched so far, by file name (`map-embed.role-card`, hash dropped). */
function scripts(page: OpenedPage): string[] {
  return page.win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/') && path.endsWith('.js'))
    .map((path) => path.slice('/dist/'.length).replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, ''))
    .sort();
}

/** The loader's exports, which test/dist/pages/expose.js puts on the page's window. */
async function loaderOf(page: OpenedPage): Promise<LoaderApi> {
  const win = page.win as unknown as { mapLoader?: LoaderApi };
  await waitUntil(() => win.mapLoader, 'the loader did not export its API');
  return win.mapLoader!;
}

const defined = (page: OpenedPage, tag: string) => page.win.customElements.get(tag) !== undefined;

/** Waits until `el` is defined and has rendered its content (its loading state left, text shown). */
async function rendered(page: OpenedPage, el: Element): Promise<void> {
  await waitUntil(
    () => defined(page, el.localName) && Boolean(el.shadowRoot) && !el.shadowRoot!.querySelector('[part~="loading"]') && shadowText(el) !== '',
    `<${el.localName}> did not render`,
    { timeout: 10_000 },
  );
}

function noProblems(page: OpenedPage): void {
  expect(page.probe.violations, 'CSP violations').to.deep.equal([]);
  expect(page.probe.errors, 'errors').to.deep.equal([]);
}

describe('dist/map-embed.js, the loader', function () {
  this.timeout(30_000);
  let page: OpenedPage | undefined;

  afterEach(() => {
    page?.frame.remove();
    page = undefined;
  });

  it('fetches only the role card and the shared chunk for a page with one card, and renders it', async () => {
    page = await openPage('/test/dist/pages/one-card.html');
    await allSettled(page.doc);
    expect(shadowText(page.doc.querySelector('map-role-card')!)).to.contain('Physician associates');
    expect(scripts(page)).to.deep.equal(['map-embed', 'map-embed.role-card', 'map-embed.shared']);
    for (const tag of ['map-feed', 'map-news-list', 'map-rating-widget']) expect(defined(page, tag), tag).to.equal(false);
    noProblems(page);
    expect(page.probe.warnings).to.deep.equal([]);
  });

  it('loads tags added to the page later, however deep in what was added', async () => {
    page = await openPage('/test/dist/pages/one-card.html');
    await allSettled(page.doc);
    const list = page.doc.createElement('map-news-list');
    list.setAttribute('limit', '2');
    const wrapper = page.doc.createElement('section');
    wrapper.innerHTML = '<div><map-bookmark-list limit="2"></map-bookmark-list></div>';
    page.doc.querySelector('main')!.append(list, wrapper);
    await rendered(page, list);
    await rendered(page, wrapper.querySelector('map-bookmark-list')!);
    expect(list.shadowRoot!.querySelectorAll('li').length).to.equal(2);
    expect(scripts(page)).to.include.members(['map-embed.news-list', 'map-embed.bookmark-list', 'map-embed.parts', 'map-embed.storage']);
    expect(scripts(page)).to.not.include('map-embed.all');
    noProblems(page);
  });

  it('fetches the RSS/Atom reader only for an XML feed, and the JSON error locator only for a broken feed', async () => {
    page = await openPage('/test/dist/pages/one-card.html');
    await allSettled(page.doc);
    expect(scripts(page)).to.not.include.members(['map-embed.syndication']);
    const rss = page.doc.createElement('map-news-list');
    rss.setAttribute('src', '/test/fixtures/news.rss.xml');
    page.doc.querySelector('main')!.append(rss);
    await rendered(page, rss);
    expect(shadowText(rss)).to.contain('Older item & friends');
    expect(scripts(page)).to.include('map-embed.syndication');
    expect(scripts(page)).to.not.include('map-embed.json-position');

    const broken = page.doc.createElement('map-news-list');
    broken.setAttribute('src', '/test/fixtures/missing-comma.json');
    page.doc.querySelector('main')!.append(broken);
    await waitUntil(() => broken.shadowRoot?.querySelector('[part~="error"]'), 'the broken feed showed no error', { timeout: 10_000 });
    await waitUntil(() => page!.probe.warnings.some((w) => /missing-comma\.json is not valid JSON at line 8, column 7/.test(w)), 'no warning with the line and column', {
      timeout: 10_000,
    });
    expect(scripts(page)).to.include('map-embed.json-position');
    expect(page.probe.violations, 'CSP violations').to.deep.equal([]);
  });

  it('fetches the contrast check only for a page that sets colours, and warns once for a failing pair', async () => {
    page = await openPage('/test/dist/pages/one-card.html');
    await allSettled(page.doc);
    const win = page.win as unknown as Window & typeof globalThis;
    // The guard looks in an idle moment after the first render: two of those later, it has looked.
    const idle = () => new Promise((resolve) => (typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback(resolve) : win.setTimeout(resolve, 100)));
    await idle();
    await idle();
    expect(scripts(page), 'no colours set').to.not.include('map-embed.contrast-check');
    const card = page.doc.createElement('map-role-card');
    card.setAttribute('profession', 'physician-associate');
    // Through the CSSOM: the page's CSP refuses style attributes.
    card.style.setProperty('--map-link-colour', '#aaaaaa');
    page.doc.querySelector('main')!.append(card);
    await rendered(page, card);
    await waitUntil(() => page!.probe.warnings.some((w) => w.includes('--map-link-colour makes link text #aaaaaa') && w.includes('2.32:1')), 'no contrast warning', { timeout: 10_000 });
    expect(scripts(page)).to.include('map-embed.contrast-check');
    expect(page.probe.warnings.filter((w) => w.includes('contrast'))).to.have.length(1);
    noProblems(page);
  });

  it('loads tags inside a shadow root once the page passes it to observe(), and tags added to it later', async () => {
    page = await openPage('/test/dist/pages/one-card.html');
    await allSettled(page.doc);
    const root = page.doc.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<map-rating-widget mode="useful" item-id="loader-shadow" name="loader-shadow"></map-rating-widget>';
    // The loader watches the document, not shadow roots it was not given: nothing asked for this.
    expect(defined(page, 'map-rating-widget')).to.equal(false);
    expect(scripts(page)).to.not.include('map-embed.rating-widget');

    (await loaderOf(page)).observe(root);
    await rendered(page, root.querySelector('map-rating-widget')!);

    const later = page.doc.createElement('map-case-study-carousel');
    root.append(later);
    await rendered(page, later);
    noProblems(page);
  });

  it('elements upgraded before their <map-feed> is defined read its feed once it is', async () => {
    page = await openPage('/test/dist/pages/one-card.html');
    await allSettled(page.doc);
    expect(defined(page, 'map-feed')).to.equal(false);
    const provider = page.doc.createElement('map-feed');
    provider.setAttribute('src', '/test/fixtures/one-role.json');
    provider.innerHTML = '<map-role-card profession="physician-associate"></map-role-card>';
    page.doc.querySelector('main')!.append(provider);
    // The role card is defined already, so it upgrades now; <map-feed>'s chunk is still to come.
    const card = provider.querySelector('map-role-card')!;
    expect(defined(page, 'map-feed')).to.equal(false);
    expect(card.shadowRoot, 'the card upgraded at once').to.not.equal(null);
    await waitUntil(() => shadowText(card).includes('The only role in a second feed.'), 'the card did not show its <map-feed>\'s feed', {
      timeout: 10_000,
    });
    expect(defined(page, 'map-feed')).to.equal(true);
    noProblems(page);
  });

  it('load() registers a tag that is not on the page, for pages that create elements from script', async () => {
    page = await openPage('/test/dist/pages/one-card.html');
    const mapLoader = await loaderOf(page);
    await mapLoader.load('map-bookmark-button');
    expect(defined(page, 'map-bookmark-button')).to.equal(true);
    await page.win.customElements.whenDefined('map-bookmark-button');
    // A tag the package does not have is no error: there is nothing to load.
    await mapLoader.load('map-not-an-element');
    noProblems(page);
  });

  it('pasted twice (two URLs): the second copy hands over to the first and says so once', async () => {
    page = await openPage('/test/dist/pages/two-copies.html');
    await allSettled(page.doc);
    expect(page.probe.warnings).to.have.length(1);
    expect(page.probe.warnings[0]).to.contain('loader is on this page twice');
    const fetched = scripts(page);
    expect(fetched.filter((name) => name === 'map-embed.role-card')).to.have.length(1);
    expect(fetched.filter((name) => name === 'map-embed.shared')).to.have.length(1);
    expect(shadowText(page.doc.querySelector('map-news-list')!)).to.not.equal('');
    noProblems(page);
  });

  it('copied without its chunks: says in the console which file is missing and what to host', async () => {
    page = await openPage('/test/dist/pages/lonely.html');
    const { probe } = page;
    await waitUntil(() => probe.errors.length > 0, 'no error was reported', { timeout: 10_000 });
    expect(probe.errors).to.have.length(1);
    expect(probe.errors[0]).to.match(/could not load \S+\/test\/dist\/lonely\/map-embed\.role-card-[\w-]{8}\.js/);
    expect(probe.errors[0]).to.contain('host the dist/map-embed.*.js files beside map-embed.js');
    expect(defined(page, 'map-role-card')).to.equal(false);
    expect(probe.violations).to.deep.equal([]);
  });

  it('takes the single file for a page whose tags would weigh more in chunks', async () => {
    page = await openPage('/test/dist/pages/all-elements.html');
    await allSettled(page.doc);
    expect(scripts(page)).to.deep.equal(['map-embed', 'map-embed.all']);
    for (const el of page.doc.querySelectorAll('main *')) {
      if (el.localName.startsWith('map-') && el.localName !== 'map-feed') expect(shadowText(el), el.localName).to.not.equal('');
    }
    // The single file reads Atom (and RSS) itself: nothing more is fetched.
    const atom = page.doc.createElement('map-news-list');
    atom.setAttribute('src', '/test/fixtures/news.atom.xml');
    page.doc.querySelector('main')!.append(atom);
    await rendered(page, atom);
    expect(shadowText(atom)).to.contain('Hostile entry');
    expect(scripts(page)).to.deep.equal(['map-embed', 'map-embed.all']);
    noProblems(page);
    expect(page.probe.warnings).to.deep.equal([]);
  });
});
