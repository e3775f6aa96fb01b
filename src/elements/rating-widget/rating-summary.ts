/**
 * `<map-rating-widget show-summary>`: reads what visitors have said so far from the collector
 * (`GET <endpoint>/summary?item=<id>`, as `map-embed collect` answers it) and words it.
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { KeysOf, Translate } from '../../i18n/i18n.js';
import type { ratingWidgetStrings } from './rating-widget.strings.js';

export interface RatingSummary {
  /** Number of star ratings. */
  stars: number;
  /** Average of the star ratings, or null when there are none. */
  average: number | null;
  /** "Yes" answers to "Is this page useful?". */
  yes: number;
}

/** How long the summary may take before the widget gives up on it (and shows nothing). */
const SUMMARY_TIMEOUT_MS = 10_000;

/** `<endpoint>/summary?item=<itemId>`: the endpoint's path with `/summary` added, its query replaced. */
export function summaryUrl(endpoint: string, itemId: string): string {
  const url = new URL(endpoint);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/summary`;
  url.search = '';
  url.hash = '';
  url.searchParams.set('item', itemId);
  return url.href;
}

const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

/** The summary in the collector's answer, or undefined when the answer is not one. */
export function toRatingSummary(json: unknown): RatingSummary | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { average, stars, useful } = json as { average?: unknown; stars?: Record<string, unknown>; useful?: Record<string, unknown> };
  if (typeof stars !== 'object' || stars === null || typeof useful !== 'object' || useful === null) return undefined;
  const perStar = ['1', '2', '3', '4', '5'].map((n) => count(stars[n]));
  const yes = count(useful.yes);
  if (perStar.includes(undefined) || yes === undefined) return undefined;
  const total = (perStar as number[]).reduce((a, b) => a + b, 0);
  const mean = typeof average === 'number' && average >= 1 && average <= 5 ? average : null;
  if (total > 0 && mean === null) return undefined;
  return { stars: total, average: total > 0 ? mean : null, yes };
}

/**
 * Reads the summary; undefined when it cannot be read (offline, an error, a timeout, not JSON, or
 * `signal` aborted because the widget now shows another endpoint or item).
 */
async function fetchRatingSummary(endpoint: string, itemId: string, signal: AbortSignal): Promise<RatingSummary | undefined> {
  const abort = new AbortController();
  const timeout = setTimeout(() => abort.abort(), SUMMARY_TIMEOUT_MS);
  signal.addEventListener('abort', () => abort.abort(), { once: true });
  try {
    const response = await fetch(summaryUrl(endpoint, itemId), {
      credentials: 'omit',
      headers: { accept: 'application/json' },
      signal: abort.signal,
    });
    return response.ok ? toRatingSummary(await response.json()) : undefined;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timeout);
  }
}

/** "Rated 4.2 out of 5 by 37 people" / "37 people found this useful"; undefined when no one has. */
export function summaryText(
  t: Translate<KeysOf<typeof ratingWidgetStrings>>,
  mode: string,
  summary: RatingSummary,
): string | undefined {
  const people = (n: number) => n.toLocaleString('en-GB');
  if (mode === 'useful') {
    if (!summary.yes) return undefined;
    return t(summary.yes === 1 ? 'rating.summary.useful.one' : 'rating.summary.useful', { n: people(summary.yes) });
  }
  if (!summary.stars || summary.average === null) return undefined;
  return t(summary.stars === 1 ? 'rating.summary.stars.one' : 'rating.summary.stars', {
    n: people(summary.stars),
    average: summary.average.toFixed(1),
  });
}

/**
 * The summary for the host, as a @lit/task Task (like FeedController's feed): read once per
 * endpoint and item, again when either changes (`endpoint` undefined: none is shown). A read for
 * an endpoint or item no longer shown is aborted and its answer dropped; while a read is under way
 * nothing is shown.
 */
export class RatingSummaryReader {
  readonly #task: Task<[string | undefined, string], RatingSummary | undefined>;

  constructor(host: ReactiveControllerHost, source: () => { endpoint: string | undefined; itemId: string }) {
    this.#task = new Task(host, {
      args: () => {
        const { endpoint, itemId } = source();
        return [endpoint, itemId];
      },
      task: ([endpoint, itemId], { signal }) => (endpoint ? fetchRatingSummary(endpoint, itemId, signal) : initialState),
    });
  }

  get value(): RatingSummary | undefined {
    return this.#task.status === TaskStatus.COMPLETE ? this.#task.value : undefined;
  }
}
