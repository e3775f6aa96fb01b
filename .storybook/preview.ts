import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import manifest from '../custom-elements.json';
import { editorArgTypes } from './arg-types.js';
import { imagesLoad, watchImages } from './images.js';
import { pageSource } from './source.js';
import '../src/index.js';

// The manifest is generated from the elements' JSDoc (npm run analyze), so docs and controls
// always describe what the code really does.
setCustomElementsManifest(manifest);

/** Every event any element fires, from the manifest, so each shows in the Actions panel. */
const events = [
  ...new Set(
    manifest.modules.flatMap((mod) =>
      (mod.declarations ?? []).flatMap((declaration) =>
        'events' in declaration ? (declaration.events ?? []).map((event) => event.name) : [],
      ),
    ),
  ),
];

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withActions],
  // Every picture in every story must load (after the story's own play function has run).
  beforeEach: watchImages,
  afterEach: imagesLoad,
  parameters: {
    actions: { handles: events },
    controls: { expanded: true },
    a11y: {
      // An axe violation fails the story's test, in the a11y panel and in `npm test`.
      test: 'error',
    },
    docs: {
      toc: true,
      // Attributes first, internals out: see arg-types.ts.
      extractArgTypes: (tagName: string) => editorArgTypes(manifest, tagName),
      // "Show code" shows what a page needs: no story decorators, no story-only ids, laid out.
      source: { excludeDecorators: true, transform: (code: string) => pageSource(code) },
    },
  },
};

export default preview;
