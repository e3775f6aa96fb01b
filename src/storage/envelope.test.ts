import { expect } from '@open-wc/testing';
import { decodeEnvelope, encodeEnvelope, isNewerEnvelope } from './envelope.js';
import { readSavedCopy, writeSavedCopy, forgetSavedCopy, SAVED_COPY_VERSION } from '../feed/saved-copy.js';

describe('the { v, data } envelope', () => {
  it('round-trips data of its version and says why anything else is not one', () => {
    expect(decodeEnvelope(encodeEnvelope({ a: [1] }, 3), 3)).to.deep.equal({ ok: true, data: { a: [1] } });
    expect(decodeEnvelope('{"v":1,"data":', 1)).to.deep.equal({ ok: false, reason: 'it is not valid JSON' });
    expect(decodeEnvelope('{"data":1}', 1)).to.deep.equal({ ok: false, reason: 'it is not a map-embed value' });
    expect(decodeEnvelope('{"v":2,"data":1}', 1)).to.deep.equal({ ok: false, reason: 'it has version 2, not 1' });
  });

  it('tells a newer release’s value from an older or unreadable one', () => {
    expect(isNewerEnvelope('{"v":2,"data":1}', 1)).to.equal(true);
    expect(isNewerEnvelope('{"v":1,"data":1}', 1)).to.equal(false);
    expect(isNewerEnvelope('not json', 1)).to.equal(false);
    expect(isNewerEnvelope(null, 1)).to.equal(false);
  });

  it('wraps the saved feed copies too; a copy in another version is not read', () => {
    const url = 'https://example.org/envelope-test.json';
    try {
      writeSavedCopy(url, '{"items":[]}', 5);
      const stored = JSON.parse(localStorage.getItem(`map-embed-feed-copy:${url}`)!) as unknown;
      expect(stored).to.deep.equal({ v: SAVED_COPY_VERSION, data: { url, text: '{"items":[]}', savedAt: 5 } });
      expect(readSavedCopy(url)).to.deep.equal({ text: '{"items":[]}', savedAt: 5 });
      // As version 1 kept it: the fields beside `v`.
      localStorage.setItem(`map-embed-feed-copy:${url}`, JSON.stringify({ v: 1, url, text: '{"items":[]}', savedAt: 5 }));
      expect(readSavedCopy(url)).to.equal(undefined);
    } finally {
      forgetSavedCopy(url);
    }
  });
});
