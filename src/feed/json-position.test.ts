import { expect } from '@open-wc/testing';
import { jsonErrorAt, jsonErrorOffset, jsonErrorPosition, positionAt } from './json-position.js';

describe('where JSON breaks (src/feed/json-position.ts)', () => {
  it('finds nothing wrong in what JSON.parse accepts', () => {
    for (const json of ['{}', '[]', ' null ', '{"a":[1,-2.5e3,"\\u00e9\\n",true,false,null,{}]}', '"x"', '0']) {
      expect(jsonErrorOffset(json), json).to.equal(undefined);
    }
    expect(jsonErrorAt('{"ok": true}')).to.equal('');
  });

  it('points at the first token that is wrong (a broken string: where it starts), as an editor counts lines and columns', () => {
    const cases: [string, number][] = [
      ['{"a":1,}', 7],
      ['[1 2]', 3],
      ['{"a" 1}', 5],
      ['{"a": 01}', 7],
      ['"tab\there"', 0],
      ['[1, "\\x"]', 4],
      ['{', 1],
      ['[1]]', 3],
      ['', 0],
    ];
    for (const [text, offset] of cases) expect(jsonErrorOffset(text), JSON.stringify(text)).to.equal(offset);
    expect(jsonErrorPosition('{\n  "a": 1\n  "b": 2\n}')).to.deep.equal({ line: 3, column: 3 });
    expect(positionAt('ab\r\ncd', 5)).to.deep.equal({ line: 2, column: 2 });
    expect(jsonErrorAt('{\n  "items": [\n')).to.equal(' at line 3, column 1');
  });

  it('handles a document nested a million deep without overflowing the stack', () => {
    expect(jsonErrorOffset('['.repeat(1_000_000))).to.equal(1_000_000);
    expect(jsonErrorOffset(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).to.equal(undefined);
  });
});
