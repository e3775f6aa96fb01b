/**
 * dist/builder.html, the embed-code builder: controls generated from custom-elements.json, a live
 * preview, snippets that work when pasted into a fresh page, the feed check, Welsh, keyboard and
 * axe. Served with the strict Content-Security-Policy.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { validateFeed } from '../../src/feed/validate.js';
import { agentUrl, openFrame, removeFrames, type Frame } from './frames.js';
import { axeViolations, shadowText, type OpenedPage, type Probe } from './pages.js';
import { waitUntil } from '../helpers/wait.js';

interface ManifestAttribute {
  name: string;
  type?: { text: string };
}
interface ManifestElement {
  tagName?: string;
  customElement?: boolean;
  attributes?: ManifestAttribute[];
}

async function manifestElements(): Promise<ManifestElement[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: ManifestElement[] }[] };
  return manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName && declaration.tagName !== 'map-feed');
}

interface Builder {
  frame: Frame;
  win: Window & { __mapProbe: Probe };
  doc: Document;
  byId<T extends HTMLElement = HTMLElement>(id: string): T;
}

async function openBuilder(query = '', width = 1024): Promise<Builder> {
  const frame = openFrame(agentUrl('builder.html', query), { title: 'builder', style: `width:${width}px;height:900px;border:0` });
  await new Promise((resolve) => frame.frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.frame.contentDocument!;
  await waitUntil(() => doc.querySelector('#element option'), 'the builder did not start');
  return {
    frame,
    win: frame.frame.contentWindow as Builder['win'],
    doc,
    byId: <T extends HTMLElement>(id: string) => doc.getElementById(id) as T,
  };
}

const previewOf = (builder: Builder) => builder.byId<HTMLIFrameElement>('preview');

/** Waits until the preview shows the current choice and has reported its height. */
async function previewReady(builder: Builder): Promise<number> {
  await waitUntil(
    () => {
      const preview = previewOf(builder);
      // The preview's document is the one for the latest choice, not the one it replaces.
      if (preview.contentWindow?.location.href !== preview.src) return false;
      const el = preview.contentDocument?.querySelector('main > *');
      const measured = builder.byId('measured').textContent ?? '';
      return (
        el?.shadowRoot?.childElementCount &&
        !el.shadowRoot.querySelector('[part~="loading"]') &&
        measured.includes(`${Math.ceil(preview.contentDocument!.documentElement.getBoundingClientRect().height)} px`)
      );
    },
    'the preview did not settle',
    { timeout: 10_000 },
  );
  return Number(/(\d+) px/.exec(builder.byId('measured').textContent!)![1]);
}

function choose(builder: Builder, id: string, value: string | boolean): void {
  const control = builder.byId<HTMLInputElement | HTMLSelectElement>(id);
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A fresh page holding only `html`, as an editor's CMS would serve it. */
async function pasteIntoFreshPage(html: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.title = 'fresh page';
  frame.style.cssText = 'width:800px;height:700px';
  frame.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Fresh page</title></head><body>${html}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  // In view, as an editor would look at it: Firefox and WebKit load a lazy iframe only near the viewport.
  frame.scrollIntoView();
  return frame.contentDocument!;
}

async function rendered(doc: Document, tag: string): Promise<HTMLElement> {
  await waitUntil(
    () => {
      const el = doc.querySelector(tag);
      return el?.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('[part~="loading"]');
    },
    `<${tag}> did not render`,
    { timeout: 10_000 },
  );
  const el = doc.querySelector<HTMLElement>(tag)!;
  expect(shadowText(el), tag).to.not.equal('');
  expect(el.shadowRoot!.querySelector('[part~="error"]'), `${tag} shows an error`).to.equal(null);
  return el;
}

describe('dist/builder.html', function () {
  this.timeout(60_000);
  afterEach(() => {
    removeFrames();
    for (const frame of document.querySelectorAll('iframe[title="fresh page"]')) frame.remove();
  });

  it('lists every element in a select labelled "Element", with a control for each attribute', async () => {
    const builder = await openBuilder();
    const select = builder.byId<HTMLSelectElement>('element');
    expect(select.labels[0]!.textContent).to.equal('Element');
    const elements = await manifestElements();
    expect([...select.options].map((option) => `map-${option.value}`).sort()).to.deep.equal(elements.map((el) => el.tagName).sort());
    for (const element of elements) {
      choose(builder, 'element', element.tagName!.slice(4));
      const controls = [...builder.byId('attributes').querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')];
      expect(controls.map((control) => control.name), element.tagName).to.deep.equal(element.attributes!.map((a) => a.name));
      for (const control of controls) {
        const attribute = element.attributes!.find((a) => a.name === control.name)!;
        const type = attribute.type?.text ?? '';
        const expected = type === 'boolean' ? 'checkbox' : type.includes('number') ? 'number' : null;
        if (expected) expect((control as HTMLInputElement).type, `${element.tagName} ${control.name}`).to.equal(expected);
        // Every control is labelled with its attribute and described by its documentation.
        expect(control.labels![0]!.textContent).to.equal(control.name);
        const hint = builder.doc.getElementById(control.getAttribute('aria-describedby')!);
        expect(hint?.textContent?.length, `${element.tagName} ${control.name} description`).to.be.greaterThan(10);
      }
    }
    // Enumerations are selects of their values.
    choose(builder, 'element', 'role-card');
    expect([...builder.byId<HTMLSelectElement>('attribute-layout').options].map((option) => option.value)).to.deep.equal(['', 'compact', 'full']);
    expect([...builder.byId<HTMLSelectElement>('attribute-profession').options].map((option) => option.value)).to.include('physician-associate');
    choose(builder, 'element', 'rating-widget');
    expect([...builder.byId<HTMLSelectElement>('attribute-mode').options].map((option) => option.value)).to.deep.equal(['', 'stars', 'useful']);
  });

  it('previews the choice live and writes it into every snippet', async () => {
    const builder = await openBuilder();
    choose(builder, 'element', 'role-card');
    choose(builder, 'attribute-profession', 'advanced-critical-care-practitioner');
    choose(builder, 'attribute-layout', 'full');
    const height = await previewReady(builder);
    const card = previewOf(builder).contentDocument!.querySelector('map-role-card')!;
    expect(card.getAttribute('layout')).to.equal('full');
    expect(shadowText(card)).to.contain('Advanced critical care practitioners');
    expect(builder.byId('code-script').textContent).to.contain('<map-role-card profession="advanced-critical-care-practitioner" layout="full"></map-role-card>');
    expect(builder.byId('code-iframe').textContent).to.contain(`height:${height}px`);
    expect(builder.byId('code-sharepoint').textContent).to.contain(`height:${height}px`);
    expect(builder.byId('sharepoint-height').textContent).to.contain(`${height} px`);
    expect(builder.byId('sharepoint-allow').textContent).to.contain(location.origin);
  });

  for (const [element, settings] of [
    ['role-card', { 'attribute-profession': 'physician-assistant-anaesthesia' }],
    ['news-list', { 'attribute-limit': '2', 'attribute-more': true, 'attribute-heading': 'News & "updates"' }],
    ['case-study-carousel', { 'attribute-label': 'Stories from trusts' }],
    ['bookmark-button', { 'attribute-item-id': 'role-physician-associate' }],
    ['bookmark-list', {}],
    ['rating-widget', { 'attribute-mode': 'useful', 'attribute-comment': true, 'attribute-item-id': 'builder-test' }],
  ] as const) {
    it(`writes ${element} snippets that render when pasted into a fresh page`, async () => {
      const builder = await openBuilder();
      choose(builder, 'element', element);
      for (const [id, value] of Object.entries(settings)) choose(builder, id, value);
      await previewReady(builder);
      const tag = `map-${element}`;

      const scriptPage = await pasteIntoFreshPage(builder.byId('code-script').textContent!);
      const el = await rendered(scriptPage, tag);
      const previewed = previewOf(builder).contentDocument!.querySelector(tag)!;
      for (const name of previewed.getAttributeNames().filter((attribute) => attribute !== 'src')) {
        expect(el.getAttribute(name), `${tag} ${name}`).to.equal(previewed.getAttribute(name));
      }

      for (const id of ['code-iframe', 'code-sharepoint']) {
        const code = builder.byId(id).textContent!;
        // The height written is the one the preview measured (read together: a late image may change it).
        const written = Number(/height:(\d+)px/.exec(code)![1]);
        expect(written).to.equal(Number(/(\d+) px/.exec(builder.byId('measured').textContent!)![1]));
        const page = await pasteIntoFreshPage(code);
        const frame = page.querySelector('iframe')!;
        expect(frame.getAttribute('sandbox'), id).to.contain('allow-scripts');
        expect(frame.getAttribute('title'), id).to.not.equal('');
        expect(frame.getBoundingClientRect().height, id).to.equal(written);
        await waitUntil(() => frame.contentDocument?.querySelector(tag), `${id}: the frame shows no <${tag}>`, { timeout: 10_000 });
        const inner = await rendered(frame.contentDocument!, tag);
        expect(shadowText(inner)).to.equal(shadowText(previewed));
      }
    });
  }

  it('"Paste HTML": the fragment map-embed render makes, shown with no script; elements that need script say so', async () => {
    const builder = await openBuilder();
    choose(builder, 'element', 'role-card');
    choose(builder, 'attribute-profession', 'physician-associate');
    choose(builder, 'attribute-layout', 'full');
    await waitUntil(() => builder.byId('code-html').textContent, 'no HTML to paste', { timeout: 10_000 });
    const code = builder.byId('code-html').textContent!;
    expect(code).to.match(/^<link rel="stylesheet" href="[^"]+\/map-embed\.css">\n<div class="map-embed map-embed--role-card" lang="en">/);
    expect(code).to.not.match(/<script|\son[a-z]+=|\sstyle=/i);
    expect(builder.byId('html-heading').textContent).to.equal('Paste HTML (no script, no iframe)');
    // Pasted where no script runs, it shows the role as the element does, and says when it was made.
    const doc = await pasteIntoFreshPage(code);
    expect(doc.querySelector('h3')!.textContent).to.equal('Physician associates');
    expect(doc.querySelectorAll('.map-facts dt').length).to.be.greaterThan(0);
    expect(doc.querySelector('.map-updated')!.textContent).to.match(/^Updated \d+ [A-Z][a-z]+ \d{4} from /);
    choose(builder, 'element', 'rating-widget');
    expect(builder.byId('code-html').textContent).to.equal('');
    expect(builder.byId('html-note').textContent).to.match(/works only with JavaScript/);
  });

  it('the script snippet carries a fallback link to the feed\'s home page', async () => {
    const builder = await openBuilder();
    choose(builder, 'element', 'news-list');
    choose(builder, 'attribute-src', '/test/fixtures/news.json');
    await waitUntil(() => builder.byId('code-script').textContent!.includes('slot="fallback"'), 'no fallback link', { timeout: 10_000 });
    const feed = (await (await fetch('/test/fixtures/news.json')).json()) as { title: string; home_page_url: string };
    const fallback = /<p slot="fallback"><a href="([^"]+)">([^<]+)<\/a><\/p>/.exec(builder.byId('code-script').textContent!)!;
    expect(fallback[1]).to.equal(new URL(feed.home_page_url, location.href).href);
    expect(fallback[2]).to.equal(`${feed.title} (on its website)`);
  });

  it('copies a snippet, or selects it where the clipboard is not allowed, and says which', async () => {
    const builder = await openBuilder();
    const button = builder.doc.querySelector<HTMLButtonElement>('button[data-code="code-script"]')!;
    button.click();
    const status = button.nextElementSibling!;
    await waitUntil(() => status.textContent, 'the copy button said nothing');
    if (status.textContent === 'Copied.') return;
    expect(status.textContent).to.contain('Ctrl+C');
    expect(builder.win.getSelection()!.toString()).to.equal(builder.byId('code-script').textContent);
  });

  it('checks a feed with the validator the CLI uses: counts and every problem with its path', async () => {
    const builder = await openBuilder();
    const input = builder.byId<HTMLInputElement>('feed-url');
    const submit = builder.doc.querySelector<HTMLButtonElement>('#check button')!;

    input.value = `${location.origin}/dist/feed/maps.json`;
    submit.click();
    await waitUntil(() => builder.byId('check-status').textContent === 'No problems found.', 'the sample feed was not checked');
    const sample = validateFeed(await (await fetch('/dist/feed/maps.json')).json(), `${location.origin}/dist/feed/maps.json`);
    const counts = [...builder.doc.querySelectorAll('.counts dd')].map((dd) => Number(dd.textContent));
    expect(counts).to.deep.equal([sample.roles.length, sample.news.length, sample.caseStudies.length]);

    input.value = '/test/fixtures/invalid-items.json';
    submit.click();
    const broken = validateFeed(await (await fetch('/test/fixtures/invalid-items.json')).json(), `${location.origin}/test/fixtures/invalid-items.json`);
    await waitUntil(() => builder.byId('check-status').textContent === `Problems found: ${broken.problems.length}`, 'the broken feed was not checked');
    const shown = [...builder.doc.querySelectorAll('.problems li')].map((li) => li.textContent!);
    expect(shown.length).to.equal(broken.problems.length);
    for (const problem of broken.problems) expect(shown.some((text) => text.includes(problem.path)), problem.path).to.equal(true);

    // RSS and Atom are read as the elements read them (the RSS fixture has one undated item).
    input.value = '/test/fixtures/news.rss.xml';
    submit.click();
    await waitUntil(() => builder.byId('check-status').textContent === 'Problems found: 1', 'the RSS feed was not read');
    expect([...builder.doc.querySelectorAll('.counts dd')].map((dd) => Number(dd.textContent))).to.deep.equal([0, 3, 0]);

    input.value = '/test/fixtures/not-a-feed.json';
    submit.click();
    await waitUntil(() => builder.byId('check-status').textContent!.includes('not a JSON Feed'), 'a document that is no feed was not reported');
    input.value = '/__test/status/404';
    submit.click();
    await waitUntil(() => builder.byId('check-status').textContent!.includes('HTTP status 404'), 'a 404 was not reported');
    input.value = 'javascript:alert(1)';
    submit.click();
    await waitUntil(() => builder.byId('feed-url-error').textContent!.includes('https://'), 'a bad address was not reported');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('speaks Welsh with ?lang=cy, and the preview and iframe snippets do too', async () => {
    const builder = await openBuilder('?lang=cy');
    expect(builder.doc.documentElement.lang).to.equal('cy');
    expect(builder.doc.querySelector('h1')!.textContent).to.equal('Adeiladwr cod mewnosod');
    expect(builder.byId<HTMLSelectElement>('element').labels[0]!.textContent).to.equal('Elfen');
    choose(builder, 'element', 'role-card');
    await previewReady(builder);
    expect(shadowText(previewOf(builder).contentDocument!.querySelector('map-role-card')!)).to.contain('Darllen mwy');
    expect(builder.byId('code-iframe').textContent).to.contain('lang=cy');
    // The attributes' documentation is English, and says so to screen readers.
    expect(builder.doc.getElementById('attribute-layout-hint')!.lang).to.equal('en-GB');
    const english = builder.byId<HTMLAnchorElement>('other-language');
    expect(english.textContent).to.equal('English');
    expect(english.lang).to.equal('en');
    const page = { frame: builder.frame.frame, win: builder.win, doc: builder.doc, probe: builder.win.__mapProbe } as unknown as OpenedPage;
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('works by keyboard: Tab reaches the controls in order, Space and Enter use them', async () => {
    const builder = await openBuilder();
    choose(builder, 'element', 'news-list');
    builder.byId('element').focus();
    await sendKeys({ press: 'Tab' });
    expect(builder.doc.activeElement?.id).to.equal('attribute-limit');
    let guard = 0;
    while (builder.doc.activeElement?.id !== 'attribute-more' && guard++ < 10) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await waitUntil(() => builder.byId('code-script').textContent!.includes(' more>'), 'Space did not tick "more"');
    const copy = builder.doc.querySelector<HTMLButtonElement>('button[data-code="code-script"]')!;
    copy.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => copy.nextElementSibling!.textContent, 'Enter did not copy');
  });

  for (const width of [320, 1280]) {
    it(`has no axe violations at ${width} px, and no CSP violation or error`, async () => {
      const builder = await openBuilder('', width);
      await previewReady(builder);
      const page = { frame: builder.frame.frame, win: builder.win, doc: builder.doc, probe: builder.win.__mapProbe } as unknown as OpenedPage;
      expect(await axeViolations(page)).to.deep.equal([]);
      expect(builder.doc.documentElement.scrollWidth).to.be.at.most(width);
      expect(builder.win.__mapProbe.violations).to.deep.equal([]);
      expect(builder.win.__mapProbe.errors).to.deep.equal([]);
    });
  }
});
