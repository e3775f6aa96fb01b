/**
 * A self-closed tag (`<map-role-card … />`, a CMS habit) is only a start tag to HTML, so the
 * browser puts everything after it inside the element. That content is still shown, after the
 * element's own content and inside its box, and the console says once which tag needs closing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { captureWarnings } from '../helpers/console.js';
import { settled } from '../helpers/render.js';
import { waitUntil } from '../helpers/wait.js';

const FEED = '/test/fixtures/maps.json';

const TAGS: [string, string][] = [
  ['map-role-card', `profession="physician-associate"`],
  ['map-news-list', `limit="1"`],
  ['map-case-study-carousel', `label="Case studies"`],
  ['map-bookmark-button', `item-id="self-closed" label="Self-closed" url="https://www.england.nhs.uk/"`],
  ['map-bookmark-list', ``],
  ['map-rating-widget', `item-id="self-closed" name="self-closed"`],
];

describe('a self-closed tag', () => {
  // First: the console says it once per tag, so this runs before any tag has been told.
  it('says nothing for whitespace, or for a closed tag', async () => {
    const warnings = captureWarnings();
    try {
      const page = await fixture<HTMLElement>(html`<div></div>`);
      page.innerHTML = `<map-role-card profession="surgical-care-practitioner" src="${FEED}">
        </map-role-card><p>After it.</p>`;
      const element = page.querySelector('map-role-card') as LitElement;
      await settled(element);
      expect(warnings.messages.filter((message) => message.includes('closing tag') || message.includes('</map-'))).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  for (const [tag, attributes] of TAGS) {
    it(`<${tag} />: what follows is shown after its content, and the console names </${tag}> once`, async () => {
      const warnings = captureWarnings();
      try {
        const page = await fixture<HTMLElement>(html`<div></div>`);
        page.innerHTML = `<${tag} ${attributes} src="${FEED}" />
          <h2 class="next">What the page says next</h2><p class="next">And a paragraph after it.</p>
          <${tag} ${attributes} src="${FEED}" /><p class="next">After the second one.</p>`;
        const element = page.querySelector(tag) as LitElement;
        const [heading, paragraph] = [...page.querySelectorAll('.next')];
        expect(element.contains(heading!), 'the parser put the rest of the page inside the element').to.equal(true);
        await settled(element);
        await waitUntil(() => warnings.messages.some((message) => message.includes(`</${tag}>`)), 'no warning');
        const content = element.shadowRoot!.querySelector('.root')!.getBoundingClientRect();
        const host = element.getBoundingClientRect();
        for (const swallowed of [heading!, paragraph!]) {
          const box = swallowed.getBoundingClientRect();
          expect(box.height, `${swallowed.textContent} is shown`).to.be.greaterThan(0);
          expect(box.top, `${swallowed.textContent} comes after the element's content`).to.be.at.least(content.bottom - 1);
          expect(box.bottom, `${swallowed.textContent} is inside the element's box`).to.be.at.most(host.bottom + 1);
        }
        expect(warnings.messages.filter((message) => message.includes(`</${tag}>`))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  }

});
