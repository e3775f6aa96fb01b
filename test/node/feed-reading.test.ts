import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/cli.js';
import { readFeed } from '../../src/feed/document.js';
import { decodeXml, feedDate, MAX_DEPTH, readXmlFeed, syndicationToJsonFeed } from '../../src/feed/syndication.js';
import { parseRfc3339, validateFeed } from '../../src/feed/validate.js';

/** windows-1252's own characters this test writes (bytes 0x80–0x9f, where it is not ISO-8859-1). */
const CP1252: Record<string, number> = { '€': 0x80, '“': 0x93, '”': 0x94, '–': 0x96 };

/** Text as bytes in ISO-8859-1 or windows-1252 (written out here, not with the TextDecoder under test). */
function encode(text: string, encoding: 'latin1' | 'windows-1252'): Uint8Array {
  return new Uint8Array(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80 || (code >= 0xa0 && code < 0x100)) return code;
      return (encoding === 'windows-1252' ? CP1252[c] : undefined) ?? assert.fail(`${c} is not in ${encoding}`);
    }),
  );
}

const rss = (declaration: string, title: string) =>
  `<?xml version="1.0"${declaration}?><rss version="2.0"><channel><title>T</title><item><guid>a</guid><title>${title}</title></item></channel></rss>`;
const titleOf = async (bytes: Uint8Array, type?: string) =>
  ((await readFeed(bytes, type)).document as { items: { title: string }[] }).items[0]!.title;

describe('declared encodings', () => {
  it('decodes by the XML declaration when the server names no charset (ISO-8859-1, windows-1252)', async () => {
    const latin1 = encode(rss(' encoding="ISO-8859-1"', 'Reações dos partidos'), 'latin1');
    assert.equal(await titleOf(latin1), 'Reações dos partidos');
    assert.equal((await readFeed(latin1)).encoding, 'windows-1252 (XML declaration: "ISO-8859-1")');
    const cp1252 = encode(rss(' encoding="windows-1252"', '“Smart” quotes – and £5 €'), 'windows-1252');
    assert.equal(await titleOf(cp1252, 'application/rss+xml'), '“Smart” quotes – and £5 €');
  });

  it('lets the HTTP charset win over the declaration, and a byte-order mark over both (RFC 7303)', async () => {
    const bytes = encode(rss(' encoding="utf-8"', 'Café'), 'latin1');
    assert.equal(await titleOf(bytes, 'application/rss+xml; charset="iso-8859-1"'), 'Café');
    const utf8 = new TextEncoder().encode(`\ufeff${rss(' encoding="ISO-8859-1"', 'Café')}`);
    assert.equal(await titleOf(utf8, 'text/xml; charset=iso-8859-1'), 'Café');
    assert.equal(decodeXml(utf8, 'text/xml; charset=iso-8859-1').decodedAs.from, 'byte-order mark');
  });

  it('reads UTF-16 with a byte-order mark, and UTF-8 when nothing is declared', async () => {
    const text = `\ufeff${rss('', 'Ŵyn')}`;
    const utf16le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) new DataView(utf16le.buffer).setUint16(i * 2, text.charCodeAt(i), true);
    assert.equal(await titleOf(utf16le), 'Ŵyn');
    assert.equal(await titleOf(new TextEncoder().encode(rss('', 'Ŵyn'))), 'Ŵyn');
  });

  it('refuses an encoding nothing can decode, naming it', async () => {
    const bytes = new TextEncoder().encode(rss(' encoding="x-klingon"', 'A'));
    await assert.rejects(readFeed(bytes), /XML declaration names the encoding "x-klingon", which cannot be decoded/);
    await assert.rejects(readFeed(new TextEncoder().encode(rss('', 'A')), 'text/xml; charset=bogus'), /HTTP Content-Type names the encoding "bogus"/);
  });

  it('keeps JSON UTF-8 whatever the server says', async () => {
    const json = new TextEncoder().encode('{"version":"https://jsonfeed.org/version/1.1","title":"Café","items":[]}');
    const read = await readFeed(json, 'application/feed+json; charset=iso-8859-1');
    assert.equal((read.document as { title: string }).title, 'Café');
    assert.equal(read.format, 'JSON');
  });
});

describe('dates real CMSs write', () => {
  const instant = (value: string) => {
    const time = parseRfc3339(feedDate(value));
    return time === undefined ? undefined : new Date(time).toISOString();
  };

  it('reads RFC 822 with full month and day names, no day name, and UT/GMT/BST/EST-style zones', () => {
    assert.equal(instant('Sun, 12 August 2012 10:00:00 EST'), '2012-08-12T15:00:00.000Z');
    assert.equal(instant('Tue, 11 Mar 2025 09:30:00 GMT'), '2025-03-11T09:30:00.000Z');
    assert.equal(instant('07 Nov 2015 12:00:00 EST'), '2015-11-07T17:00:00.000Z');
    assert.equal(instant('Thursday, 5 June 2025 14:15 BST'), '2025-06-05T13:15:00.000Z');
    assert.equal(instant('5 Sept 2025 08:00:00 UT'), '2025-09-05T08:00:00.000Z');
    assert.equal(instant('Fri, 19 May 2017 21:05:02 +0530'), '2017-05-19T15:35:02.000Z');
    assert.equal(instant('Wed, 02 Oct 2002 15:00:00 +02:00'), '2002-10-02T13:00:00.000Z');
    assert.equal(instant('Tue, 1 Jul 2003 10:52:37 -0700 (PDT)'), '2003-07-01T17:52:37.000Z');
    assert.equal(instant('12 August 2012'), '2012-08-12T00:00:00.000Z');
  });

  it('reads RFC 3339 and W3C-DTF (dc:date), seconds optional', () => {
    assert.equal(instant('2017-06-15T10:29:47-07:00'), '2017-06-15T17:29:47.000Z');
    assert.equal(instant('2006-12-14T10:17-07:00'), '2006-12-14T17:17:00.000Z');
    assert.equal(instant('2016-06-03T07:38:00.000-07:00'), '2016-06-03T14:38:00.000Z');
    assert.equal(instant('2025-03-11'), '2025-03-11T00:00:00.000Z');
  });

  it('never guesses: numeric day/month, two-digit years, zoneless times, other languages, impossible dates', () => {
    for (const value of [
      '03/11/2025',
      '11/03/2025 10:00',
      '03 Apr 02 1500 GMT',
      'Tue, 11 Mar 25 09:30:00 GMT',
      'Tue, 11 Mar 2025 09:30:00',
      'Seg, 24 Set 2018 19:12:00 -0300',
      'Tue, 11 Mar 2025 09:30:00 IST',
      'Mon, 30 February 2025 10:00:00 GMT',
      '2025-03-11T10:00',
    ]) {
      assert.equal(instant(value), undefined, value);
    }
  });

  it('leaves an unreadable date undated with the warning it has always had', () => {
    const { feed } = syndicationToJsonFeed(rss('', 'A').replace('</title></item>', '</title><pubDate>03/11/2025</pubDate></item>'));
    const checked = validateFeed(feed, 'https://feed.invalid/');
    assert.equal(checked.news[0]!.published, undefined);
    assert.match(checked.problems[0]!.message, /"03\/11\/2025" is not an RFC 3339 date/);
  });
});

describe('RSS 1.0 (RDF)', () => {
  const rdf = `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel rdf:about="https://trust.example/"><title>Trust news</title><link>https://trust.example/</link>
    <dc:language>en-GB</dc:language><items><rdf:Seq><rdf:li rdf:resource="https://trust.example/a"/></rdf:Seq></items></channel>
  <item rdf:about="https://trust.example/a"><title>New &lt;b&gt;roles&lt;/b&gt;</title><link>https://trust.example/a</link>
    <dc:date>2025-03-11T10:00:00+00:00</dc:date><dc:subject>Physician associate</dc:subject><dc:subject>workforce</dc:subject>
    <content:encoded><![CDATA[<p>Full <script>alert(1)</script><em>text</em></p>]]></content:encoded></item>
  <item rdf:about="javascript:alert(1)"><title>Bad link</title><link>javascript:alert(1)</link><dc:date>2025-01-01</dc:date></item>
</rdf:RDF>`;

  it('reads items beside the channel: rdf:about, dc:date, dc:subject, content:encoded as text, safe URLs', async () => {
    const read = await readFeed(new TextEncoder().encode(rdf));
    assert.equal(read.format, 'RSS 1.0');
    const feed = validateFeed(read.document, 'https://trust.example/feed.rdf');
    assert.equal(feed.title, 'Trust news');
    assert.equal(feed.language, 'en-GB');
    const [first, second] = feed.news;
    assert.deepEqual(
      { id: first!.id, title: first!.title, url: first!.url, summary: first!.summary, tags: first!.tags, published: first!.published },
      {
        id: 'https://trust.example/a',
        title: 'New roles',
        url: 'https://trust.example/a',
        summary: 'Full text',
        tags: ['Physician associate', 'workforce'],
        published: Date.parse('2025-03-11T10:00:00Z'),
      },
    );
    assert.equal(second!.url, undefined);
  });

  it('names what it read: RSS 0.9x/1.0/2.0, Atom 1.0/0.3', () => {
    assert.equal(syndicationToJsonFeed(rss('', 'A').replace('version="2.0"', 'version="0.91"')).format, 'RSS 0.91');
    assert.equal(syndicationToJsonFeed(rdf).format, 'RSS 1.0');
    assert.throws(() => syndicationToJsonFeed('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'), /RDF but not an RSS 1.0/);
  });
});

describe('hostile XML', () => {
  const nested = (depth: number) =>
    `<rss version="2.0"><channel><title>T</title><item><title>x</title><description>${'<b>'.repeat(depth)}${'</b>'.repeat(depth)}</description></item></channel></rss>`;

  it('refuses 200,000 nested elements with a plain message, not a stack overflow', async () => {
    await assert.rejects(readFeed(new TextEncoder().encode(nested(200_000))), (error: Error) => {
      assert.ok(error instanceof SyntaxError);
      assert.match(error.message, /too deeply nested/);
      return true;
    });
  });

  it('still reads nesting as deep as real feeds go', () => {
    assert.equal((syndicationToJsonFeed(nested(MAX_DEPTH - 10)).feed as { items: unknown[] }).items.length, 1);
  });

  it('ignores entity declarations and external entities', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]>${rss('', '&b;&x;').replace(/^<\?xml[^>]*>/, '')}`;
    const { feed } = syndicationToJsonFeed(laughs);
    assert.equal((feed as { items: { title: string }[] }).items[0]!.title, '&b;&x;');
  });
});

describe('a big feed read in slices', () => {
  it('lets other tasks run while it reads, and reads the same feed as in one go', async () => {
    const items = Array.from(
      { length: 20_000 },
      (_, i) => `<item><guid>n${i}</guid><title>Item ${i} &amp; more</title><link>https://trust.example/${i}</link><description>&lt;p&gt;${'Words here. '.repeat(30)}&lt;/p&gt;</description><pubDate>Tue, 11 Mar 2025 09:30:00 GMT</pubDate></item>`,
    ).join('');
    const text = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const read = await readXmlFeed(new TextEncoder().encode(text));
    clearInterval(timer);
    assert.ok(ticks > 0, 'a timer ran while the feed was read');
    assert.deepEqual(read.feed, syndicationToJsonFeed(text).feed);
    assert.equal((read.feed as { items: unknown[] }).items.length, 20_000);
  });
});

describe('map-embed validate names the format and the encoding', () => {
  const corpusFile = (path: string) => fileURLToPath(import.meta.resolve(`feed-corpus-rss-parser/package.json`)).replace(/package\.json$/, path);

  async function validate(file: string) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(['validate', file, '--json'], { out: (l) => out.push(l), err: (l) => err.push(l), fetch, timeoutMs: 1000 });
    return { code, report: JSON.parse(out.join('\n')) as { format?: string; encoding?: string; items: { total: number } } };
  }

  it('prints "RSS 1.0" and the encoding for the science journal’s RDF feed, and ISO-8859-1 read as windows-1252', async () => {
    const rdf = await validate(corpusFile('test/input/rss-1.rss'));
    assert.equal(rdf.code, 0);
    assert.deepEqual([rdf.report.format, rdf.report.encoding, rdf.report.items.total], ['RSS 1.0', 'utf-8 (XML declaration: "UTF-8")', 69]);
    const latin1 = await validate(corpusFile('test/input/encoding.rss'));
    assert.deepEqual([latin1.report.format, latin1.report.encoding], ['RSS 2.0', 'windows-1252 (XML declaration: "ISO-8859-1")']);
  });

  it('says so in the summary line', async () => {
    const out: string[] = [];
    await run(['validate', corpusFile('test/input/heise.atom')], { out: (l) => out.push(l), err: () => {}, fetch, timeoutMs: 1000 });
    assert.match(out.at(-1)!, /heise\.atom \(Atom 1\.0 in utf-8 \(XML declaration: "utf-8"\)\): 15 items, 15 valid/);
  });
});
