import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { settled } from '../helpers/render.js';
import { uniqueUrl } from '../helpers/server.js';
import { clearStoredValues } from '../helpers/storage.js';
import { frames } from '../helpers/wait.js';
import { growth, installCounters, live, type LiveCounts } from './instrument.js';
import { nextTask } from './harness.js';

// Before any element module runs, so every listener, timer and observer they make is counted.
installCounters();

const CYCLES = 1000;
/** What a page may keep after any number of cycles: a constant, never growing with the count. */
const TOLERANCE = 2;

interface Subject {
  name: string;
  create: (src: string) => HTMLElement;
  /** The element that renders, when `create` returns a wrapper. */
  inner?: (node: HTMLElement) => LitElement;
}

const SUBJECTS: Subject[] = [
  { name: 'map-news-list', create: (src) => Object.assign(document.createElement('map-news-list'), { src, more: true }) },
  { name: 'map-role-card', create: (src) => Object.assign(document.createElement('map-role-card'), { src, profession: 'physician-associate', layout: 'full' }) },
  // With a slide show running, so its timer and reduced-motion listener are part of the test.
  { name: 'map-case-study-carousel', create: (src) => Object.assign(document.createElement('map-case-study-carousel'), { src, interval: 5000 }) },
  { name: 'map-bookmark-button', create: (src) => Object.assign(document.createElement('map-bookmark-button'), { src, itemId: 'news-regulation' }) },
  { name: 'map-bookmark-list', create: () => document.createElement('map-bookmark-list') },
  { name: 'map-rating-widget', create: () => Object.assign(document.createElement('map-rating-widget'), { comment: true }) },
  {
    name: 'map-feed with a news list inside',
    create: (src) => {
      const feed = Object.assign(document.createElement('map-feed'), { src });
      feed.append(document.createElement('map-news-list'));
      return feed;
    },
    inner: (node) => node.querySelector('map-news-list')!,
  },
];

async function quiet(): Promise<void> {
  await nextTask();
  await frames();
  await nextTask();
}

async function cycle(node: HTMLElement, subject: Subject): Promise<void> {
  document.body.append(node);
  await (subject.inner?.(node) ?? (node as LitElement)).updateComplete;
  node.remove();
}

function heap(): number | undefined {
  return (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
}

function expectWithin(label: string, before: LiveCounts, after: LiveCounts): void {
  const grown = growth(before, after);
  for (const [what, count] of Object.entries(grown)) {
    expect(count, `${label}: ${what} left behind (${JSON.stringify(grown)})`).to.be.at.most(TOLERANCE);
  }
}

describe('hostile lifecycle: 1,000 connect/disconnect cycles', () => {
  const src = uniqueUrl('/test/fixtures/maps.json');

  before(async () => {
    await Promise.all([
      import('../../src/elements/feed/define.js'),
      import('../../src/elements/news-list/define.js'),
      import('../../src/elements/role-card/define.js'),
      import('../../src/elements/case-study-carousel/define.js'),
      import('../../src/elements/bookmark-button/define.js'),
      import('../../src/elements/bookmark-list/define.js'),
      import('../../src/elements/rating-widget/define.js'),
    ]);
    clearStoredValues();
  });

  for (const subject of SUBJECTS) {
    it(`${subject.name}: the same element moved in and out leaves nothing behind`, async function () {
      this.timeout(60_000);
      const node = subject.create(src);
      document.body.append(node);
      await settled(subject.inner?.(node) ?? (node as LitElement));
      node.remove();
      for (let i = 0; i < 10; i++) await cycle(node, subject);
      await quiet();
      const baseline = live();
      const heapBefore = heap();
      for (let i = 0; i < CYCLES; i++) await cycle(node, subject);
      await quiet();
      expectWithin(subject.name, baseline, live());
      const heapAfter = heap();
      if (heapBefore !== undefined && heapAfter !== undefined) {
        console.log(`${subject.name}: heap ${((heapAfter - heapBefore) / 1024).toFixed(0)} KiB after ${CYCLES} cycles (no forced GC)`);
      }
    });

    it(`${subject.name}: 1,000 new elements created, shown and removed leave nothing behind`, async function () {
      this.timeout(60_000);
      for (let i = 0; i < 10; i++) await cycle(subject.create(src), subject);
      await quiet();
      const baseline = live();
      for (let i = 0; i < CYCLES / 10; i++) await cycle(subject.create(src), subject);
      await quiet();
      const atTenth = live();
      for (let i = CYCLES / 10; i < CYCLES; i++) await cycle(subject.create(src), subject);
      await quiet();
      const atEnd = live();
      expectWithin(subject.name, baseline, atEnd);
      // Not growing with N: the last 900 cycles keep no more than the first 100 did.
      expectWithin(`${subject.name} (cycles 100 to 1000)`, atTenth, atEnd);
    });
  }

  it('the counters notice a leak (a listener added on connect and never removed)', async () => {
    class Leaky extends HTMLElement {
      // A deliberate leak, to prove the counters see one.
      connectedCallback() {
        // eslint-disable-next-line wc/require-listener-teardown
        window.addEventListener('resize', () => undefined);
        setInterval(() => undefined, 60_000);
      }
    }
    customElements.define('hostile-leaky-element', Leaky);
    const baseline = live();
    for (let i = 0; i < 20; i++) {
      const node = document.createElement('hostile-leaky-element');
      document.body.append(node);
      node.remove();
    }
    const grown = growth(baseline, live());
    expect(grown.listeners).to.equal(20);
    expect(grown.intervals).to.equal(20);
  });
});
