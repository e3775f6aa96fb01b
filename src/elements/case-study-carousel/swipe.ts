import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A horizontal finger movement shorter than this is a tap or a wobble, not a swipe. */
const SWIPE_THRESHOLD_PX = 48;

/**
 * Changing slides by swiping with a finger or pen; with a mouse, dragging selects text as usual
 * and the buttons change slides. The host binds `listener` to the slides' `pointerdown`,
 * `pointerup` and `pointercancel`.
 */
export class SlideSwipe implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #step: (by: 1 | -1) => void;
  #start: { pointerId: number; x: number; y: number } | undefined;

  /** `step`: shows the next slide (1) or the previous one (-1). */
  constructor(host: ReactiveControllerHost & Element, step: (by: 1 | -1) => void) {
    this.#host = host;
    this.#step = step;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#start = undefined;
  }

  readonly listener = (event: PointerEvent): void => {
    if (event.type === 'pointerdown') {
      if (event.isPrimary && event.pointerType !== 'mouse') {
        this.#start = { pointerId: event.pointerId, x: event.clientX, y: event.clientY };
      }
      return;
    }
    const start = this.#start;
    if (event.type === 'pointercancel') this.#start = undefined;
    if (event.type !== 'pointerup' || !start || start.pointerId !== event.pointerId) return;
    this.#start = undefined;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (Math.abs(dx) < SWIPE_THRESHOLD_PX || Math.abs(dx) <= Math.abs(dy)) return;
    // Content follows the finger: swiping towards the start edge brings in what comes next.
    const towardsStart = getComputedStyle(this.#host).direction === 'rtl' ? dx > 0 : dx < 0;
    this.#step(towardsStart ? 1 : -1);
  };
}
