import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../index.js';
import { contrastChecked } from './contrast-guard.js';
import { contrastProblems, contrastRatio } from './contrast-check.js';
import { captureWarnings } from '../../test/helpers/console.js';
import { settled } from '../../test/helpers/render.js';

const FEED = '/test/fixtures/maps.json';

/** The console warnings about contrast while `body` is on the page with `style` on its wrapper. */
async function contrastWarnings(style: string, body = html`<map-news-list limit="1" src=${FEED}></map-news-list>`): Promise<string[]> {
  const warnings = captureWarnings();
  try {
    const wrapper = await fixture<HTMLElement>(html`<div style=${style}>${body}</div>`);
    for (const element of wrapper.querySelectorAll<LitElement>('*')) if (element.localName.startsWith('map-') && element.localName !== 'map-feed') await settled(element);
    await contrastChecked();
    return warnings.messages.filter((message) => message.includes('contrast'));
  } finally {
    warnings.restore();
  }
}

describe('contrast guard', () => {
  it('works out WCAG ratios', () => {
    expect(contrastRatio([0, 0, 0, 1], [255, 255, 255, 1])).to.equal(21);
    expect(contrastRatio([0x21, 0x2b, 0x32, 1], [255, 255, 255, 1])).to.be.closeTo(14.42, 0.01);
    expect(contrastRatio([0x76, 0x76, 0x76, 1], [255, 255, 255, 1])).to.be.closeTo(4.54, 0.01);
  });

  it('says nothing for the default theme, on every element', async () => {
    const all = html`<map-feed src=${FEED}>
      <map-role-card profession="physician-associate"></map-role-card>
      <map-news-list limit="1"></map-news-list>
      <map-case-study-carousel label="Case studies" interval="60000"></map-case-study-carousel>
      <map-bookmark-button item-id="contrast" label="Contrast" url="/contrast"></map-bookmark-button>
      <map-bookmark-list></map-bookmark-list>
      <map-rating-widget mode="stars" item-id="contrast" name="contrast"></map-rating-widget>
    </map-feed>`;
    expect(await contrastWarnings('', all)).to.deep.equal([]);
  });

  it('says nothing when a page restates the NHS.UK defaults, as nhsuk-frontend does on :root', async () => {
    const el = await fixture<LitElement>(html`<map-bookmark-button
      style="--nhsuk-text-colour: #212b32; --nhsuk-link-colour: #005eb8; --nhsuk-link-visited-colour: #330072; --nhsuk-link-hover-colour: #7c2855; --nhsuk-link-active-colour: #002f5c; --nhsuk-focus-colour: #ffeb3b; --nhsuk-focus-text-colour: #212b32; --nhsuk-card-background-colour: #ffffff; --nhsuk-error-colour: #d5281b; --nhsuk-button-colour: #007f3b; --nhsuk-button-hover-colour: #00662f; --nhsuk-button-text-colour: #ffffff; --nhsuk-secondary-button-text-colour: #005eb8; --nhsuk-secondary-button-hover-colour: #d9e7f4; --nhsuk-secondary-text-colour: #4c6272; --nhsuk-button-active-colour: #00401e; --nhsuk-secondary-button-active-colour: #c7dcef"
      item-id="contrast-defaults" label="Defaults" url="/d"
    ></map-bookmark-button>`);
    await el.updateComplete;
    const set = [...el.style].filter((name) => name.startsWith('--nhsuk-'));
    expect(set).to.have.length(17);
    expect(contrastProblems(getComputedStyle(el), set)).to.deep.equal([]);
    // The same with one changed, so the check above is one that can fail.
    el.style.setProperty('--nhsuk-secondary-button-text-colour', '#7fb0e0');
    expect(contrastProblems(getComputedStyle(el), set)).to.have.length(4);
  });

  it('says nothing for a passing override', async () => {
    expect(await contrastWarnings('--map-link-colour: #003087; --map-text-colour: black')).to.deep.equal([]);
  });

  it('warns once, naming the property, both colours and the ratio, however many elements share it', async () => {
    const two = html`<map-news-list limit="1" src=${FEED}></map-news-list><map-news-list limit="1" src=${FEED}></map-news-list>`;
    const warnings = await contrastWarnings('--map-link-colour: #aaaaaa', two);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.equal(
      'map-embed: <map-news-list> --map-link-colour makes link text #aaaaaa on the card background #ffffff: contrast 2.32:1, below the 4.5:1 WCAG 2.2 asks for in 1.4.3 (text).',
    );
  });

  it('names a background override, reads named and translucent colours, and checks the parts of controls at 3:1', async () => {
    const warnings = await contrastWarnings(
      '--map-card-background-colour: rgb(40 40 40); --map-button-colour: rgba(0, 127, 59, 0.2)',
      html`<map-rating-widget mode="stars" item-id="contrast-bg" name="contrast-bg"></map-rating-widget>`,
    );
    expect(warnings.some((w) => w.includes('--map-card-background-colour makes text #212b32 on the card background #282828: contrast 1.'))).to.equal(true);
    expect(warnings.some((w) => w.includes('--map-button-colour and --map-card-background-colour make the button') && w.includes('1.4.11'))).to.equal(true);
    const named = await contrastWarnings('--map-focus-colour: navy', html`<map-role-card profession="physician-associate" src=${FEED}></map-role-card>`);
    expect(named.some((w) => w.includes('--map-focus-colour makes focused text #212b32 on the focus highlight #000080'))).to.equal(true);
  });

  it('the pressed bookmark button: its own properties', async () => {
    const warnings = await contrastWarnings(
      '--map-bookmark-button-pressed-colour: #ffeb3b',
      html`<map-bookmark-button item-id="contrast-pressed" label="Pressed" url="/p"></map-bookmark-button>`,
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('--map-bookmark-button-pressed-colour makes pressed bookmark text #ffffff on the pressed bookmark button #ffeb3b');
  });
});
