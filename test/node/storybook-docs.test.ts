/**
 * The Storybook docs pages compile the way `storybook dev` and `build-storybook` compile them:
 * with the MDX options `.storybook/main.ts` gives the docs addon.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import config from '../../.storybook/main.js';

const EMBED = fileURLToPath(new URL('../../docs/embed.mdx', import.meta.url));

/** The docs addon's `mdxPluginOptions` from main.ts, which its Vite plugin hands to the MDX compiler. */
function mdxPluginOptions(): Record<string, unknown> {
  for (const addon of config.addons ?? []) {
    if (typeof addon === 'object' && addon.name === '@storybook/addon-docs') {
      return ((addon.options as { mdxPluginOptions?: Record<string, unknown> } | undefined)?.mdxPluginOptions) ?? {};
    }
  }
  return {};
}

type Loader = (this: unknown, content: string) => void;
// Storybook's MDX loader (a webpack-style loader, shipped without types), named by a variable so
// TypeScript does not look for declarations.
const MDX_LOADER = '@storybook/addon-docs/mdx-loader';

/** Compiles an MDX file with Storybook's own MDX loader and the project's options. */
async function compileMdx(path: string): Promise<string> {
  const { default: loader } = (await import(MDX_LOADER)) as { default: Loader };
  return new Promise((resolve, reject) => {
    loader.call(
      {
        async: () => (error: Error | null, code?: string) => (error ? reject(error) : resolve(code!)),
        getOptions: () => mdxPluginOptions(),
        resourcePath: path,
      },
      readFileSync(path, 'utf8'),
    );
  });
}

describe('Storybook docs (MDX)', () => {
  it('renders the Markdown tables of "Embed in your site" as tables, not as | text |', async () => {
    const code = await compileMdx(EMBED);
    assert.match(code, /_components\.table/);
    assert.match(code, /_components\.th/);
    assert.doesNotMatch(code, /\| Tag \| What it shows \|/);
  });
});

describe('Storybook guides', () => {
  const guides = readdirSync(fileURLToPath(new URL('../../docs/', import.meta.url))).filter((name) => /^guide-.+\.mdx$/.test(name));

  it('has a page for every guide in docs/', () => {
    const pages = readdirSync(fileURLToPath(new URL('../../docs/', import.meta.url)))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `guide-${name.replace(/\.md$/, '.mdx')}`);
    assert.deepEqual([...guides].sort(), [...pages].sort());
  });

  for (const guide of guides) {
    it(`${guide} compiles and shows its Markdown`, async () => {
      const code = await compileMdx(fileURLToPath(new URL(`../../docs/${guide}`, import.meta.url)));
      assert.match(code, /\.md\?raw/);
      assert.match(code, /Markdown/);
    });
  }
});
