/**
 * A resize observer on one element that can stand aside while something renders.
 *
 * A render can run in the middle of the browser's resize-observer step: WebKit runs a promise
 * reaction that native code queued (a feed's `response.json()` resolving, say) only when it next
 * calls a script, and that can be a resize observer's callback, ours or any other on the page.
 * The render then resizes an element that is being watched and was already measured in that
 * step, and the browser reports "ResizeObserver loop completed with undelivered notifications"
 * as an uncaught error on the page (in WebKit under load it failed a test; on a trust's site it
 * would reach whatever collects the page's errors). So whoever renders calls `soon()` first:
 * the watch stops, and starts again at the next animation frame, which runs before that step, so
 * the fresh observation is measured with the render done. A new observation always reports once,
 * so no change is missed.
 */
export class BoxWatch {
  readonly #observer: ResizeObserver;
  readonly #target: Element;
  #frame = 0;

  constructor(target: Element, callback: () => void) {
    this.#target = target;
    this.#observer = new ResizeObserver(callback);
  }

  /** Stops watching now (a render is about to change the box) and starts again at the next frame. */
  soon(): void {
    this.#observer.unobserve(this.#target);
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (this.#target.isConnected) this.#observer.observe(this.#target);
    });
  }

  /** Stops watching, until the next `soon()`. */
  stop(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#observer.disconnect();
  }
}
