import { expect } from '@open-wc/testing';
import {
  choiceProblem,
  headingLevelProblem,
  intervalAdjustment,
  intervalProblem,
  limitProblem,
  parseHeadingLevel,
  parseInterval,
  parseLimit,
  parseProfession,
  professionProblem,
} from './attributes.js';

describe('attribute parsers (src/core/attributes.ts)', () => {
  it('parseLimit: a whole number of 1 or more, the given default when absent', () => {
    expect(parseLimit(null, 5)).to.equal(5);
    expect(parseLimit(undefined, Infinity)).to.equal(Infinity);
    expect(parseLimit(' 12 ', 5)).to.equal(12);
    expect(parseLimit(3, 5)).to.equal(3);
    for (const bad of ['0', '-1', 'abc', '2.5', '', 0, NaN, Infinity]) expect(parseLimit(bad, 5), String(bad)).to.equal(undefined);
    expect(limitProblem('0', 5, 'error.limit-invalid')).to.deep.equal({
      warning: 'limit "0" is not a whole number of 1 or more.',
      key: 'error.limit-invalid',
      params: { value: '0' },
    });
    expect(limitProblem(null, Infinity, 'error.bookmark-limit')).to.equal(undefined);
  });

  it('parseHeadingLevel: 1 to 6', () => {
    expect(parseHeadingLevel('2', 3)).to.equal(2);
    expect(parseHeadingLevel(6, 3)).to.equal(6);
    for (const bad of ['0', '7', '2.5', 'h2', '']) expect(parseHeadingLevel(bad, 3), String(bad)).to.equal(undefined);
    // Not set, or removed (Lit sets the property to null): the element's default.
    expect(parseHeadingLevel(null, 3)).to.equal(3);
    expect(parseHeadingLevel(undefined, 2)).to.equal(2);
    expect(headingLevelProblem('9', 3)!.warning).to.equal('heading-level "9" is not a whole number from 1 to 6.');
    expect(headingLevelProblem('4', 3)).to.equal(undefined);
    expect(headingLevelProblem(null, 3)).to.equal(undefined);
  });

  it('parseInterval: absent, empty and 0 are no slide show; anything else not a number ≥ 0 is wrong', () => {
    expect(parseInterval(undefined)).to.equal(0);
    expect(parseInterval('')).to.equal(0);
    expect(parseInterval(0)).to.equal(0);
    expect(parseInterval(' 8000 ')).to.equal(8000);
    for (const bad of ['-1', '5s', 'Infinity', '1e400']) {
      expect(parseInterval(bad), bad).to.equal(undefined);
      expect(intervalProblem(bad)!.key, bad).to.equal('error.interval-invalid');
    }
    expect(intervalProblem('8')).to.equal(undefined);
  });

  it('parseInterval: raises 1–4,999 ms to 5,000 ms, with a warning naming the value', () => {
    for (const fast of ['1', '8', 8, '4999', '0.5']) expect(parseInterval(fast), String(fast)).to.equal(5000);
    expect(parseInterval('5000')).to.equal(5000);
    expect(intervalAdjustment('8')).to.equal(
      'interval "8" is faster than one slide every 5000 ms (it is in milliseconds, not seconds); using 5000 ms.',
    );
    expect(intervalAdjustment('5000')).to.equal(undefined);
    expect(intervalAdjustment('0')).to.equal(undefined);
    expect(intervalAdjustment(undefined)).to.equal(undefined);
    expect(intervalAdjustment('soon')).to.equal(undefined);
  });

  it('parseInterval: lowers anything over 60,000 ms to 60,000 ms, so the timer cannot overflow', () => {
    expect(parseInterval('60000')).to.equal(60000);
    for (const slow of ['60001', '4294967297', 2 ** 31, '1e300']) expect(parseInterval(slow), String(slow)).to.equal(60000);
    expect(intervalAdjustment('4294967297')).to.equal('interval "4294967297" is longer than 60000 ms; using 60000 ms.');
  });

  it('parseProfession and professionProblem: trimmed ids; unknown ones named; missing only when required', () => {
    expect(parseProfession(' physician-associate ')).to.equal('physician-associate');
    expect(parseProfession(undefined)).to.equal('');
    expect(parseProfession('  ')).to.equal('');
    expect(parseProfession('nurse')).to.equal(undefined);
    expect(professionProblem(undefined)).to.equal(undefined);
    expect(professionProblem('physician-associate', true)).to.equal(undefined);
    expect(professionProblem(' nurse ')).to.deep.include({ warning: 'profession "nurse" is not one of: ' +
      'advanced-critical-care-practitioner, physician-assistant-anaesthesia, physician-associate, surgical-care-practitioner.', key: 'error.profession-unknown' });
    expect(professionProblem('', true)!.key).to.equal('error.profession-missing');
  });

  it('choiceProblem: one of a few words', () => {
    expect(choiceProblem('layout', 'full', ['compact', 'full'], 'error.layout-invalid')).to.equal(undefined);
    expect(choiceProblem('layout', 'wide', ['compact', 'full'], 'error.layout-invalid')).to.deep.equal({
      warning: 'layout "wide" is not one of: compact, full.',
      key: 'error.layout-invalid',
      params: { value: 'wide' },
    });
  });
});
