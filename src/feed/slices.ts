/**
 * Long feed work (reading an 8 MB RSS document, checking 20,000 items) written as generators that
 * yield between small steps, so the same code runs in one go (the CLI, a saved copy shown at once)
 * or in slices with a task boundary between them (a fetched feed), which keeps the page answering
 * input while a big feed is read.
 */

/** How long work runs before it lets the page respond (input, painting): well under a 50 ms long task. */
export const SLICE_MS = 25;

/** Runs `work` to its end in one go. */
export function runToEnd<T>(work: Generator<void, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** When the current slice began: shared, so work that follows a sliced job knows what it has left. */
let sliceStart = 0;

/** Lets the page respond first when the current slice has run its time; otherwise carries on at once. */
export async function breathe(): Promise<void> {
  if (performance.now() - sliceStart <= SLICE_MS) return;
  await nextTask();
  sliceStart = performance.now();
}

/** Runs `work` to its end in slices of about {@link SLICE_MS}, a new task for each. */
export async function runInSlices<T>(work: Generator<void, T>): Promise<T> {
  sliceStart = performance.now();
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    await breathe();
  }
}
