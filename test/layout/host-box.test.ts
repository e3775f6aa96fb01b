/**
 * An element that renders during the browser's resize-observer step causes no "ResizeObserver loop"
 * error. WebKit runs promise reactions that native code queued (a feed's `response.json()`) at the
 * next script it calls, which can be a resize observer's callback: a render then lands inside that
 * step. Here a page's own observer makes the render happen there, in every engine.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/news-list/define.js';
import type { MapNewsListElement } from '../../src/elements/news-list/news-list.js';
import { settled } from '../helpers/render.js';
import { trapUncaught } from '../helpers/console.js';
import { frames, waitUntil } from '../helpers/wait.js';

describe('the host box watch', () => {
  it('lets the element render inside a resize-observer callback with no loop error, and still fills a stretched host', async () => {
    const row = document.createElement('div');
    row.style.cssText = 'display: grid; grid-template-columns: 1fr 1fr; align-items: stretch;';
    const list = Object.assign(document.createElement('map-news-list') as MapNewsListElement, { src: '/test/fixtures/maps.json', limit: 1 });
    const trigger = document.createElement('div');
    trigger.textContent = 'trigger';
    // Not stretched: the page's observer sees only its own first report, not the list growing.
    trigger.style.alignSelf = 'start';
    row.append(list, trigger);
    document.body.append(row);
    const trap = trapUncaught();
    try {
      await settled(list);
      // The host's box is watched again one frame after a render; let its first report pass.
      await frames(3);
      const before = list.getBoundingClientRect().height;
      const items = () => list.shadowRoot!.querySelectorAll('[part~="item"]').length;
      expect(items()).to.equal(1);

      // The page's observer, at the host's depth, sees the trigger first: its callback makes the
      // list render (in the microtasks that follow the callback), so the host grows in the step.
      const page = new ResizeObserver(() => {
        list.limit = 3;
      });
      page.observe(trigger);
      await waitUntil(() => items() === 3, 'the list renders three items');
      await frames(3);
      page.disconnect();

      expect(list.getBoundingClientRect().height, 'the host grew').to.be.greaterThan(before);
      expect(trap.errors, 'no error on the page').to.deep.equal([]);
      // The list's wrapper fills its host, which the grid row stretches: the box watch still runs.
      const root = list.shadowRoot!.querySelector('.root')!;
      expect(root.classList.contains('fill')).to.equal(true);
    } finally {
      trap.dispose();
      row.remove();
    }
  });
});
