import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

// The manifest is generated from the elements' JSDoc (npm run analyze), so docs and controls
// always describe what the code really does.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: {
      // An axe violation fails the story's test, in the a11y panel and in `npm test`.
      test: 'error',
    },
    docs: { toc: true },
  },
};

export default preview;
