import { expect } from '@open-wc/testing';
import '../../src/elements/bookmark-button/define.js';
import '../../src/elements/bookmark-list/define.js';
import '../../src/elements/rating-widget/define.js';
import type { MapBookmarkButtonElement } from '../../src/elements/bookmark-button/bookmark-button.js';
import type { MapBookmarkListElement } from '../../src/elements/bookmark-list/bookmark-list.js';
import type { MapRatingWidgetElement } from '../../src/elements/rating-widget/rating-widget.js';
import { BOOKMARKS_KEY } from '../../src/storage/bookmarks.js';
import { QUEUE_KEY } from '../../src/delivery/delivery-queue.js';
import { RATINGS_KEY } from '../../src/storage/ratings.js';
import { ratingWidgetStrings } from '../../src/elements/rating-widget/rating-widget.strings.js';
import { storageStrings } from '../../src/storage/storage.strings.js';
import { captureWarnings } from '../helpers/console.js';
import { clearStoredValues, simulateFullStorage, useStoredKeys } from '../helpers/storage.js';
import { nextTask, trapUncaught } from './harness.js';
import { click, openPage } from './pages.js';
import { waitUntil } from '../helpers/wait.js';

/*
 * Storage that misbehaves, driven through the elements a reader uses: bookmark buttons, the
 * bookmark list and the rating widget. "Another tab" and "after a reload" are real pages of the
 * same origin in iframes (pages.ts), each with its own copy of map-embed.
 */

const STORED = (key: string) => `map-embed:${key}`;
const en = { ...storageStrings.en, ...ratingWidgetStrings.en };

type Widget = MapRatingWidgetElement;
const shadow = (el: Element) => el.shadowRoot!;
const pressed = (button: MapBookmarkButtonElement) => shadow(button).querySelector('[part~="button"]')!.getAttribute('aria-pressed');
const listTitles = (list: MapBookmarkListElement) =>
  [...shadow(list).querySelectorAll('[part~="item"] [part~="link"], [part~="item"] [part~="title"]')].map((a) => a.textContent!.trim());
const notice = (el: Element) => shadow(el).querySelector('[part~="storage-notice"]')?.textContent?.trim();

function mount<T extends HTMLElement>(tag: string, props: Record<string, unknown> = {}): T {
  const el = Object.assign(document.createElement(tag), props) as unknown as T;
  document.body.append(el);
  return el;
}

/** Chooses `stars` and presses "Send feedback", as a reader would. */
async function rate(widget: Widget, stars: number): Promise<void> {
  await click(shadow(widget).querySelectorAll('input[type="radio"]')[stars - 1]!);
  await click(shadow(widget).querySelector('[part~="submit"]')!);
  await waitUntil(() => shadow(widget).querySelector('[part~="thanks"]'), 'the widget thanks the reader');
}

/** The storage keys of a collection's entries (one key per entry: `map-embed:bookmarks/<id>`). */
function storedEntryKeys(key: string): string[] {
  return Object.keys(localStorage).filter((name) => name.startsWith(`${STORED(key)}/`));
}

function storedBookmarkIds(): string[] {
  return storedEntryKeys(BOOKMARKS_KEY)
    .map((name) => (JSON.parse(localStorage.getItem(name)!) as { data: { id: string } }).data.id)
    .sort();
}

describe('hostile storage', () => {
  useStoredKeys(BOOKMARKS_KEY, RATINGS_KEY, QUEUE_KEY);
  const mounted: Element[] = [];
  const track = <T extends Element>(el: T): T => (mounted.push(el), el);
  afterEach(() => {
    for (const el of mounted.splice(0)) el.remove();
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  describe('blocked (site data blocked by the visitor)', () => {
    it('bookmarks and lists for this visit, says so once, warns once, never throws', async () => {
      const page = await openPage({ storage: 'blocked' });
      const [button, list] = (await page.show(
        '<map-bookmark-button item-id="blocked-1" label="Blocked one" url="https://example.org/1"></map-bookmark-button>' +
          '<map-bookmark-list></map-bookmark-list>',
      )) as [MapBookmarkButtonElement, MapBookmarkListElement];
      expect(pressed(button)).to.equal('false');

      await click(shadow(button).querySelector('[part~="button"]')!);
      await waitUntil(() => pressed(button) === 'true', 'the button shows the bookmark');
      await waitUntil(() => listTitles(list).length === 1, 'the list shows the bookmark');
      expect(listTitles(list)).to.deep.equal(['Blocked one']);
      expect(notice(button)).to.equal(en['storage.bookmarks.memory']);
      expect(notice(list)).to.equal(en['storage.bookmarks.memory']);

      // Taken off again from the list: both follow, still from memory.
      await click(shadow(list).querySelector('[part~="remove"]')!);
      await waitUntil(() => pressed(button) === 'false', 'the button follows the removal');
      expect(listTitles(list)).to.deep.equal([]);

      const storageWarnings = page.win.__page.warnings.filter((w) => w.includes('storage'));
      expect(storageWarnings, storageWarnings.join('\n')).to.have.length(1);
      expect(storageWarnings[0]).to.contain('SecurityError');
      expect(page.win.__page.errors).to.deep.equal([]);
      // Nothing leaked into the real storage the blocked page could not reach.
      expect(storedBookmarkIds()).to.deep.equal([]);
    });

    it('rates, thanks and remembers the rating for the visit, saying it is not saved', async () => {
      const page = await openPage({ storage: 'blocked' });
      const [widget, twin] = (await page.show(
        '<map-rating-widget item-id="blocked-page"></map-rating-widget><map-rating-widget item-id="blocked-page"></map-rating-widget>',
      )) as [Widget, Widget];
      await rate(widget, 4);
      expect(shadow(widget).querySelector('[part~="status"]')!.textContent).to.contain(en['rating.thanks']);
      expect(notice(widget)).to.equal(en['storage.ratings.memory']);
      // The other widget for the same item knows too: it thanks instead of asking again.
      await waitUntil(() => shadow(twin).querySelector('[part~="thanks"]'), 'the twin widget follows');
      expect(page.win.__page.errors).to.deep.equal([]);
      expect(localStorage.getItem(STORED(RATINGS_KEY))).to.equal(null);
      expect(storedEntryKeys(RATINGS_KEY)).to.deep.equal([]);
    });
  });

  describe('quota exceeded mid-session', () => {
    it('keeps every bookmark made after storage filled, says so, and saves them all once there is room', async () => {
      const warnings = captureWarnings();
      const trap = trapUncaught();
      let restore: (() => void) | undefined;
      try {
        const buttons = [1, 2, 3, 4].map((n) =>
          track(mount<MapBookmarkButtonElement>('map-bookmark-button', { itemId: `quota-${n}`, label: `Quota ${n}`, url: `https://example.org/q${n}` })),
        );
        const list = track(mount<MapBookmarkListElement>('map-bookmark-list'));
        await Promise.all([...buttons, list].map((el) => el.updateComplete));

        await click(shadow(buttons[0]!).querySelector('[part~="button"]')!);
        await click(shadow(buttons[1]!).querySelector('[part~="button"]')!);
        await waitUntil(() => storedBookmarkIds().length === 2, 'the first two are saved');
        expect(notice(buttons[0]!)).to.equal(undefined);

        restore = simulateFullStorage();
        await click(shadow(buttons[2]!).querySelector('[part~="button"]')!);
        await click(shadow(buttons[3]!).querySelector('[part~="button"]')!);
        await waitUntil(() => listTitles(list).length === 4, 'the list shows all four');
        expect(buttons.map(pressed)).to.deep.equal(['true', 'true', 'true', 'true']);
        expect(notice(buttons[3]!)).to.equal(en['storage.bookmarks.memory']);
        expect(notice(list)).to.equal(en['storage.bookmarks.memory']);
        // What is stored is still the last complete list, never half a write.
        expect(storedBookmarkIds()).to.deep.equal(['quota-1', 'quota-2']);
        expect(warnings.messages.filter((m) => m.includes('full'))).to.have.length(1);

        restore();
        restore = undefined;
        // Room again: the next change writes everything kept in memory, and the notes go.
        await click(shadow(buttons[0]!).querySelector('[part~="button"]')!);
        await waitUntil(() => storedBookmarkIds().join() === 'quota-2,quota-3,quota-4', 'the memory is saved');
        await list.updateComplete;
        expect(notice(list)).to.equal(undefined);
        expect(listTitles(list)).to.deep.equal(['Quota 4', 'Quota 3', 'Quota 2']);
        expect(trap.errors).to.deep.equal([]);
      } finally {
        restore?.();
        warnings.restore();
        trap.dispose();
        clearStoredValues([BOOKMARKS_KEY]);
      }
    });
  });

  describe('corrupt saved data', () => {
    const CORRUPT: [string, string][] = [
      ['truncated JSON', '{"v":1,"data":[{"id":"x","title":"X"'],
      ['not JSON at all', 'undefined'],
      ['JSON without the envelope', '[{"id":"x","title":"X","url":"https://example.org","savedAt":1}]'],
      ['a future version', '{"v":99,"data":[]}'],
      ['the right envelope round the wrong shape', '{"v":1,"data":{"id":"x"}}'],
      ['entries of the wrong types', '{"v":1,"data":[null,7,"x",{"id":3},{"id":"ok","title":"Still here","url":"https://example.org/ok","savedAt":5}]}'],
    ];

    for (const [name, raw] of CORRUPT) {
      it(`bookmarks: ${name}: no throw, says so if unreadable, and the next bookmark writes a clean list`, async () => {
        localStorage.setItem(STORED(BOOKMARKS_KEY), raw);
        const warnings = captureWarnings();
        const trap = trapUncaught();
        try {
          const list = track(mount<MapBookmarkListElement>('map-bookmark-list'));
          const button = track(mount<MapBookmarkButtonElement>('map-bookmark-button', { itemId: 'fresh', label: 'Fresh', url: 'https://example.org/fresh' }));
          await Promise.all([list.updateComplete, button.updateComplete]);
          const readable = name.startsWith('entries') || name.startsWith('the right envelope');
          expect(shadow(list).textContent!.trim(), 'the list is never blank').not.to.equal('');
          if (readable) {
            // Readable, partly nonsense: the good entries stay, the rest are skipped.
            expect(listTitles(list)).to.deep.equal(name.startsWith('entries') ? ['Still here'] : []);
          } else {
            expect(notice(list)).to.equal(en['storage.bookmarks.corrupt']);
            // One warning naming the key per page and reason: a second, identical cause is not repeated.
            expect(warnings.messages.filter((m) => m.includes(STORED(BOOKMARKS_KEY))), 'warnings naming the key').to.have.length.at.most(1);
            if (name === CORRUPT[0]![0]) expect(warnings.messages.filter((m) => m.includes(STORED(BOOKMARKS_KEY)))).to.have.length(1);
          }
          await click(shadow(button).querySelector('[part~="button"]')!);
          await waitUntil(() => listTitles(list).includes('Fresh'), 'the new bookmark is listed');
          const stored = JSON.parse(localStorage.getItem(`${STORED(BOOKMARKS_KEY)}/fresh`)!) as { v: number; data: { id: string } };
          expect(stored.v).to.equal(1);
          expect(stored.data.id).to.equal('fresh');
          // The old whole-list value is gone (read into entries, or unreadable and replaced),
          // except a newer version's, which is never overwritten.
          expect(localStorage.getItem(STORED(BOOKMARKS_KEY))).to.equal(name === 'a future version' ? raw : null);
          if (name.startsWith('entries')) expect(storedBookmarkIds()).to.deep.equal(['fresh', 'ok']);
          await list.updateComplete;
          expect(notice(list)).to.equal(undefined);
          expect(trap.errors).to.deep.equal([]);
        } finally {
          warnings.restore();
          trap.dispose();
        }
      });
    }

    it('bookmarks: one entry with an impossible date (savedAt 1e16) is skipped with one warning; the rest stay listed', async () => {
      const good = { id: 'good', title: 'Still listed', url: 'https://example.org/good', savedAt: 5 };
      localStorage.setItem(STORED(BOOKMARKS_KEY), JSON.stringify({ v: 1, data: [{ ...good, id: 'bad', title: 'Bad date', savedAt: 1e16 }, good] }));
      const warnings = captureWarnings();
      const trap = trapUncaught();
      try {
        const list = track(mount<MapBookmarkListElement>('map-bookmark-list'));
        const button = track(mount<MapBookmarkButtonElement>('map-bookmark-button', { itemId: 'fresh', label: 'Fresh', url: 'https://example.org/fresh' }));
        await Promise.all([list.updateComplete, button.updateComplete]);
        expect(listTitles(list)).to.deep.equal(['Still listed']);
        await click(shadow(button).querySelector('[part~="button"]')!);
        await waitUntil(() => listTitles(list).length === 2, 'the new bookmark is listed');
        expect(listTitles(list)).to.deep.equal(['Fresh', 'Still listed']);
        expect(warnings.messages.filter((m) => m.includes('could not be read and are skipped'))).to.have.length.at.most(1);
        expect(trap.errors).to.deep.equal([]);
      } finally {
        warnings.restore();
        trap.dispose();
      }
    });

    it('ratings: unreadable memory of earlier ratings asks again, says so, and saves the new rating', async () => {
      localStorage.setItem(STORED(RATINGS_KEY), '{"v":1,"data":');
      const warnings = captureWarnings();
      const trap = trapUncaught();
      try {
        const widget = track(mount<Widget>('map-rating-widget', { itemId: 'corrupt-page' }));
        await widget.updateComplete;
        expect(shadow(widget).querySelector('[part~="submit"]'), 'it asks again').to.exist;
        expect(notice(widget)).to.equal(en['storage.ratings.corrupt']);
        await rate(widget, 2);
        const stored = JSON.parse(localStorage.getItem(`${STORED(RATINGS_KEY)}/stars%3Acorrupt-page`)!) as { data: { rating: number } };
        expect(stored.data.rating).to.equal(2);
        expect(warnings.messages.filter((m) => m.includes(STORED(RATINGS_KEY)))).to.have.length(1);
        expect(trap.errors).to.deep.equal([]);
      } finally {
        warnings.restore();
        trap.dispose();
      }
    });
  });

  describe('another tab writing at the same time', () => {
    it('each tab sees the other’s bookmarks at once, and interleaved writes lose nothing', async () => {
      const trap = trapUncaught();
      try {
        const here = track(mount<MapBookmarkButtonElement>('map-bookmark-button', { itemId: 'tab-a', label: 'From tab A', url: 'https://example.org/a' }));
        const shared = track(mount<MapBookmarkButtonElement>('map-bookmark-button', { itemId: 'tab-b', label: 'From tab B', url: 'https://example.org/b' }));
        const list = track(mount<MapBookmarkListElement>('map-bookmark-list'));
        await Promise.all([here, shared, list].map((el) => el.updateComplete));

        const other = await openPage();
        const [otherButton, otherShared, otherList] = (await other.show(
          '<map-bookmark-button item-id="tab-c" label="From tab C" url="https://example.org/c"></map-bookmark-button>' +
            '<map-bookmark-button item-id="tab-b" label="From tab B" url="https://example.org/b"></map-bookmark-button>' +
            '<map-bookmark-list></map-bookmark-list>',
        )) as [MapBookmarkButtonElement, MapBookmarkButtonElement, MapBookmarkListElement];

        // The other tab bookmarks B: this tab's button for B and its list follow.
        await click(shadow(otherShared).querySelector('[part~="button"]')!);
        await waitUntil(() => pressed(shared) === 'true', "this tab's button follows the other tab");
        await waitUntil(() => listTitles(list).join() === 'From tab B', "this tab's list follows the other tab");

        // Both tabs write in the same task: neither change may overwrite the other.
        shadow(here).querySelector<HTMLButtonElement>('[part~="button"]')!.click();
        shadow(otherButton).querySelector<HTMLButtonElement>('[part~="button"]')!.click();
        await waitUntil(() => storedBookmarkIds().length === 3, `all three stored; got ${storedBookmarkIds().join()}`);
        expect(storedBookmarkIds()).to.deep.equal(['tab-a', 'tab-b', 'tab-c']);
        await waitUntil(() => listTitles(list).length === 3 && listTitles(otherList).length === 3, 'both lists show all three');
        expect(listTitles(list)).to.deep.equal(listTitles(otherList));

        // This tab removes B: the other tab's button lets go of it too.
        await click(shadow(list).querySelectorAll('[part~="remove"]')[listTitles(list).indexOf('From tab B')]!);
        await waitUntil(() => pressed(otherShared) === 'false', "the other tab's button follows the removal");
        expect(storedBookmarkIds()).to.deep.equal(['tab-a', 'tab-c']);

        for (let i = 0; i < 3; i++) await nextTask();
        expect(other.win.__page.errors).to.deep.equal([]);
        expect(trap.errors).to.deep.equal([]);
      } finally {
        trap.dispose();
      }
    });

    it('a rating made in another tab turns this tab’s widget for the same item into thanks', async () => {
      const widget = track(mount<Widget>('map-rating-widget', { itemId: 'tabbed-page' }));
      await widget.updateComplete;
      expect(shadow(widget).querySelector('[part~="submit"]')).to.exist;
      const other = await openPage();
      const [otherWidget] = (await other.show('<map-rating-widget item-id="tabbed-page"></map-rating-widget>')) as [Widget];
      await rate(otherWidget, 5);
      await waitUntil(() => shadow(widget).querySelector('[part~="thanks"]'), 'this tab thanks instead of asking again');
      expect(shadow(widget).querySelector('[part~="thanks"]')!.textContent).to.contain('5');
    });
  });
});
