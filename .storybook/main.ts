import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../docs/*.mdx', '../docs/*.stories.ts', '../src/elements/*/*.stories.ts'],
  addons: [
    // MDX 3 follows CommonMark, which has no tables; the docs pages are written with GFM tables.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  staticDirs: [{ from: '../feed', to: '/feed' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig, { configType }) {
    if (configType === 'PRODUCTION') {
      // Built, Storybook's modules sit in assets/ and staticDirs puts the sample feed (with the
      // images it names relatively) in feed/ beside it; src/feed/sample-feed.ts reads this.
      viteConfig.define = { ...viteConfig.define, __MAP_EMBED_SAMPLE_FEED__: JSON.stringify('../feed/maps.json') };
    }
    // Storybook's renderer imports lit/directive-helpers.js, which nothing in src/ does; unless
    // it is pre-bundled with the rest of Lit, the page would load two copies of lit-html.
    // storybook/actions/decorator is found only when a story with an `action` arg first runs;
    // found then, Vite re-bundles and reloads, and the story test running at that moment fails.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/directive-helpers.js',
        'storybook/actions/decorator',
      ],
    };
    return viteConfig;
  },
};

export default config;
