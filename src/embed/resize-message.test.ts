import { expect } from '@open-wc/testing';
import { reportedHeight, resizeMessage } from './resize-message.js';
import { pageStrings } from './page-strings.js';

describe('the embed resize message', () => {
  it('is written and read by the one module embed.ts, embed-host.ts and the builder share', () => {
    expect(resizeMessage(412.2)).to.deep.equal({ type: 'map-embed:resize', height: 413 });
    expect(reportedHeight(resizeMessage(412.2))).to.equal(413);
    expect(reportedHeight({ type: 'map-embed:resize', height: 1e9 }), 'capped').to.equal(100_000);
  });

  it('is not taken from anything else', () => {
    for (const data of [null, 'map-embed:resize', { type: 'other', height: 5 }, { type: 'map-embed:resize' }, { type: 'map-embed:resize', height: -1 }, { type: 'map-embed:resize', height: '5' }, { type: 'map-embed:resize', height: NaN }]) {
      expect(reportedHeight(data), JSON.stringify(data)).to.equal(undefined);
    }
  });
});

describe('the embed pages’ words', () => {
  it('come through the elements’ translator, in English or Welsh, with element names', () => {
    const en = pageStrings(null);
    expect(en.language).to.equal('en');
    expect(en.t('problems', { count: 3 })).to.equal('Problems found: 3');
    expect(en.label('map-role-card')).to.equal('Role card');
    expect(en.label('map-unknown')).to.equal('map-unknown');
    const cy = pageStrings('cy-GB');
    expect(cy.language).to.equal('cy');
    expect(cy.t('measured', { height: 20 })).to.equal('Uchder yn y rhagolwg: 20 px.');
    expect(cy.label('map-rating-widget')).to.equal('Sgôr');
    // The core strings are there too, as for the elements.
    expect(cy.t('loading')).to.equal('Wrthi’n llwytho');
  });
});
