/**
 * `map-embed validate <file-or-url>`: checks a feed with the same code the elements use
 * (`validateFeed`), so "the CLI says it's fine" means "the elements will show it".
 * Imports only browser-free modules, so it runs in Node as compiled JavaScript.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readFeed, unreadableDocument, type FeedDocument } from '../feed/document.js';
import { normaliseTag } from '../feed/tags.js';
import { FeedFormatError, formatProblem, parseRfc3339, validateFeed } from '../feed/validate.js';
import type { FeedProblem } from '../feed/types.js';

export const USAGE = `Usage: map-embed validate <file-or-url> [--json] [--today=YYYY-MM-DD]
       map-embed collect [options]   (the ratings and bookmarks collector, package map-embed-collector;
                                      collect --help)
       map-embed render <element> [options]   (HTML for pages and emails where no script runs;
                                      render --help)

Checks a map-embed feed (JSON Feed 1.1 with optional _map objects, or RSS 0.9x/1.0/2.0 and
Atom 1.0/0.3 read as news), says which format it read and in which encoding, and prints every
problem with its JSON path and item id, including dates that are not RFC 3339 and content whose
_map.next_review has passed, and each tag written other than as it is matched (tags compare with
case ignored and spaces, hyphens and underscores alike: "Physician Associate" matches
profession="physician-associate").

  --json                print one JSON object instead of text
  --today=YYYY-MM-DD    judge review dates against this date instead of today (for scripts)
  --help                show this help

Exit status: 0 when the feed is usable (warnings allowed), 1 when it has errors or cannot be
read, 2 when the command is used wrongly.`;

/** How long a URL may take to answer, the same limit the elements use. */
export const FETCH_TIMEOUT_MS = 10_000;

export type FailureCode = 'unreadable' | 'not-found' | 'http' | 'network' | 'timeout' | 'not-json' | 'not-feed';

export interface Report {
  source: string;
  ok: boolean;
  /** Why the document as a whole could not be used; absent when it could. */
  failure?: { code: FailureCode; message: string };
  title?: string;
  /** What the document was read as ("JSON", "RSS 1.0", "Atom 1.0"…), once it was read. */
  format?: string;
  /** The encoding it was decoded with and what named it, once it was read. */
  encoding?: string;
  items: { total: number; valid: number; skipped: number };
  warnings: number;
  errors: number;
  problems: FeedProblem[];
  /**
   * Tags written other than in the form the elements compare them in (case ignored; spaces,
   * hyphens and underscores alike): not problems, but what `tag` and `profession` match.
   */
  tags: TagNote[];
}

export interface TagNote {
  /** As the feed writes it. */
  tag: string;
  /** As `tag="…"` and `profession="…"` match it. */
  normalised: string;
  /** How many valid items carry it. */
  items: number;
}

/** Each distinct tag of the feed's items that is not already in its compared form. */
function tagNotes(items: readonly { readonly tags: readonly string[] }[]): TagNote[] {
  const notes = new Map<string, TagNote>();
  for (const item of items) {
    for (const tag of new Set(item.tags)) {
      const normalised = normaliseTag(tag);
      if (normalised === tag) continue;
      const note = notes.get(tag) ?? { tag, normalised, items: 0 };
      note.items++;
      notes.set(tag, note);
    }
  }
  return [...notes.values()];
}

/**
 * The ratings and bookmarks collector is a package of its own, so that the library installs
 * nothing a browser does not run; `map-embed collect` hands over to it when it is installed.
 */
export const COLLECTOR_PACKAGE = 'map-embed-collector';
export const COLLECTOR_MISSING = `map-embed collect needs the collector, which is a package of its own: npm install ${COLLECTOR_PACKAGE}`;

/** What `collect` needs of the collector package. */
export interface CollectorModule {
  runCollect(argv: readonly string[], out: (line: string) => void, err: (line: string) => void): Promise<number>;
}

/**
 * The collector package as Node resolves it from `from` (this module, by default), or undefined
 * when it is not installed there. Throws when it is installed but cannot be loaded.
 */
export async function loadCollector(from: string | URL = import.meta.url): Promise<CollectorModule | undefined> {
  let entry: string;
  try {
    entry = createRequire(from).resolve(COLLECTOR_PACKAGE);
  } catch (error) {
    // Only the package itself being absent; a package whose files are missing is a real error.
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && (error as Error).message.includes(`'${COLLECTOR_PACKAGE}'`)) return undefined;
    throw error;
  }
  return (await import(pathToFileURL(entry).href)) as CollectorModule;
}

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  fetch: typeof fetch;
  timeoutMs: number;
  /** Finds the collector package for `collect` ({@link loadCollector} unless a test says otherwise). */
  loadCollector?: () => Promise<CollectorModule | undefined>;
}

const defaultIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  fetch: (...args) => fetch(...args),
  timeoutMs: FETCH_TIMEOUT_MS,
};

class Failure extends Error {
  constructor(
    readonly code: FailureCode,
    message: string,
  ) {
    super(message);
  }
}

const isUrl = (source: string) => /^https?:\/\//i.test(source);

/** The text of the feed and the URL its relative links resolve against. */
async function read(source: string, io: CliIo): Promise<{ bytes: Uint8Array; contentType: string | null; base: string }> {
  if (!isUrl(source)) {
    try {
      // A file has no web address of its own; any http(s) base lets relative links be judged
      // the way they will be once the file is published.
      return { bytes: await readFile(source), contentType: null, base: `https://feed.invalid/${encodeURIComponent(basename(source))}` };
    } catch (cause) {
      throw new Failure('unreadable', `cannot read ${source} (${(cause as Error).message})`);
    }
  }
  let response: Response;
  try {
    response = await io.fetch(source, {
      signal: AbortSignal.timeout(io.timeoutMs),
      headers: {
        accept: 'application/feed+json, application/json;q=0.9, application/atom+xml;q=0.8, application/rss+xml;q=0.8, */*;q=0.1',
      },
    });
  } catch (cause) {
    const error = cause as Error;
    if (error.name === 'TimeoutError') throw new Failure('timeout', `${source} did not answer within ${io.timeoutMs} ms`);
    throw new Failure('network', `${source} could not be fetched (${error.cause instanceof Error ? error.cause.message : error.message})`);
  }
  if (!response.ok) {
    const code = response.status === 404 || response.status === 410 ? 'not-found' : 'http';
    throw new Failure(code, `${source} answered HTTP ${response.status}`);
  }
  try {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { bytes, contentType: response.headers.get('content-type'), base: response.url || source };
  } catch (cause) {
    const timedOut = (cause as Error).name === 'TimeoutError';
    throw new Failure(timedOut ? 'timeout' : 'network', `${source} stopped before the feed was complete`);
  }
}

/** Checks one feed and describes the result; never throws. */
export async function check(source: string, io: CliIo = defaultIo, today: number = Date.now()): Promise<Report> {
  const report: Report = {
    source,
    ok: false,
    items: { total: 0, valid: 0, skipped: 0 },
    warnings: 0,
    errors: 0,
    problems: [],
    tags: [],
  };
  try {
    const { bytes, contentType, base } = await read(source, io);
    let document: FeedDocument;
    try {
      document = await readFeed(bytes, contentType);
    } catch (cause) {
      throw new Failure('not-json', `${source} ${await unreadableDocument(bytes)} (${(cause as Error).message})`);
    }
    const json = document.document;
    report.format = document.format;
    report.encoding = document.encoding;
    const feed = validateFeed(json, base, { today });
    report.title = feed.title;
    report.problems = [...feed.problems];
    report.items.total = (json as { items: unknown[] }).items.length;
    report.items.valid = feed.roles.length + feed.news.length + feed.caseStudies.length;
    report.tags = tagNotes([...feed.news, ...feed.caseStudies]);
  } catch (error) {
    if (error instanceof FeedFormatError) {
      report.failure = { code: 'not-feed', message: `${source} is not a JSON Feed` };
      report.problems = [...error.problems];
    } else if (error instanceof Failure) {
      report.failure = { code: error.code, message: error.message };
    } else {
      throw error;
    }
  }
  report.errors = report.problems.filter((p) => p.severity === 'error').length;
  report.warnings = report.problems.length - report.errors;
  report.items.skipped = report.items.total - report.items.valid;
  report.ok = !report.failure && report.errors === 0;
  return report;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function printText(report: Report, io: CliIo): void {
  for (const problem of report.problems) io.out(`${problem.severity.padEnd(7)} ${formatProblem(problem)}`);
  if (report.failure) {
    io.err(`error   ${report.failure.message}`);
    return;
  }
  for (const note of report.tags) {
    io.out(`note    tag "${note.tag}" (${plural(note.items, 'item')}) is matched as "${note.normalised}"`);
  }
  const { total, valid, skipped } = report.items;
  io.out(
    `${report.source}${report.format ? ` (${report.format} in ${report.encoding})` : ''}: ${plural(total, 'item')}, ${valid} valid, ${skipped} skipped, ${plural(report.warnings, 'warning')}` +
      (report.ok ? '.' : ` (${plural(report.errors, 'error')}).`),
  );
}

/** `collect`: the collector package's own command line, with the same options and output. */
async function collect(argv: readonly string[], io: CliIo): Promise<number> {
  let collector: CollectorModule | undefined;
  try {
    collector = await (io.loadCollector ?? loadCollector)();
  } catch (error) {
    io.err(`map-embed collect: ${COLLECTOR_PACKAGE} is installed but could not be loaded (${(error as Error).message})`);
    return 1;
  }
  if (!collector) {
    io.err(COLLECTOR_MISSING);
    return 1;
  }
  return collector.runCollect(argv, io.out, io.err);
}

/** Node's parseArgs errors (unknown option, missing value, stray argument) are usage errors. */
const isUsageError = (error: unknown) => typeof (error as { code?: unknown })?.code === 'string' && (error as { code: string }).code.startsWith('ERR_PARSE_ARGS_');

/** `validate <file-or-url> [--json] [--today=YYYY-MM-DD]`. */
async function validate(argv: readonly string[], io: CliIo): Promise<number> {
  let values: { json?: boolean; today?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, today: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    if (!isUsageError(error)) throw error;
    io.err((error as Error).message);
    io.err(USAGE);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    io.err('Expected: validate <file-or-url>');
    io.err(USAGE);
    return 2;
  }
  const today = values.today === undefined ? Date.now() : parseRfc3339(values.today);
  if (today === undefined) {
    io.err(`--today needs an RFC 3339 date such as 2025-06-01, not "${values.today}"`);
    io.err(USAGE);
    return 2;
  }
  const report = await check(positionals[0]!, io, today);
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else printText(report, io);
  return report.ok ? 0 : 1;
}

/** The subcommands, by name; each is given the arguments after its name. */
const COMMANDS: Readonly<Record<string, (argv: readonly string[], io: CliIo) => Promise<number>>> = {
  validate,
  collect,
  // Pre-rendered HTML (src/render/): loaded only when used. Its output ends in a newline `out` adds.
  render: async (argv, io) => (await import('./render.js')).runRender(argv, { out: (text) => io.out(text.replace(/\n$/, '')), err: io.err }),
};

/** Runs the command line; resolves to the process exit status. */
export async function run(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name !== undefined && Object.hasOwn(COMMANDS, name)) return COMMANDS[name]!(rest, io);
  if (name === '--help' || name === '-h') {
    io.out(USAGE);
    return 0;
  }
  io.err(name === undefined ? 'Expected a command: validate <file-or-url>, or collect' : `Unknown command: ${name}`);
  io.err(USAGE);
  return 2;
}

// Run as a script too (`npx tsx src/cli/cli.ts validate …`), not only through bin/map-embed.js,
// which imports this module and calls run() itself.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await run(process.argv.slice(2));
}
