/**
 * Code says why, not when or for which ticket: issue numbers and the dates of a change belong in
 * its commit message, where they stay true. Dates inside examples ("such as 2026-12-05") are fine.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CODE = /\.(ts|tsx|js|mjs|cjs)$/;
const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => CODE.test(file) && !file.includes('node_modules/') && !file.startsWith('test/fixtures/') && !file.endsWith('.d.ts') && file !== 'test/node/comments.test.ts');

/** Comment text only: `//` lines and block comments, each line with its number. */
function comments(text: string): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  const pattern = /\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/[^\n]*/g;
  for (const match of text.matchAll(pattern)) {
    const line = text.slice(0, match.index).split('\n').length;
    match[0].split('\n').forEach((part, i) => found.push([line + i, part]));
  }
  return found;
}

const ISSUE = /\bissues? #?\d+/i;
const CHANGE_DATE = /(?:\b(?:measured|on|since|as of)\s+|\()\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* 20\d\d\b/;

describe('code comments', () => {
  it('name no issue numbers and no dates of a change', () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const [line, text] of comments(readFileSync(`${root}${file}`, 'utf8'))) {
        if (ISSUE.test(text) || CHANGE_DATE.test(text)) problems.push(`${file}:${line}: ${text.trim()}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('finds them where they are', () => {
    const sample = [
      'const a = 1; // the budget in issue 6',
      '/* measured 30 Nov 2026 */',
      "const url = 'https://example.org/issue 7'; // fine",
      '// (6 Dec 2026), so its budget',
      '// such as 2026-12-05, or 5 December 2026 in a sentence',
    ].join('\n');
    const hits = comments(sample).filter(([, text]) => ISSUE.test(text) || CHANGE_DATE.test(text));
    assert.deepEqual(hits.map(([line]) => line), [1, 2, 4]);
  });
});
