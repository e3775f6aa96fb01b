import { expect } from '@open-wc/testing';
import { encodeEnvelope, readEnvelope } from './envelope.js';
import { readSavedCopy, writeSavedCopy, forgetSavedCopy, SAVED_COPY_VERSION } from '../feed/saved-copy.js';

describe('the { v, data } envelope', () => {
  it('round-trips data, and tells what is not JSON from JSON that is no envelope', () => {
    expect(readEnvelope(encodeEnvelope({ a: [1] }, 3))).to.deep.equal({ v: 3, data: { a: [1] } });
    expect(readEnvelope('{"v":1,"data":')).to.equal(undefined);
    expect(readEnvelope('{"data":1}')).to.equal(null);
    expect(readEnvelope('[1]')).to.equal(null);
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
