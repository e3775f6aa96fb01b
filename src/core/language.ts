import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageOf, type Language } from '../i18n/i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LanguageController>();
let observer: MutationObserver | undefined;

const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/**
 * One observer for the whole page: any `lang` change re-checks every connected element. A
 * document-wide observer does not see into shadow roots, so each shadow root between an element
 * and the document is observed as well (observing a root twice just renews it).
 */
function watch(controller: LanguageController, host: Element): void {
  hosts.add(controller);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((c) => c.refresh()));
    observer.observe(document.documentElement, LANG_CHANGES);
  }
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    observer.observe(root, LANG_CHANGES);
  }
}

function unwatch(controller: LanguageController): void {
  hosts.delete(controller);
  if (hosts.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/**
 * The host's language, from its nearest `[lang]` ancestor, kept current when a `lang`
 * attribute changes anywhere on the page.
 */
export class LanguageController implements ReactiveController {
  language: Language = 'en';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved to another part of the page, an element may now be in another language.
    this.refresh();
    watch(this, this.host);
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  refresh(): void {
    const next = languageOf(this.host);
    if (next !== this.language) {
      this.language = next;
      this.host.requestUpdate();
    }
  }
}
