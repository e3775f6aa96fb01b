import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

/**
 * The carousel's automatic slide show: its timer and everything that stops or pauses it, as the
 * element's JSDoc promises. It never starts by itself when the person prefers reduced motion
 * (checked at start and whenever the preference changes; `toggle()` still starts it); it pauses
 * while the pointer is over the carousel; it stops for good when keyboard focus enters the
 * carousel, until the person starts it again (a mouse click that focuses a control does not
 * count: the pointer is already pausing it, and counting it would turn a click on "Stop" into
 * "Start"); and it waits while focus is on something in the slides, so the focused link is never
 * hidden from under the person.
 *
 * The host binds `listener` to the carousel region's `focusin`, `focusout`, `keydown`,
 * `pointerenter` and `pointerleave`; the slides are the box with class `slides` inside it, and
 * the rotation control has the part `rotation`.
 */
export class SlideRotation implements ReactiveController {
  readonly #host: Host;
  readonly #interval: () => number;
  readonly #advance: () => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #motion: MediaQueryList | undefined;
  /** The person stopped the slide show (the control, or keyboard focus entering). */
  #stopped = false;
  /** The person started it, which overrides a preference for reduced motion. */
  #started = false;
  #reducedMotion = false;
  #hovered = false;
  /** Focus is on something in the slides: rotating would hide it and drop focus to the page. */
  #focusInSlides = false;
  #keyboardInside = false;

  /**
   * `interval`: milliseconds between slides, or 0 when this carousel has no slide show (no
   * interval, or a single slide). `advance`: shows the next slide.
   */
  constructor(host: Host, interval: () => number, advance: () => void) {
    this.#host = host;
    this.#interval = interval;
    this.#advance = advance;
    host.addController(this);
  }

  /** Whether this carousel has a slide show at all (and so a rotation control). */
  get available(): boolean {
    return this.#interval() > 0;
  }

  /** Whether the slide show is switched on: the rotation control offers "Stop". */
  get on(): boolean {
    return this.available && !this.#stopped && (!this.#reducedMotion || this.#started);
  }

  /** Whether slides are changing by themselves right now. */
  get running(): boolean {
    return this.on && !this.#hovered && !this.#focusInSlides && this.#host.isConnected;
  }

  /** The rotation control: stops a slide show that is on, starts one that is not. */
  toggle(): void {
    const on = this.on;
    this.#stopped = on;
    this.#started = !on;
    this.#host.requestUpdate();
  }

  /** The person changed slide: a running slide show waits a full interval before moving on. */
  restart(): void {
    this.#stopTimer();
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#motion = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.#reducedMotion = this.#motion.matches;
    this.#motion.addEventListener('change', this.listener);
    // A carousel moved in the page keeps its state but needs its timer back.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#motion?.removeEventListener('change', this.listener);
    this.#motion = undefined;
    this.#stopTimer();
    // The pointer cannot be over a carousel that is not in the page, and no leave event will come.
    this.#hovered = false;
    this.#focusInSlides = false;
    this.#keyboardInside = false;
  }

  hostUpdated(): void {
    if (this.running) this.#timer ??= setTimeout(this.#tick, this.#interval());
    else this.#stopTimer();
  }

  /** Follows the pointer, focus, keys and the reduced-motion preference. */
  readonly listener = (event: Event): void => {
    const { on, running } = this;
    switch (event.type) {
      case 'change':
        this.#reducedMotion = (event as MediaQueryListEvent).matches;
        break;
      case 'pointerenter':
      case 'pointerleave':
        this.#hovered = event.type === 'pointerenter';
        break;
      case 'focusin':
        this.#focusIn(event as FocusEvent);
        break;
      case 'focusout':
        this.#focusOut(event as FocusEvent);
        break;
      case 'keydown':
        this.#keyDown(event);
        break;
    }
    if (this.on !== on || this.running !== running) this.#host.requestUpdate();
  };

  #tick = (): void => {
    this.#timer = undefined;
    this.#advance();
  };

  #stopTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #stopForKeyboard(): void {
    if (!this.on) return;
    this.#stopped = true;
    this.#started = false;
  }

  #focusIn(event: FocusEvent): void {
    const target = event.target as Element;
    this.#focusInSlides = target.closest('.slides') !== null;
    if (!target.matches(':focus-visible')) return;
    const carousel = event.currentTarget as Element;
    const from = event.relatedTarget as Node | null;
    const entering = !this.#keyboardInside || !from || !carousel.contains(from);
    this.#keyboardInside = true;
    if (entering) this.#stopForKeyboard();
  }

  #focusOut(event: FocusEvent): void {
    const to = event.relatedTarget as Element | null;
    if (!to?.closest('.slides')) this.#focusInSlides = false;
    if (!to || !(event.currentTarget as Element).contains(to)) this.#keyboardInside = false;
  }

  /**
   * A key pressed on a control that a click focused means the keyboard is in the carousel now,
   * though no focus event says so. On the rotation control the key does what its label says.
   */
  #keyDown(event: Event): void {
    if (this.#keyboardInside) return;
    this.#keyboardInside = true;
    if (!(event.target as Element).matches('[part~="rotation"]')) this.#stopForKeyboard();
  }
}
