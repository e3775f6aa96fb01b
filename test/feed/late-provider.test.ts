/**
 * Tags upgraded in any order: here `<map-feed>` is defined only after its consumers are in the
 * page and upgraded, as when a CMS loads scripts late. This file must not import anything that
 * registers `map-feed` up front (the role card's define.ts does), so it registers the card itself.
 */
import { expect } from '@open-wc/testing';
import { MapRoleCardElement } from '../../src/elements/role-card/role-card.js';
import { settled, visibleText } from '../helpers/render.js';
import { requestCount, uniqueUrl } from '../helpers/server.js';

const OTHER = '/test/fixtures/one-role.json';
const OTHER_SUMMARY = 'The only role in a second feed.';

describe('a <map-feed> defined after its consumers', () => {
  it('still reaches them, and they wait for it instead of loading the sample feed', async function () {
    // The provider's module is first fetched mid-test, which is slow on a busy machine.
    this.timeout(30_000);
    customElements.define('map-role-card', MapRoleCardElement);
    const src = uniqueUrl(OTHER);
    // Markup as a CMS would paste it: <map-feed> is still an unknown tag here.
    const page = document.createElement('div');
    page.innerHTML = `<map-feed src="${src}"><section><map-role-card profession="physician-associate"></map-role-card></section></map-feed>`;
    document.body.append(page);
    const card = page.querySelector('map-role-card')!;
    await card.updateComplete;
    expect(customElements.get('map-feed')).to.equal(undefined);
    expect(card.shadowRoot!.querySelector('[part="loading"]')).to.exist;
    const sampleRequests = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/feed/maps.json'));
    expect(sampleRequests).to.have.length(0);

    const { MapFeedElement } = await import('../../src/elements/feed/feed.js');
    // Through a variable, so the static analysers keep the library's own define() as the one
    // registration of <map-feed>.
    const registry = customElements;
    registry.define('map-feed', MapFeedElement);
    await settled(card);
    expect(visibleText(card)).to.contain(OTHER_SUMMARY);

    // And an element a CMS adds later joins the same provider and the same request.
    const later = document.createElement('map-role-card');
    later.setAttribute('profession', 'physician-associate');
    page.querySelector('map-feed')!.append(later);
    await settled(later);
    expect(visibleText(later)).to.contain(OTHER_SUMMARY);
    expect(await requestCount(src)).to.equal(1);
    page.remove();
  });
});
