import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { MapRoleCardElement } from './role-card.js';
import { PROFESSIONS } from '../../feed/professions.js';
import { requestCount, uniqueUrl } from '../../../test/helpers/server.js';
import { settled, visibleText } from '../../../test/helpers/render.js';
import { captureWarnings } from '../../../test/helpers/console.js';

const FIXTURE = '/test/fixtures/maps.json';

describe('map-role-card', () => {
  for (const profession of PROFESSIONS) {
    for (const layout of ['compact', 'full'] as const) {
      it(`renders ${profession} in the ${layout} layout, accessibly`, async () => {
        const src = uniqueUrl(FIXTURE);
        const el = await fixture<MapRoleCardElement>(
          html`<map-role-card profession=${profession} layout=${layout} src=${src}></map-role-card>`,
        );
        await settled(el);
        const heading = el.shadowRoot!.querySelector('h3')!;
        expect(heading.textContent).to.contain(' ');
        const facts = el.shadowRoot!.querySelector('[part="facts"]');
        expect(Boolean(facts)).to.equal(layout === 'full');
        await expect(el).to.be.accessible();
      });
    }
  }

  it('names an unknown profession and the valid ones, in the card and once in the console', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<MapRoleCardElement>(
        html`<map-role-card profession="nurse" src=${uniqueUrl(FIXTURE)}></map-role-card>`,
      );
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(visibleText(el)).to.contain('"nurse"').and.contain('physician-associate');
      expect(warnings.messages.filter((m) => m.includes('nurse'))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('makes one request however many cards name the same feed', async () => {
    const src = uniqueUrl(FIXTURE);
    const wrapper = await fixture(html`<div>
      ${PROFESSIONS.map((p) => html`<map-role-card profession=${p} src=${src}></map-role-card>`)}
    </div>`);
    const cards = [...wrapper.querySelectorAll('map-role-card')];
    await Promise.all(cards.map((card) => settled(card)));
    expect(await requestCount(src)).to.equal(1);
  });

  it('reaches the read-more link by keyboard and shows NHS focus', async () => {
    const el = await fixture<MapRoleCardElement>(
      html`<map-role-card profession="physician-associate" src=${uniqueUrl(FIXTURE)}></map-role-card>`,
    );
    await settled(el);
    await sendKeys({ press: 'Tab' });
    const link = el.shadowRoot!.activeElement as HTMLAnchorElement;
    expect(link?.getAttribute('part')).to.equal('link');
    expect(getComputedStyle(link).backgroundColor).to.equal('rgb(255, 235, 59)');
  });
});
