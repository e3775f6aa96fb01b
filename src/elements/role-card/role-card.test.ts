import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { MapRoleCardElement, RoleCardLayout } from './role-card.js';
import { PROFESSIONS, type ProfessionId } from '../../feed/professions.js';
import { withCore } from '../../../test/helpers/strings.js';
import { roleCardStrings } from './role-card.strings.js';
import { requestCount, uniqueUrl } from '../../../test/helpers/server.js';
import { settled, visibleText } from '../../../test/helpers/render.js';
import { captureWarnings } from '../../../test/helpers/console.js';
import { shiftTab } from '../../../test/helpers/commands.js';
import { waitUntil } from '../../../test/helpers/wait.js';

const STRINGS = withCore(roleCardStrings);

const FIXTURE = '/test/fixtures/maps.json';
/** One role with a described image and only some facts, one with nothing but its title. */
const VARIED = '/test/fixtures/roles-varied.json';
/** A feed whose only role is the physician associate. */
const ONE_ROLE = '/test/fixtures/one-role.json';

interface FixtureRole {
  title: string;
  summary: string;
  url: string;
  _map: { profession: ProfessionId; duties: string[]; supervision: string; regulation: string; training: string };
}

let roles: Map<ProfessionId, FixtureRole>;
before(async () => {
  const feed = (await (await fetch(FIXTURE)).json()) as { items: (FixtureRole & { _map: { type?: string } })[] };
  roles = new Map(feed.items.filter((item) => item._map?.type === 'role').map((item) => [item._map.profession, item]));
});

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);

async function card(template: ReturnType<typeof html>): Promise<MapRoleCardElement> {
  const parent = await fixture(template);
  const el = (parent.localName === 'map-role-card' ? parent : parent.querySelector('map-role-card')!) as MapRoleCardElement;
  await settled(el);
  return el;
}

/** Runs `body` with console warnings captured and returns them, so expected warnings stay quiet. */
async function warningsDuring(body: () => Promise<void>): Promise<string[]> {
  const warnings = captureWarnings();
  try {
    await body();
    return warnings.messages;
  } finally {
    warnings.restore();
  }
}

describe('map-role-card: content', function () {
  // The first accessibility check of the file loads axe-core, slow on a busy machine.
  this.timeout(30_000);
  for (const profession of PROFESSIONS) {
    for (const layout of ['compact', 'full'] as const) {
      it(`shows ${profession} in the ${layout} layout, accessibly`, async () => {
        const el = await card(html`<map-role-card profession=${profession} layout=${layout} src=${uniqueUrl(FIXTURE)}></map-role-card>`);
        const role = roles.get(profession)!;
        const article = shadow(el).querySelector('article')!;
        expect(article.getAttribute('aria-labelledby')).to.equal('title');
        expect(shadow(el).querySelector('h3')!.textContent!.trim()).to.equal(role.title);
        expect(part(el, 'summary')!.textContent).to.equal(role.summary);
        const link = part(el, 'link') as HTMLAnchorElement;
        expect(link.href).to.equal(new URL(role.url, location.href).href);
        expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Read more about ${role.title}`);
        const image = part(el, 'image') as HTMLImageElement;
        expect(image.getAttribute('alt')).to.equal('');

        const facts = part(el, 'facts');
        if (layout === 'compact') {
          expect(facts).to.equal(null);
        } else {
          const terms = [...facts!.querySelectorAll('dt')].map((dt) => dt.textContent);
          expect(terms).to.deep.equal(['What they do', 'Supervision', 'Regulation', 'Training']);
          const duties = [...facts!.querySelectorAll('dd li')].map((li) => li.textContent);
          expect(duties).to.deep.equal(role._map.duties);
          const text = visibleText(el);
          expect(text).to.contain(role._map.supervision).and.contain(role._map.regulation).and.contain(role._map.training);
        }
        await expect(el).to.be.accessible();
      });
    }
  }

  it('gives a described image its alt text and shows only the facts the feed has', async () => {
    const el = await card(html`<map-role-card profession="physician-associate" layout="full" src=${uniqueUrl(VARIED)}></map-role-card>`);
    expect(part(el, 'image')!.getAttribute('alt')).to.equal('Physician associates logo');
    expect([...part(el, 'facts')!.querySelectorAll('dt')].map((dt) => dt.textContent)).to.deep.equal(['Supervision']);
    await expect(el).to.be.accessible();
  });

  it('shows a role with only a title, with no empty image, facts or link', async () => {
    const el = await card(
      html`<map-role-card profession="advanced-critical-care-practitioner" layout="full" src=${uniqueUrl(VARIED)}></map-role-card>`,
    );
    expect(shadow(el).querySelector('h3')!.textContent!.trim()).to.equal('Advanced critical care practitioners');
    for (const name of ['image', 'summary', 'facts', 'link']) expect(part(el, name), name).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('uses the heading level it is given', async () => {
    const el = await card(html`<map-role-card profession="physician-associate" heading-level="2" src=${uniqueUrl(FIXTURE)}></map-role-card>`);
    expect(part(el, 'heading')!.localName).to.equal('h2');
    el.headingLevel = 5;
    await el.updateComplete;
    expect(part(el, 'heading')!.localName).to.equal('h5');
    // Removed: back to the default, not an error.
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect(part(el, 'heading')!.localName).to.equal('h3');
  });

  it('follows changes to profession and layout', async () => {
    const el = await card(html`<map-role-card profession="physician-associate" src=${uniqueUrl(FIXTURE)}></map-role-card>`);
    el.setAttribute('profession', 'surgical-care-practitioner');
    el.setAttribute('layout', 'full');
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent!.trim()).to.equal(roles.get('surgical-care-practitioner')!.title);
    expect(part(el, 'facts')).to.exist;
  });

  it('makes one request however many cards name the same feed', async () => {
    const src = uniqueUrl(FIXTURE);
    const wrapper = await fixture(html`<div>
      ${PROFESSIONS.map((p) => html`<map-role-card profession=${p} src=${src}></map-role-card>`)}
    </div>`);
    await Promise.all([...wrapper.querySelectorAll('map-role-card')].map((el) => settled(el)));
    expect(await requestCount(src)).to.equal(1);
  });
});

describe('map-role-card: Welsh', () => {
  it('translates its own words in the full layout and shows feed text as authored, accessibly', async () => {
    const el = await card(html`<div lang="cy">
      <map-role-card profession="physician-associate" layout="full" src=${uniqueUrl(FIXTURE)}></map-role-card>
    </div>`);
    const role = roles.get('physician-associate')!;
    const terms = [...part(el, 'facts')!.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).to.deep.equal([
      STRINGS.cy['fact.duties'],
      STRINGS.cy['fact.supervision'],
      STRINGS.cy['fact.regulation'],
      STRINGS.cy['fact.training'],
    ]);
    const link = part(el, 'link')!;
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${STRINGS.cy.readMore} am ${role.title}`);
    expect(part(el, 'heading')!.textContent!.trim()).to.equal(role.title);
    expect(part(el, 'summary')!.textContent).to.equal(role.summary);
    await expect(el).to.be.accessible();
  });

  it('holds the card’s own layout while loading: the same boxes and line heights as the card', async () => {
    const wrapper = await fixture(html`<div style="inline-size: 600px">
      <map-role-card profession="physician-associate" layout="full" src=${uniqueUrl(`${FIXTURE}?delay=600`)}></map-role-card>
    </div>`);
    const el = wrapper.querySelector('map-role-card')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    const loading = root.querySelector('[part="loading"]')!;
    const height = (selector: string) => loading.querySelector(selector)!.getBoundingClientRect().height;
    const reserved = { image: height('.image'), heading: height('.heading'), link: height('.more') };
    expect(loading.querySelector('.facts'), 'the full layout reserves its facts').to.exist;
    await expect(el).to.be.accessible();
    await settled(el);
    const shown = (name: string) => part(el, name)!.getBoundingClientRect().height;
    expect(reserved).to.deep.equal({ image: shown('image'), heading: shown('heading'), link: shown('link') });
  });

  it('holds --map-role-card-min-height while loading and once loaded', async () => {
    const wrapper = await fixture(html`<div style="inline-size: 600px">
      <map-role-card
        style="--map-role-card-min-height: 40rem"
        profession="physician-associate"
        src=${uniqueUrl(`${FIXTURE}?delay=400`)}
      ></map-role-card>
    </div>`);
    const el = wrapper.querySelector('map-role-card')!;
    await el.updateComplete;
    const loading = el.getBoundingClientRect().height;
    await settled(el);
    expect(loading).to.equal(640);
    expect(el.getBoundingClientRect().height).to.equal(640);
  });

  it('says "loading" in Welsh while the feed loads', async () => {
    const wrapper = await fixture(html`<div lang="cy">
      <map-role-card profession="physician-associate" src=${uniqueUrl(`${FIXTURE}?delay=600`)}></map-role-card>
    </div>`);
    const el = wrapper.querySelector('map-role-card')!;
    await el.updateComplete;
    expect(visibleText(el)).to.equal(STRINGS.cy.loading);
    await expect(el).to.be.accessible();
    await settled(el);
  });
});

describe('map-role-card: keyboard', () => {
  it('reaches the read-more link by Tab, draws the NHS focus style, and leaves with Tab', async () => {
    const wrapper = await fixture(html`<div>
      <button>before</button>
      <map-role-card profession="physician-associate" src=${uniqueUrl(FIXTURE)}></map-role-card>
      <button>after</button>
    </div>`);
    const el = wrapper.querySelector('map-role-card')!;
    await settled(el);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const link = shadow(el).activeElement as HTMLAnchorElement;
    expect(link?.getAttribute('part')).to.equal('link');
    const style = getComputedStyle(link);
    expect(style.backgroundColor).to.equal('rgb(255, 235, 59)');
    expect(style.color).to.equal('rgb(33, 43, 50)');
    expect(style.boxShadow).to.contain('rgb(33, 43, 50) 0px 4px 0px');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent).to.equal('after');
    await shiftTab();
    expect(shadow(el).activeElement).to.equal(link);
  });

  it('has no tab stop in compact or full layout other than its link', async () => {
    const el = await card(html`<map-role-card profession="surgical-care-practitioner" layout="full" src=${uniqueUrl(FIXTURE)}></map-role-card>`);
    const focusable = shadow(el).querySelectorAll('a[href], button, [tabindex]');
    expect([...focusable].map((node) => node.getAttribute('part'))).to.deep.equal(['link']);
  });
});

describe('map-role-card: errors', () => {
  type Case = { what: string; card: (src: string) => ReturnType<typeof html>; key: keyof (typeof STRINGS)['en']; value: string; warning: string };
  const cases: Case[] = [
    {
      what: 'an unknown profession',
      card: (src) => html`<map-role-card profession="nurse" src=${src}></map-role-card>`,
      key: 'error.profession-unknown',
      value: 'nurse',
      warning: 'profession "nurse" is not one of',
    },
    {
      what: 'a missing profession',
      card: (src) => html`<map-role-card src=${src}></map-role-card>`,
      key: 'error.profession-missing',
      value: '',
      warning: 'profession is missing',
    },
    {
      what: 'an unknown layout',
      // Cast: the attribute is typed, and the point is an author typing something else.
      card: (src) => html`<map-role-card profession="physician-associate" layout=${'wide' as RoleCardLayout} src=${src}></map-role-card>`,
      key: 'error.layout-invalid',
      value: 'wide',
      warning: 'layout "wide"',
    },
    {
      what: 'a bad heading level',
      card: (src) => html`<map-role-card profession="physician-associate" heading-level="9" src=${src}></map-role-card>`,
      key: 'error.heading-level-invalid',
      value: '9',
      warning: 'heading-level "9"',
    },
    {
      what: 'a profession the feed lacks',
      card: (src) => html`<map-role-card profession="surgical-care-practitioner" src=${src}></map-role-card>`,
      key: 'error.profession-absent',
      value: 'surgical-care-practitioner',
      warning: 'no role item for profession "surgical-care-practitioner"',
    },
  ];
  for (const { what, card: template, key, value, warning } of cases) {
    for (const lang of ['en', 'cy'] as const) {
      it(`explains ${what} in ${lang === 'en' ? 'English' : 'Welsh'}, warns once, accessibly`, async () => {
        let el!: MapRoleCardElement;
        const warnings = await warningsDuring(async () => {
          el = await card(html`<div lang=${lang}>${template(uniqueUrl(ONE_ROLE))}</div>`);
          el.requestUpdate();
          await el.updateComplete;
        });
        const message = STRINGS[lang][key].replace('{value}', value).replace('{valid}', PROFESSIONS.join(', '));
        expect(visibleText(el)).to.contain(STRINGS[lang]['error.title']).and.contain(message);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<map-role-card>').and.contain(warning);
        expect(part(el, 'error')!.getBoundingClientRect().height).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('explains each bad attribute when there are several, each warned once', async () => {
    let el!: MapRoleCardElement;
    const warnings = await warningsDuring(async () => {
      el = await card(html`<map-role-card layout=${'wide' as RoleCardLayout} heading-level="9" profession="nurse" src=${uniqueUrl(FIXTURE)}></map-role-card>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    const lines = [...el.shadowRoot!.querySelectorAll('[part="error"] .error__message')].map((line) => line.textContent);
    expect(lines).to.deep.equal([
      STRINGS.en['error.layout-invalid'].replace('{value}', 'wide'),
      STRINGS.en['error.heading-level-invalid'].replace('{value}', '9'),
      STRINGS.en['error.profession-unknown'].replace('{value}', 'nurse').replace('{valid}', PROFESSIONS.join(', ')),
    ]);
    expect(warnings).to.have.length(3);
    expect(warnings[0]).to.contain('layout "wide"');
    expect(warnings[1]).to.contain('heading-level "9"');
    expect(warnings[2]).to.contain('profession "nurse"');
    await expect(el).to.be.accessible();
  });

  it('names every valid profession when the profession is unknown', async () => {
    let el!: MapRoleCardElement;
    await warningsDuring(async () => {
      el = await card(html`<map-role-card profession="nurse" src=${uniqueUrl(FIXTURE)}></map-role-card>`);
    });
    for (const profession of PROFESSIONS) expect(visibleText(el)).to.contain(profession);
  });

  it('recovers when a bad attribute is corrected', async () => {
    let el!: MapRoleCardElement;
    await warningsDuring(async () => {
      el = await card(html`<map-role-card profession="nurse" src=${uniqueUrl(FIXTURE)}></map-role-card>`);
    });
    el.profession = 'physician-associate';
    await waitUntil(() => part(el, 'heading'), 'the card did not recover');
    expect(part(el, 'error')).to.equal(null);
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('Physician associates');
  });
});
