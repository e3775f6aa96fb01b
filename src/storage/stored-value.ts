import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { store as pageStore, type StorageStatus, type Store } from './store.js';

/**
 * Keeps an element's view of one store key and of the store's status current: the host
 * re-renders when the key changes on this page or in another tab, or when storage starts or
 * stops working. Subscribed only while connected, so removed elements are not kept alive.
 */
export class StoredValue<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #key: string;
  readonly #store: Store;
  #value: T | undefined;
  #unsubscribe: (() => void)[] = [];

  constructor(host: ReactiveControllerHost, key: string, store: Store = pageStore) {
    this.#host = host;
    this.#key = key;
    this.#store = store;
    host.addController(this);
  }

  /** The current value (as last read or announced); undefined when nothing is stored. */
  get value(): T | undefined {
    return this.#value;
  }

  get status(): StorageStatus {
    return this.#store.status;
  }

  /** Read-modify-write through the store; every instance (this one included) hears the result. */
  update(fn: (current: T | undefined) => T): T {
    return this.#store.update(this.#key, fn);
  }

  hostConnected(): void {
    this.#value = this.#store.get<T>(this.#key);
    this.#unsubscribe = [
      this.#store.subscribe<T>(this.#key, (value) => {
        this.#value = value;
        this.#host.requestUpdate();
      }),
      this.#store.onStatus(() => this.#host.requestUpdate()),
    ];
  }

  hostDisconnected(): void {
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    this.#unsubscribe = [];
  }
}
