/**
 * Cards a page stretches end at one line: in a grid, or a flex row, that stretches
 * each <map-role-card>, the card it draws fills its host, with or without a CMS's
 * `* { all: revert }` (which makes the tag inline); where nothing stretches it, a card keeps its
 * natural height, even inside a tall box whose height a percentage could reach.
 */
import { expect } from '@open-wc/testing';
import { allSettled } from '../dist/pages.js';
import { frames } from '../helpers/wait.js';

const FEED = '/test/fixtures/maps.json';
const PROFESSIONS = ['physician-associate', 'physician-assistant-anaesthesia', 'advanced-critical-care-practitioner', 'surgical-care-practitioner'];
const RESET = '*, *::before, *::after { all: revert; }';

const cards = PROFESSIONS.map((profession) => `<map-role-card src="${FEED}" profession="${profession}"></map-role-card>`).join('');

async function open(css: string, body: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.title = 'equal-height cards';
  frame.style.cssText = 'inline-size: 1000px; block-size: 900px; border: 0; display: block;';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/test/layout/frame.html';
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await doc.defaultView!.customElements.whenDefined('map-role-card');
  const style = doc.createElement('style');
  style.textContent = css;
  doc.head.append(style);
  doc.body.innerHTML = body;
  await allSettled(doc);
  // Two frames: the host's box is observed after layout, and the wrapper then fills it.
  await frames(3, doc.defaultView!);
  return { frame, doc };
}

interface Measured {
  host: DOMRect;
  card: DOMRect;
  /** The card's text: from its top to the bottom of what comes before the link (pushed down). */
  content: number;
}

function measure(doc: Document): Measured[] {
  return [...doc.querySelectorAll('map-role-card')].map((el) => {
    const card = el.shadowRoot!.querySelector('.card')!;
    const last = card.querySelector('.more')!.previousElementSibling!.getBoundingClientRect();
    const rect = card.getBoundingClientRect();
    return { host: el.getBoundingClientRect(), card: rect, content: last.bottom - rect.top };
  });
}

const round = (values: number[]) => values.map((value) => Math.round(value));

const STRETCHING = {
  grid: '.row { display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; }',
  'flex row': '.row { display: flex; gap: 16px; } .row > * { flex: 1 1 0; min-inline-size: 0; }',
};

describe('role cards a page stretches are equal in height', function () {
  this.timeout(60_000);

  for (const [layout, css] of Object.entries(STRETCHING)) {
    for (const reset of [false, true]) {
      it(`${layout}${reset ? ' under `* { all: revert }`' : ''}: every card fills its host, so all end at one line`, async () => {
        const { frame, doc } = await open(`${reset ? RESET : ''} ${css}`, `<div class="row">${cards}</div>`);
        try {
          const measured = measure(doc);
          expect(measured).to.have.length(4);
          const contents = round(measured.map((m) => m.content));
          expect(new Set(contents).size, `the cards' content differs in height (${contents.join(', ')}), or the test shows nothing`).to.be.greaterThan(1);
          for (const { host, card } of measured) {
            expect(Math.abs(card.bottom - host.bottom), `card ${Math.round(card.height)}px in a host ${Math.round(host.height)}px tall`).to.be.at.most(1);
          }
          expect(new Set(round(measured.map((m) => m.card.bottom))).size, 'the cards end at one line').to.equal(1);
          for (const { card } of measured) {
            const link = card.bottom - doc.querySelector('map-role-card')!.shadowRoot!.querySelector('.more')!.getBoundingClientRect().bottom;
            expect(link, 'the link sits at the foot of the card').to.be.below(40);
          }
        } finally {
          frame.remove();
        }
      });
    }
  }

  for (const reset of [false, true]) {
    it(`not stretched${reset ? ' under `* { all: revert }`' : ''}: each card keeps its natural height, even inside a tall stretched box`, async () => {
      // The cards sit in a grid that does not stretch its items, and (inline, under the reset)
      // inside a <main> that a flex row stretches to 2000px: a percentage height would reach it.
      const css = `${reset ? RESET : ''}
        .page { display: flex; min-block-size: 2000px; } main { flex: 1; }
        .row { display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; align-items: start; }`;
      const { frame, doc } = await open(css, `<div class="page"><main>${cards}<div class="row">${cards}</div></main></div>`);
      try {
        const measured = measure(doc);
        expect(measured).to.have.length(8);
        for (const { host, card, content } of measured) {
          expect(card.height, 'the card is as tall as its content and padding, no taller').to.be.below(content + 100);
          expect(host.height, 'the host is no taller than the card').to.be.at.most(card.height + 1);
        }
        const gridBottoms = round(measured.slice(4).map((m) => m.card.bottom));
        expect(new Set(gridBottoms).size, 'unstretched cards keep their own heights').to.be.greaterThan(1);
      } finally {
        frame.remove();
      }
    });
  }
});
