import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { readFeed } from '../../src/feed/document.js';
import { validateFeed } from '../../src/feed/validate.js';

/**
 * Every real feed in the corpus (test/fixtures/feed-corpus.json says where each comes from) read
 * as the elements read it, from its bytes with no charset given, and checked against what a
 * person reads in the file.
 */
interface Expected {
  file: string;
  format?: string;
  encoding?: string;
  items?: number;
  dated?: number;
  first?: { title?: string; url: string | null; written: string | null; published: string | null };
  error?: string;
}
const corpus = JSON.parse(readFileSync(new URL('../fixtures/feed-corpus.json', import.meta.url), 'utf8')) as {
  packages: Record<string, string>;
  feeds: Expected[];
};
const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const pathOf = (file: string) => {
  const [scope, ...rest] = file.split('/');
  return join(packageDir(scope!), ...rest);
};
const FEED_FILE = /\.(xml|rss|atom|rdf|html)$/;

describe('the corpus of real feeds', () => {
  it('lists every feed file the corpus packages ship', () => {
    const shipped = [
      ['feed-corpus-rss-parser', 'test/input'],
      ['feed-corpus-feedparser', 'test/feeds'],
      ['feed-corpus-feedparser', 'test-old/feeds'],
      ['feed-corpus-feedparser', ''],
    ].flatMap(([name, dir]) =>
      readdirSync(join(packageDir(name!), dir!))
        .filter((f) => FEED_FILE.test(f))
        .map((f) => `${name}/${dir ? `${dir}/` : ''}${f}`),
    );
    assert.deepEqual(corpus.feeds.map((f) => f.file).sort(), shipped.sort());
    assert.ok(corpus.feeds.length >= 50);
  });

  it('holds every format and encoding the issue names', () => {
    const formats = new Set(corpus.feeds.map((f) => f.format));
    for (const format of ['RSS 0.92', 'RSS 1.0', 'RSS 2.0', 'Atom 1.0', 'Atom 0.3']) assert.ok(formats.has(format), format);
    const encodings = new Set(corpus.feeds.map((f) => f.encoding));
    for (const encoding of ['utf-8', 'windows-1252', 'windows-1251']) assert.ok(encodings.has(encoding), encoding);
  });

  for (const expected of corpus.feeds) {
    it(`reads ${expected.file}`, async () => {
      const bytes = new Uint8Array(readFileSync(pathOf(expected.file)));
      if (expected.error) {
        await assert.rejects(readFeed(bytes), (error: Error) => error instanceof SyntaxError && error.message.includes(expected.error!));
        return;
      }
      const read = await readFeed(bytes);
      assert.equal(read.format, expected.format);
      assert.equal(read.encoding.split(' ')[0], expected.encoding);
      const feed = validateFeed(read.document, 'https://feed.invalid/');
      const items = (read.document as { items: { id?: string; url?: string }[] }).items;
      assert.equal(items.length, expected.items);
      assert.equal(feed.news.filter((n) => n.published !== undefined).length, expected.dated);
      if (!expected.first) return;
      const firstId = items[0]!.id ?? items[0]!.url;
      const first = feed.news.find((n) => n.id === firstId)!;
      assert.equal(first.title, expected.first.title);
      assert.equal(first.url ?? null, expected.first.url);
      assert.equal(first.published === undefined ? null : new Date(first.published).toISOString(), expected.first.published);
    });
  }

  it('reads the Brazilian feed that declares nothing as UTF-8, and as its server says when it says', async () => {
    const bytes = new Uint8Array(readFileSync(pathOf('feed-corpus-rss-parser/test/input/uolNoticias.rss')));
    const title = async (type?: string) =>
      ((await readFeed(bytes, type)).document as { items: { title: string }[] }).items[0]!.title;
    assert.match(await title(), /simula\ufffd\ufffdes/);
    assert.match(await title('application/rss+xml; charset=ISO-8859-1'), /simulações de 2º turno/);
  });
});
