/**
 * `map-embed render <element> [--src FEED] [--format html|dsd|email] [--<attribute> VALUE]…`:
 * an element's content as HTML for places where no script runs (src/render/, and
 * docs/pages-without-script.md). Flags other than the command's own are the element's attributes,
 * checked against custom-elements.json.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseRfc3339 } from '../feed/validate.js';
import { attributesOf } from '../render/manifest.js';
import { FeedReadError, render, UsageError, type RenderFormat } from '../render/index.js';
import { AttributeError, ContentError, SCRIPT_ONLY, isRenderable } from '../render/views.js';
import { MissingDependencyError } from '../render/dsd.js';

export const RENDER_USAGE = `Usage: map-embed render <element> [--src FEED] [--format html|dsd|email] [--out FILE]
                          [--base URL] [--lang en|cy] [--today YYYY-MM-DD] [--<attribute> VALUE]…

Prints the content of role-card, news-list or case-study-carousel as HTML for pages, CMS fields
and emails where no script runs. The feed is read, checked and filtered exactly as the elements
do it; the HTML does not update itself, so render it again on a schedule.

  --src FEED        a feed file or http(s) URL (several separated by spaces); default: the sample feed
  --format html     plain HTML, styled by dist/map-embed.css (default)
  --format dsd      the element's tag with a declarative shadow root (needs @lit-labs/ssr)
  --format email    inline styles, at most 600 px wide, for a staff bulletin
  --out FILE        write to FILE instead of standard output
  --base URL        the web address a feed file is published at, so its relative links resolve
  --lang en|cy      the language of the element's own words (default en)
  --today DATE      make the HTML as of this date (its "Updated" line, review notes)
  --<attribute> V   any attribute of the element: --profession physician-associate, --limit 3,
                    --tag regulation, --layout full, --heading-level 3, --source …

Exit status: 0 when the HTML was made, 1 when the feed cannot be read or has nothing to show,
2 when the command is used wrongly (unknown element or attribute, a value the element refuses).`;

export interface RenderIo {
  out: (text: string) => void;
  err: (line: string) => void;
  fetch?: typeof fetch;
}

const OWN = {
  src: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  base: { type: 'string' },
  lang: { type: 'string' },
  today: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** Runs `map-embed render …` (`argv` without `render`); resolves to the exit status. */
export async function runRender(argv: readonly string[], io: RenderIo): Promise<number> {
  const usage = (message: string) => {
    io.err(`map-embed render: ${message}`);
    io.err('Run `map-embed render --help` for the options.');
    return 2;
  };
  const element = argv.find((arg) => !arg.startsWith('-'))?.replace(/^map-/, '');
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(`${RENDER_USAGE}\n`);
    return 0;
  }
  if (!element) return usage('name the element to render: role-card, news-list or case-study-carousel.');
  if ((SCRIPT_ONLY as readonly string[]).includes(element) || !isRenderable(element)) {
    try {
      await render(element);
    } catch (error) {
      return usage((error as Error).message);
    }
  }
  // The element's own attributes become options too; `src` is the command's.
  const options: ParseArgsConfig['options'] = { ...OWN };
  for (const attribute of attributesOf(`map-${element}`) ?? []) {
    if (!(attribute.name in options)) options[attribute.name] = { type: attribute.boolean ? 'boolean' : 'string' };
  }
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true }) as {
      values: Record<string, string | boolean | undefined>;
      positionals: string[];
    });
  } catch (error) {
    const unknown = /option '([^']+)'/.exec((error as Error).message)?.[1];
    const known = (attributesOf(`map-${element}`) ?? []).map((attribute) => attribute.name).join(', ');
    return usage(unknown ? `${unknown} is not an option of render nor an attribute of <map-${element}> (${known}).` : (error as Error).message);
  }
  if (positionals.length !== 1) return usage(`expected one element, got: ${positionals.join(' ')}`);
  const { src, format, out, base, lang, today, help: _help, ...attributes } = values;
  let now: number | undefined;
  if (typeof today === 'string') {
    now = parseRfc3339(today);
    if (now === undefined) return usage(`--today needs an RFC 3339 date such as 2026-12-05, not "${today}".`);
  }
  if (typeof lang === 'string' && !['en', 'cy'].includes(lang)) return usage(`--lang "${lang}" is not one of: en, cy.`);
  try {
    const html = await render(element, {
      ...(typeof src === 'string' ? { src } : {}),
      format: (format ?? 'html') as RenderFormat,
      attributes,
      ...(typeof lang === 'string' ? { lang } : {}),
      ...(typeof base === 'string' ? { base } : {}),
      ...(now === undefined ? {} : { now }),
      warn: (message) => io.err(`warning ${message}`),
      ...(io.fetch ? { fetch: io.fetch } : {}),
    });
    if (typeof out === 'string') await writeFile(out, html);
    else io.out(html);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof AttributeError) return usage(error.message);
    if (error instanceof FeedReadError || error instanceof ContentError || error instanceof MissingDependencyError) {
      io.err(`map-embed render: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
