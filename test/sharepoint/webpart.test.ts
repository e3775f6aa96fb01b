/**
 * The built SharePoint web part (after `npm run build:sharepoint`), loaded as SharePoint loads it
 * with the SPFx runtime stubbed (spfx-runtime.ts): it renders the real map-embed elements.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { captureWarnings } from '../helpers/console.js';
import { settled, visibleText } from '../helpers/render.js';
import { requestCount, testEndpoint, uniqueUrl } from '../helpers/server.js';
import { addWebPart, type WebPart } from './spfx-runtime.js';
import { waitUntil } from '../helpers/wait.js';

const added: WebPart[] = [];

async function webPart(properties: WebPart['properties'], culture?: string): Promise<WebPart> {
  const part = await addWebPart(properties, culture);
  added.push(part);
  return part;
}

function elementIn<T extends LitElement = LitElement>(part: WebPart): T {
  const element = part.domElement.querySelector<T>('map-feed > *');
  if (!element) throw new Error(`the web part shows no element: ${part.domElement.innerHTML}`);
  return element;
}

const shadow = (element: Element): ShadowRoot => element.shadowRoot!;

describe('SharePoint web part (built bundle)', () => {
  afterEach(() => {
    for (const part of added.splice(0)) part.domElement.remove();
    localStorage.clear();
  });

  it('shows a role card from the sample feed inside the package, with its image, as first added', async () => {
    const part = await webPart({ element: 'role-card', src: '', profession: 'advanced-critical-care-practitioner', layout: 'full' });
    const card = elementIn(part);
    expect(card.localName).to.equal('map-role-card');
    await settled(card);
    expect(visibleText(card)).to.contain('Advanced critical care practitioners');
    const feed = part.domElement.querySelector('map-feed')!;
    expect(new URL(feed.getAttribute('src')!).pathname).to.equal('/sharepoint/release/assets/feed/maps.json');
    const image = shadow(card).querySelector<HTMLImageElement>('img');
    expect(image, 'the role image').to.not.equal(null);
    await waitUntil(() => image!.complete, 'the image did not load', { timeout: 5000 });
    expect(new URL(image!.src).pathname).to.equal('/sharepoint/release/assets/feed/images/advanced-critical-care-practitioner.svg');
    expect(image!.naturalWidth).to.be.greaterThan(0);
  });

  it('several web parts on one page make one request for their feed', async () => {
    const src = uniqueUrl('/test/fixtures/maps.json');
    const parts = await Promise.all([
      webPart({ element: 'news-list', src, limit: '2' }),
      webPart({ element: 'role-card', src, profession: 'physician-associate' }),
      webPart({ element: 'case-study-carousel', src }),
    ]);
    for (const part of parts) await settled(elementIn(part));
    expect(visibleText(elementIn(parts[1]!))).to.contain('Physician associates');
    expect(await requestCount(src)).to.equal(1);
  });

  it('takes its colours from the site theme', async () => {
    const part = await webPart({ element: 'role-card', src: '', profession: 'physician-associate' });
    part.onThemeChanged({ semanticColors: { bodyText: '#ffffff', link: '#a6e9ff', bodyBackground: '#004e8c' } });
    const card = elementIn(part);
    await settled(card);
    const link = shadow(card).querySelector('a')!;
    expect(getComputedStyle(link).color).to.equal('rgb(166, 233, 255)');
  });

  it('speaks Welsh on a cy-GB page', async () => {
    const part = await webPart({ element: 'bookmark-button', src: '', 'item-id': 'role-physician-associate' }, 'cy-GB');
    const button = elementIn(part);
    await settled(button);
    expect(visibleText(button)).to.contain('Nod tudalen');
  });

  it('keeps bookmarks in the browser and posts them to the endpoint property', async () => {
    const endpoint = testEndpoint();
    const button = elementIn(await webPart({ element: 'bookmark-button', src: '', 'item-id': 'role-physician-associate', endpoint: endpoint.url }));
    const list = elementIn(await webPart({ element: 'bookmark-list', src: '' }));
    await settled(button);
    shadow(button).querySelector('button')!.click();
    await waitUntil(() => visibleText(list).includes('Physician associates'), 'the bookmark list did not show the bookmark', { timeout: 5000 });
    await waitUntil(async () => (await endpoint.posts()).length === 1, 'the bookmark was not posted', { timeout: 5000 });
    expect((await endpoint.posts<{ itemId: string; bookmarked: boolean }>())[0]!.body).to.include({
      itemId: 'role-physician-associate',
      bookmarked: true,
    });
  });

  it('sends a rating to the endpoint property', async () => {
    const endpoint = testEndpoint();
    const widget = elementIn(await webPart({ element: 'rating-widget', src: '', 'item-id': 'sharepoint-page', endpoint: endpoint.url }));
    await widget.updateComplete;
    shadow(widget).querySelectorAll<HTMLInputElement>('input[type="radio"]')[3]!.click();
    shadow(widget).querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitUntil(async () => (await endpoint.posts()).length === 1, 'the rating was not posted', { timeout: 5000 });
    expect((await endpoint.posts<{ itemId: string; rating: number }>())[0]!.body).to.include({ itemId: 'sharepoint-page', rating: 4 });
  });

  it('says what is wrong when its element is unknown, once in the console', async () => {
    const warnings = captureWarnings();
    try {
      const part = await webPart({ element: 'map-widget', src: '' });
      part.render();
      expect(part.domElement.querySelector('map-feed')).to.equal(null);
      expect(part.domElement.textContent).to.contain('"map-widget"');
      expect(warnings.messages.filter((message) => message.includes('property "element"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
