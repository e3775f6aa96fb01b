/**
 * Counts what a page holds on to: event listeners, timers, animation frames and observers.
 * Install before the code under test creates any, then compare `live()` snapshots.
 */

export interface LiveCounts {
  listeners: number;
  timeouts: number;
  intervals: number;
  frames: number;
  observers: number;
}

type Key = string;

const listenerKeys = new WeakMap<EventTarget, Set<Key>>();
const listenerIds = new WeakMap<object, number>();
/** Every target that has ever had a listener, held weakly so counting keeps nothing alive. */
const targets = new Set<WeakRef<EventTarget>>();
const timeouts = new Set<number>();
const intervals = new Set<number>();
const frames = new Set<number>();
const observing = new Set<object>();
let installed = false;

let nextId = 1;
function keyOf(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): Key {
  const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
  if (!listener) return `${type}|null|${capture}`;
  let id = listenerIds.get(listener);
  if (id === undefined) listenerIds.set(listener, (id = nextId++));
  return `${type}|${id}|${capture}`;
}

export function installCounters(): void {
  if (installed) return;
  installed = true;

  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (listener) {
      const key = keyOf(type, listener, options);
      let keys = listenerKeys.get(this);
      if (!keys) {
        listenerKeys.set(this, (keys = new Set()));
        targets.add(new WeakRef(this));
      }
      if (!keys.has(key)) {
        keys.add(key);
        const signal = typeof options === 'object' ? options.signal : undefined;
        if (signal) {
          add.call(signal, 'abort', () => keys!.delete(key), { once: true });
        }
      }
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if (listener) listenerKeys.get(this)?.delete(keyOf(type, listener, options));
    return remove.call(this, type, listener, options);
  };

  const setTimeout_ = window.setTimeout.bind(window);
  const clearTimeout_ = window.clearTimeout.bind(window);
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id: number = setTimeout_(
      (...a: unknown[]) => {
        timeouts.delete(id);
        if (typeof handler === 'function') (handler as (...x: unknown[]) => void)(...a);
      },
      delay,
      ...args,
    );
    timeouts.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    clearTimeout_(id);
  }) as typeof window.clearTimeout;

  const setInterval_ = window.setInterval.bind(window);
  const clearInterval_ = window.clearInterval.bind(window);
  window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = setInterval_(handler, delay, ...args);
    intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    clearInterval_(id);
  }) as typeof window.clearInterval;

  const raf = window.requestAnimationFrame.bind(window);
  const caf = window.cancelAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => {
    const id = raf((time) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    frames.delete(id);
    caf(id);
  };

  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
    const Original = window[name] as unknown as { prototype: { observe: (...a: unknown[]) => void; disconnect: () => void } };
    const observe = Original.prototype.observe;
    const disconnect = Original.prototype.disconnect;
    Original.prototype.observe = function (this: object, ...a: unknown[]) {
      observing.add(this);
      return observe.apply(this, a);
    };
    Original.prototype.disconnect = function (this: object) {
      observing.delete(this);
      return disconnect.call(this);
    };
  }
}

/**
 * Listeners that can outlive an element: those on window, document, connected nodes and non-node
 * targets (media queries, channels). A removed element's own shadow-DOM listeners are not leaks:
 * they go with the element when nothing else holds it.
 */
function liveListeners(): number {
  let count = 0;
  for (const ref of targets) {
    const target = ref.deref();
    if (!target) {
      targets.delete(ref);
      continue;
    }
    if (target instanceof Node && !target.isConnected) continue;
    count += listenerKeys.get(target)?.size ?? 0;
  }
  return count;
}

export function live(): LiveCounts {
  return { listeners: liveListeners(), timeouts: timeouts.size, intervals: intervals.size, frames: frames.size, observers: observing.size };
}

/** `after - before`, field by field. */
export function growth(before: LiveCounts, after: LiveCounts): LiveCounts {
  return {
    listeners: after.listeners - before.listeners,
    timeouts: after.timeouts - before.timeouts,
    intervals: after.intervals - before.intervals,
    frames: after.frames - before.frames,
    observers: after.observers - before.observers,
  };
}
