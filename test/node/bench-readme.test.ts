/** bench/README.md's "Latest run" table is generated from bench/results.json, never edited by hand. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { resultsMarkdown, withResults } from '../../scripts/bench-report.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('bench/README.md', () => {
  it('holds the table bench/results.json gives', () => {
    const readme = read('bench/README.md');
    const results = JSON.parse(read('bench/results.json'));
    assert.equal(readme, withResults(readme, resultsMarkdown(results)), 'run `node scripts/bench-report.js` after editing results.json');
  });

  it('marks a missed budget, and one that is only reported', () => {
    const markdown = resultsMarkdown({
      date: '2026-12-06T03:00:00.000Z',
      seconds: 40,
      machine: { cpus: 2, cpu: 'AMD EPYC', browser: 'Chromium 1', node: 'v20.20.2', platform: 'linux x64' },
      figures: [
        { figure: 'a | b', value: '1.30×', budget: '≤ 1.15×', pass: false },
        { figure: 'c', value: '+9 ms', budget: '≤ +1 round trip', pass: false, enforced: false },
      ],
    });
    assert.match(markdown, /\| a \\\| b \| 1\.30× \| ≤ 1\.15× \| FAIL \|/);
    assert.match(markdown, /\| c \| \+9 ms \| ≤ \+1 round trip \| over \(reported, not enforced\) \|/);
    assert.match(markdown, /^Run of 2026-12-06 03:00 UTC on 2 × AMD EPYC, Chromium 1, Node 20\.20\.2, linux x64; 40 s\./);
  });
});
