/**
 * The drop-in script, `dist/map-embed.js`: a small autoloader. It registers nothing itself; it
 * watches the document (and any shadow root it is given) for map-embed tags, and imports an
 * element's code from beside itself the first time its tag appears, so a page downloads only the
 * elements it shows. The build (vite.config.ts, `loader` mode) puts each element in its own chunk
 * and fills in `__MAP_EMBED_CHUNKS__`; `dist/map-embed.all.js` is the single-file build that registers everything.
 */

/** What the build knows about the files beside this script (filled in by vite.config.ts). */
interface Chunks {
  /** Chunk file names, relative to this script. */
  files: string[];
  /** Each file's gzipped size, in bytes, in the order of `files`. */
  sizes: number[];
  /** For each tag, its chunk's index in `files`, then those of the shared chunks it imports. */
  tags: Record<string, number[]>;
  /** The single-file build (map-embed.all.js) and its gzipped size. */
  all: [file: string, size: number];
}

declare const __MAP_EMBED_CHUNKS__: Chunks;

interface Loader {
  observe(root: Document | ShadowRoot | Element): void;
  load(...tags: string[]): Promise<void>;
}

/** Shared by every copy of this script on the page, so a second copy hands over to the first. */
const KEY = Symbol.for('map-embed.loader');

const importFile = (file: string) => import(/* @vite-ignore */ new URL(file, import.meta.url).href);

function createLoader(): Loader {
  const { files, sizes, tags: chunks, all } = __MAP_EMBED_CHUNKS__;
  const requested = new Map<string, Promise<unknown>>();
  const observers: MutationObserver[] = [];
  let selector = Object.keys(chunks).join();

  /** Records `tags` as loading (by `loading`, of `file`); a failure is reported once, here. */
  function settle(tags: string[], loading: Promise<unknown>, file: string): void {
    const reported = loading.catch((error: unknown) => {
      console.error(
        `map-embed: could not load ${new URL(file, import.meta.url).href}: host the dist/map-embed.*.js files beside map-embed.js (or use map-embed.all.js alone).`,
        error,
      );
      throw error;
    });
    for (const tag of tags) requested.set(tag, reported);
    selector = Object.keys(chunks).filter((tag) => !requested.has(tag)).join();
    if (!selector) for (const observer of observers.splice(0)) observer.disconnect();
  }

  function load(...tags: string[]): Promise<void> {
    // Unknown tags, and tags something else (a bundler build, map-embed.all.js) registered.
    const wanted = [...new Set(tags)].filter((tag) => chunks[tag] && !requested.has(tag) && !customElements.get(tag));
    const needed = new Set(wanted.flatMap((tag) => chunks[tag]!));
    const weight = [...needed].reduce((sum, index) => sum + sizes[index]!, 0);
    if (!requested.size && weight > all[1]) {
      // Nothing loaded yet and the chunks these tags need outweigh the single file (a page with
      // most elements): take the single file, which registers every element, once.
      settle(Object.keys(chunks), importFile(all[0]), all[0]);
    } else {
      for (const tag of wanted) {
        // The element's chunk and the chunks it imports, all requested at once.
        const indexes = chunks[tag]!;
        settle([tag], Promise.all(indexes.map((index) => importFile(files[index]!))), files[indexes[0]!]!);
      }
    }
    return Promise.all(tags.map((tag) => requested.get(tag))).then(() => undefined);
  }

  /** Loads every tag not yet loaded that is `node` or inside it. */
  function scan(node: Node): void {
    // Duck-typed, not instanceof: a root from another frame is still an element, document or fragment.
    if (!selector || !('querySelectorAll' in node)) return;
    const found = new Set<string>();
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(selector)) found.add((node as Element).localName);
    for (const element of (node as ParentNode).querySelectorAll(selector)) found.add(element.localName);
    // Errors are reported by load(); a page that awaits load() itself gets them too.
    if (found.size) load(...found).catch(() => undefined);
  }

  function observe(root: Document | ShadowRoot | Element): void {
    scan(root);
    if (!selector) return;
    const observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) scan(node);
    });
    observer.observe(root, { childList: true, subtree: true });
    observers.push(observer);
  }

  return { observe, load };
}

const registry = globalThis as { [KEY]?: Loader };
const existing = registry[KEY];
if (existing) {
  console.warn('map-embed: the loader is on this page twice; this copy leaves loading to the first.');
}
const loader = existing ?? (registry[KEY] = createLoader());
if (!existing) loader.observe(document);

/**
 * Watches `root` (a shadow root of the page's own, or any element or document) for map-embed
 * tags, as the loader watches the document: call it once for each shadow root that holds them.
 */
export function observe(root: Document | ShadowRoot | Element): void {
  loader.observe(root);
}

/**
 * Loads and registers the given tags now, whether or not they are on the page yet (for a page that
 * creates elements from script and waits for `customElements.whenDefined`). Resolves once they are
 * registered; rejects if a chunk could not be loaded.
 */
export function load(...tags: string[]): Promise<void> {
  return loader.load(...tags);
}
