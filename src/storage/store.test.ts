import { expect } from '@open-wc/testing';
import { createStore, store, type StorageStatus } from './store.js';
// The collections these tests use are registered by their owners.
import './bookmarks.js';
import './ratings.js';
import { captureWarnings } from '../../test/helpers/console.js';
import { FillingStorage, useStoredKeys } from '../../test/helpers/storage.js';

/** What another tab's write looks like to this page: the value lands, then a storage event. */
function writeFromAnotherTab(key: string, newValue: string | null): void {
  const oldValue = localStorage.getItem(key);
  if (newValue === null) localStorage.removeItem(key);
  else localStorage.setItem(key, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue, storageArea: localStorage }));
}

const envelope = (data: unknown) => JSON.stringify({ v: 1, data });

describe('store', () => {
  useStoredKeys('things', 'copy', 'shared', 'throws', 'tabbed', 'list', 'damaged');

  it('keeps values in localStorage under a namespaced, versioned envelope', () => {
    const a = createStore();
    expect(a.get('things')).to.equal(undefined);
    a.set('things', { list: [1, 2] });
    expect(JSON.parse(localStorage.getItem('map-embed:things')!)).to.deep.equal({ v: 1, data: { list: [1, 2] } });
    expect(a.get('things')).to.deep.equal({ list: [1, 2] });
    expect(a.status).to.equal('persistent');
    a.remove('things');
    expect(localStorage.getItem('map-embed:things')).to.equal(null);
    expect(a.get('things')).to.equal(undefined);
  });

  it('hands out copies, so changing a value read does not change the stored one', () => {
    store.set('copy', { n: 1 });
    const read = store.get<{ n: number }>('copy')!;
    read.n = 2;
    expect(store.get('copy')).to.deep.equal({ n: 1 });
  });

  it('tells subscribers of another instance on the page at once', () => {
    const a = createStore();
    const b = createStore();
    const seenByB: unknown[] = [];
    const seenByPageStore: unknown[] = [];
    const stopB = b.subscribe('shared', (value) => seenByB.push(value));
    const stopPage = store.subscribe('shared', (value) => seenByPageStore.push(value));
    a.set('shared', ['x']);
    expect(seenByB).to.deep.equal([['x']]);
    expect(seenByPageStore).to.deep.equal([['x']]);
    expect(b.get('shared')).to.deep.equal(['x']);
    a.remove('shared');
    expect(seenByB).to.deep.equal([['x'], undefined]);
    stopB();
    a.set('shared', ['y']);
    expect(seenByB).to.have.length(2);
    expect(seenByPageStore).to.have.length(3);
    stopPage();
  });

  it('keeps notifying the others when one subscriber throws', () => {
    const seen: unknown[] = [];
    const originalOnError = window.onerror;
    const reported: unknown[] = [];
    window.onerror = (_message, _source, _line, _column, error) => {
      reported.push(error);
      return true;
    };
    const stopBad = store.subscribe('throws', () => {
      throw new Error('listener bug');
    });
    const stopGood = store.subscribe('throws', (value) => seen.push(value));
    try {
      expect(() => store.set('throws', 1)).not.to.throw();
      expect(seen).to.deep.equal([1]);
      expect(reported).to.have.length(1);
    } finally {
      window.onerror = originalOnError;
      stopBad();
      stopGood();
    }
  });

  it('follows another tab through the storage event', () => {
    const seen: unknown[] = [];
    const stop = store.subscribe('tabbed', (value) => seen.push(value));
    writeFromAnotherTab('map-embed:tabbed', envelope({ from: 'other tab' }));
    expect(seen).to.deep.equal([{ from: 'other tab' }]);
    expect(store.get('tabbed')).to.deep.equal({ from: 'other tab' });
    writeFromAnotherTab('map-embed:tabbed', null);
    expect(seen).to.deep.equal([{ from: 'other tab' }, undefined]);
    writeFromAnotherTab('unrelated-key', 'x');
    expect(seen).to.have.length(2);
    stop();
  });

  it('update() starts from another tab’s latest write, so neither change is lost', () => {
    store.set('list', ['mine']);
    // The other tab writes without this page hearing about it yet (the event arrives later).
    localStorage.setItem('map-embed:list', envelope(['mine', 'theirs']));
    const result = store.update<string[]>('list', (current = []) => [...current, 'another of mine']);
    expect(result).to.deep.equal(['mine', 'theirs', 'another of mine']);
    expect(JSON.parse(localStorage.getItem('map-embed:list')!).data).to.deep.equal(result);
  });

  it('works from memory when localStorage is blocked, and says so once', () => {
    const warnings = captureWarnings();
    try {
      const blockedStorage = (): Storage => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      const a = createStore(blockedStorage);
      const b = createStore(blockedStorage);
      expect(a.status).to.equal('blocked');
      expect(a.get('x')).to.equal(undefined);
      const seen: unknown[] = [];
      b.subscribe('x', (value) => seen.push(value));
      expect(() => a.set('x', { kept: true })).not.to.throw();
      expect(a.get('x')).to.deep.equal({ kept: true });
      expect(b.get('x')).to.deep.equal({ kept: true });
      expect(seen).to.deep.equal([{ kept: true }]);
      expect(a.update<number>('n', (n = 0) => n + 1)).to.equal(1);
      expect(localStorage.getItem('map-embed:x')).to.equal(null);
      expect(warnings.messages.filter((m) => m.includes('SecurityError'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('keeps working from memory when the quota is hit mid-write, and recovers when room is freed', () => {
    const warnings = captureWarnings();
    try {
      const storage = new FillingStorage(1);
      const a = createStore(storage);
      const statuses: StorageStatus[] = [];
      a.onStatus((status) => statuses.push(status));
      a.set('first', 1);
      expect(a.status).to.equal('persistent');
      expect(() => a.set('second', 2)).not.to.throw();
      expect(a.status).to.equal('full');
      expect(statuses).to.deep.equal(['full']);
      expect(a.get('second')).to.equal(2);
      expect(storage.getItem('map-embed:second')).to.equal(null);
      a.set('second', 3);
      expect(a.get('second')).to.equal(3);
      expect(warnings.messages.filter((m) => m.includes('full'))).to.have.length(1);

      storage.writesLeft = 2;
      a.set('first', 10);
      expect(a.status).to.equal('persistent');
      expect(statuses).to.deep.equal(['full', 'persistent']);
      expect(JSON.parse(storage.getItem('map-embed:second')!).data).to.equal(3);
    } finally {
      warnings.restore();
    }
  });

  it('never overwrites or removes a value written by a newer version; keeps the change for the visit', () => {
    const warnings = captureWarnings();
    try {
      const future = JSON.stringify({ v: 2, data: ['future'] });
      localStorage.setItem('map-embed:damaged', future);
      const a = createStore();
      expect(a.get('damaged')).to.equal(undefined);
      a.update<string[]>('damaged', (current = []) => [...current, 'fresh']);
      expect(a.get('damaged')).to.deep.equal(['fresh']);
      expect(localStorage.getItem('map-embed:damaged')).to.equal(future);
      a.remove('damaged');
      expect(localStorage.getItem('map-embed:damaged')).to.equal(future);
      expect(warnings.messages.filter((m) => m.includes('newer version'))).to.have.length(1);
    } finally {
      localStorage.removeItem('map-embed:damaged');
      warnings.restore();
    }
  });

  for (const [name, raw] of [
    ['unparsable JSON', '{"v":1,"data":'],
    ['a version it does not know', JSON.stringify({ v: 'x', data: ['future'] })],
    ['a value without an envelope', JSON.stringify(['bare'])],
  ] as const) {
    it(`treats ${name} as corrupt: memory until the user changes it, then writes fresh`, () => {
      const warnings = captureWarnings();
      try {
        localStorage.setItem('map-embed:damaged', raw);
        const a = createStore();
        expect(a.get('damaged')).to.equal(undefined);
        expect(a.get('damaged')).to.equal(undefined);
        expect(a.status).to.equal('corrupt');
        expect(localStorage.getItem('map-embed:damaged')).to.equal(raw);
        expect(warnings.messages.filter((m) => m.includes('map-embed:damaged'))).to.have.length(1);

        a.update<string[]>('damaged', (current = []) => [...current, 'fresh']);
        expect(a.status).to.equal('persistent');
        expect(JSON.parse(localStorage.getItem('map-embed:damaged')!)).to.deep.equal({ v: 1, data: ['fresh'] });
      } finally {
        warnings.restore();
      }
    });
  }

  it('is one instance per page, shared by every copy of the module', () => {
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('map-embed.store.v2')]).to.equal(store);
  });

  describe('collections: one storage key per entry', () => {
    useStoredKeys('bookmarks', 'ratings');
    const mark = (id: string, savedAt: number) => ({ id, title: id, url: `https://example.org/${id}`, savedAt });
    const storedNames = (storage: Storage, prefix: string) =>
      Array.from({ length: storage.length }, (_, i) => storage.key(i)!).filter((name) => name.startsWith(prefix)).sort();

    it('keeps each bookmark and each rating under its own key, and reads them back as one value', () => {
      store.set('bookmarks', [mark('a', 1), mark('b/c', 2)]);
      expect(storedNames(localStorage, 'map-embed:bookmarks')).to.deep.equal(['map-embed:bookmarks/a', 'map-embed:bookmarks/b%2Fc']);
      expect(JSON.parse(localStorage.getItem('map-embed:bookmarks/a')!)).to.deep.equal({ v: 1, data: mark('a', 1) });
      expect(store.get('bookmarks'), 'newest first').to.deep.equal([mark('b/c', 2), mark('a', 1)]);
      store.update<Record<string, unknown>>('ratings', (all = {}) => ({ ...all, 'stars:x': { rating: 4 } }));
      expect(JSON.parse(localStorage.getItem('map-embed:ratings/stars%3Ax')!).data).to.deep.equal({ rating: 4 });
      expect(store.get('ratings')).to.deep.equal({ 'stars:x': { rating: 4 } });
      store.remove('bookmarks');
      expect(storedNames(localStorage, 'map-embed:bookmarks')).to.deep.equal([]);
      expect(store.get('bookmarks')).to.deep.equal([]);
    });

    it('keeps a key no owner registered as a collection as one value under one key', () => {
      const storage = new FillingStorage();
      const a = createStore(storage);
      a.set('notes', [mark('a', 1), mark('b', 2)]);
      expect(storedNames(storage, 'map-embed:notes')).to.deep.equal(['map-embed:notes']);
      expect(a.get('notes'), 'in the order written').to.deep.equal([mark('a', 1), mark('b', 2)]);
    });

    it('keeps an entry another tab wrote between this tab’s read and its write (no lock needed)', () => {
      // What two processes writing at one instant look like: the other tab's write lands after
      // this tab read the collection and before it wrote its own change.
      const storage = new FillingStorage();
      const a = createStore(storage);
      a.set('bookmarks', [mark('old', 1)]);
      a.update<unknown[]>('bookmarks', (current = []) => {
        storage.setItem('map-embed:bookmarks/theirs', envelope(mark('theirs', 2)));
        return [mark('mine', 3), ...current];
      });
      expect((a.get<{ id: string }[]>('bookmarks') ?? []).map((b) => b.id)).to.deep.equal(['mine', 'theirs', 'old']);
      a.update<Record<string, unknown>>('ratings', (all = {}) => {
        storage.setItem('map-embed:ratings/stars%3Atheirs', envelope({ rating: 2 }));
        return { ...all, 'stars:mine': { rating: 5 } };
      });
      expect(a.get('ratings')).to.deep.equal({ 'stars:mine': { rating: 5 }, 'stars:theirs': { rating: 2 } });
      // A removal removes only what this tab saw and took out.
      a.update<{ id: string }[]>('bookmarks', (current = []) => {
        storage.setItem('map-embed:bookmarks/late', envelope(mark('late', 4)));
        return current.filter((b) => b.id !== 'old');
      });
      expect((a.get<{ id: string }[]>('bookmarks') ?? []).map((b) => b.id)).to.deep.equal(['late', 'mine', 'theirs']);
    });

    it('splits a whole list saved by an earlier release into entries, once', () => {
      localStorage.setItem('map-embed:bookmarks', envelope([mark('one', 1), mark('two', 2)]));
      expect(store.get<{ id: string }[]>('bookmarks')!.map((b) => b.id)).to.deep.equal(['two', 'one']);
      expect(localStorage.getItem('map-embed:bookmarks')).to.equal(null);
      expect(storedNames(localStorage, 'map-embed:bookmarks/')).to.deep.equal(['map-embed:bookmarks/one', 'map-embed:bookmarks/two']);
    });

    it('leaves a whole list saved by a newer release alone, and saves new entries beside it', () => {
      const warnings = captureWarnings();
      try {
        const future = JSON.stringify({ v: 2, data: { format: 'unknown to this version' } });
        localStorage.setItem('map-embed:bookmarks', future);
        const a = createStore();
        expect(a.get('bookmarks')).to.deep.equal([]);
        expect(a.status).to.equal('corrupt');
        a.update<unknown[]>('bookmarks', (current = []) => [...current, mark('new', 1)]);
        expect(localStorage.getItem('map-embed:bookmarks')).to.equal(future);
        expect(a.get<{ id: string }[]>('bookmarks')!.map((b) => b.id)).to.deep.equal(['new']);
        expect(a.status).to.equal('persistent');
      } finally {
        localStorage.removeItem('map-embed:bookmarks');
        warnings.restore();
      }
    });

    it('keeps everything in sessionStorage when the page says <meta name="map-embed:storage" content="session">', () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'map-embed:storage', content: 'session' });
      document.head.append(meta);
      try {
        const a = createStore();
        a.set('bookmarks', [mark('shared-pc', 1)]);
        expect(sessionStorage.getItem('map-embed:bookmarks/shared-pc')).not.to.equal(null);
        expect(localStorage.getItem('map-embed:bookmarks/shared-pc')).to.equal(null);
        expect(a.get<{ id: string }[]>('bookmarks')!.map((b) => b.id)).to.deep.equal(['shared-pc']);
        a.remove('bookmarks');
        expect(sessionStorage.getItem('map-embed:bookmarks/shared-pc')).to.equal(null);
      } finally {
        meta.remove();
      }
    });
  });
});
