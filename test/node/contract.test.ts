/**
 * The submission contract (`map-embed/contract`): what the widgets send is what the collector
 * accepts, with the same limits and messages the collector answers 400 with.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import {
  bookmarkChangeBody,
  bookmarkChangeSubmission,
  COMMENT_LIMIT,
  ITEM_ID_LIMIT,
  ratingBody,
  ratingSubmission,
  TITLE_LIMIT,
  URL_LIMIT,
  type BookmarkChangeSubmission,
  type RatingSubmission,
} from '../../src/contract.js';

const ID = '0F8FAD5B-D9CB-469F-A165-70867728950E';
const rating: RatingSubmission = {
  submissionId: ID,
  itemId: 'role-physician-associate',
  rating: 4,
  comment: '  Clear and useful.  ',
  pageUrl: 'https://www.example.nhs.uk/maps?from=home',
  submittedAt: '2025-03-03T10:15:00+01:00',
};
const change: BookmarkChangeSubmission = {
  submissionId: ID,
  itemId: 'leaflet-42',
  bookmarked: true,
  title: 'PA leaflet',
  url: '/leaflets/pa.pdf',
  changedAt: '2025-03-03T10:15:00.000Z',
};

/** The first problem as the collector answers it: `[field, message]`. */
function firstProblem(schema: v.GenericSchema, body: unknown): [string | null, string] | undefined {
  const result = v.safeParse(schema, body, { abortEarly: true });
  if (result.success) return undefined;
  const key = result.issues[0].path?.[0]?.key;
  return [typeof key === 'string' ? key : null, result.issues[0].message];
}

describe('the submission contract', () => {
  it('reads what the widgets send: id in lower case, comment trimmed, time in UTC', () => {
    assert.deepEqual(v.parse(ratingBody, rating), {
      submissionId: ID.toLowerCase(),
      itemId: 'role-physician-associate',
      rating: 4,
      comment: 'Clear and useful.',
      pageUrl: 'https://www.example.nhs.uk/maps?from=home',
      submittedAt: '2025-03-03T09:15:00.000Z',
    });
    assert.equal(v.parse(ratingSubmission, rating).submittedAt, '2025-03-03T09:15:00.000Z');
    assert.deepEqual(v.parse(bookmarkChangeBody, change), { ...change, submissionId: ID.toLowerCase() });
    assert.ok(v.is(bookmarkChangeSubmission, change));
  });

  it('ignores unknown fields, so a newer widget still works with an older collector', () => {
    assert.equal('extra' in v.parse(ratingBody, { ...rating, extra: 1 }), false);
  });

  it('lets a collector take what only a widget must send: pageUrl, submittedAt, title and url', () => {
    const { pageUrl: _p, submittedAt: _s, ...bare } = rating;
    assert.deepEqual(v.parse(ratingBody, { ...bare, comment: null }), { submissionId: ID.toLowerCase(), itemId: rating.itemId, rating: 4, comment: null });
    assert.equal(firstProblem(ratingSubmission, bare)?.[0], 'pageUrl');
    assert.equal(v.parse(bookmarkChangeBody, { ...change, title: null, url: undefined }).title, null);
    assert.equal(firstProblem(bookmarkChangeSubmission, { ...change, title: null })?.[0], 'title');
  });

  it('names the first bad field with the message the collector answers', () => {
    const cases: [unknown, string | null, string][] = [
      [[1, 2], null, 'The body must be a JSON object.'],
      [null, null, 'The body must be a JSON object.'],
      [{ ...rating, submissionId: 'not-a-uuid', rating: 9 }, 'submissionId', 'submissionId must be a UUID.'],
      [{ ...rating, itemId: '   ' }, 'itemId', 'itemId must be a non-empty string.'],
      [{ ...rating, itemId: 'x'.repeat(ITEM_ID_LIMIT + 1) }, 'itemId', `itemId must be at most ${ITEM_ID_LIMIT} characters.`],
      [{ ...rating, rating: 2.5 }, 'rating', 'rating must be a whole number from 1 to 5, or "yes" or "no".'],
      [{ ...rating, rating: '4' }, 'rating', 'rating must be a whole number from 1 to 5, or "yes" or "no".'],
      [{ ...rating, comment: 'x'.repeat(COMMENT_LIMIT + 1) }, 'comment', `comment must be at most ${COMMENT_LIMIT} characters.`],
      [{ ...rating, comment: 5 }, 'comment', 'comment must be a string.'],
      [{ ...rating, pageUrl: 'x'.repeat(URL_LIMIT + 1) }, 'pageUrl', `pageUrl must be at most ${URL_LIMIT} characters.`],
      [{ ...rating, submittedAt: '2025-02-30T10:00:00Z' }, 'submittedAt', 'submittedAt must be an ISO 8601 date and time, such as 2025-03-03T10:15:00.000Z.'],
      [{ ...rating, submittedAt: '2025-03-03' }, 'submittedAt', 'submittedAt must be an ISO 8601 date and time, such as 2025-03-03T10:15:00.000Z.'],
      [{ ...rating, submittedAt: null }, 'submittedAt', 'submittedAt must be an ISO 8601 date and time, such as 2025-03-03T10:15:00.000Z.'],
    ];
    for (const [body, field, message] of cases) assert.deepEqual(firstProblem(ratingBody, body), [field, message], JSON.stringify(body).slice(0, 60));
    const changes: [unknown, string, string][] = [
      [{ ...change, bookmarked: 'yes' }, 'bookmarked', 'bookmarked must be true or false.'],
      [{ ...change, title: 'x'.repeat(TITLE_LIMIT + 1) }, 'title', `title must be at most ${TITLE_LIMIT} characters.`],
      [{ ...change, changedAt: undefined }, 'changedAt', 'changedAt must be an ISO 8601 date and time, such as 2025-03-03T10:15:00.000Z.'],
    ];
    for (const [body, field, message] of changes) assert.deepEqual(firstProblem(bookmarkChangeBody, body), [field, message]);
  });

  it('takes a comment of exactly the limit and an item id of exactly the limit', () => {
    assert.equal(firstProblem(ratingBody, { ...rating, itemId: 'x'.repeat(ITEM_ID_LIMIT), comment: 'x'.repeat(COMMENT_LIMIT) }), undefined);
  });
});
