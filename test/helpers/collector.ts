/** Starting the real collector (`map-embed collect`) from browser tests: test/server/collector-plugin.js. */
import { executeServerCommand } from '@web/test-runner-commands';

export interface TestCollector {
  id: string;
  url: string;
}

/** Starts a collector that accepts this page's origin; with `again`, restarts it on its data and port. */
export async function startCollector(again?: TestCollector): Promise<TestCollector> {
  const started = await executeServerCommand<{ id: string }, { origin: string; id?: string }>('map-collector-start', {
    origin: location.origin,
    id: again?.id,
  });
  if (!started) throw new Error('map-collector-start is not available: is collectorPlugin() in web-test-runner.config.js?');
  // Bounded: the plugin gives up on a collector that has not started within 150 s (a first start
  // creates the database; on a loaded 2-core machine that has taken over a minute).
  for (let i = 0; i < 700; i++) {
    const ready = await executeServerCommand<{ state: string; url?: string; error?: string }, { id: string }>('map-collector-ready', { id: started.id });
    if (ready?.state === 'ready') return { id: started.id, url: ready.url! };
    if (ready?.state !== 'starting') throw new Error(`the collector did not start: ${ready?.error}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the collector did not start in time');
}

/** Kills the collector at once (SIGKILL), as a crash or a pulled cable would. */
export async function stopCollector(collector: TestCollector): Promise<void> {
  await executeServerCommand('map-collector-stop', { id: collector.id });
}

export async function postRating(collector: TestCollector, body: Record<string, unknown>): Promise<number> {
  const response = await fetch(`${collector.url}/ratings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.status;
}

export function ratingFor(itemId: string, rating: number | 'yes' | 'no'): Record<string, unknown> {
  return {
    submissionId: crypto.randomUUID(),
    itemId,
    rating,
    pageUrl: location.href.split('#')[0],
    submittedAt: new Date().toISOString(),
  };
}
