// Lints the library, its tests, scripts and Storybook config. Type-aware rules are kept to the
// ones that catch real bugs (floating promises, misused promises); tsc checks the rest.
import js from '@eslint/js';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

const browserGlobals = Object.fromEntries(
  ['window', 'document', 'customElements', 'HTMLElement', 'Element', 'Event', 'CustomEvent', 'URL', 'fetch', 'console', 'setTimeout', 'clearTimeout', 'navigator', 'localStorage', 'location'].map(
    (name) => [name, 'readonly'],
  ),
);
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'fetch', 'AbortController', 'TextDecoder', 'TextEncoder'].map(
    (name) => [name, 'readonly'],
  ),
);

export default tseslint.config(
  // sharepoint/ is its own project, linted by its own toolchain (heft build).
  { ignores: ['node_modules/', 'dist/', 'collector/dist/', 'storybook-static/', 'coverage/', 'tmp/', 'test-results/', 'sharepoint/'] },
  {
    files: ['src/**/*.{ts,js}', 'test/**/*.{ts,js}', 'scripts/**/*.{ts,js}', 'bench/**/*.js', 'examples/**/*.js', '.storybook/**/*.ts', 'docs/**/*.ts', 'bin/**/*.js', 'collector/**/*.{ts,js}', '*.{js,ts,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    // tsc already reports undefined names in TypeScript, with better messages.
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['scripts/**/*.js', 'bin/**/*.js', 'test/server/**/*.js', 'bench/server.js', 'collector/scripts/**/*.js', 'collector/bin/**/*.js', '*.{js,mjs}'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['examples/**/*.js'],
    languageOptions: { globals: browserGlobals },
  },
  {
    // The benchmark's in-page half runs in the browser.
    files: ['bench/page.js'],
    languageOptions: { globals: { ...browserGlobals, Blob: 'readonly', performance: 'readonly', requestAnimationFrame: 'readonly' } },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', '.storybook/**/*.ts', 'docs/**/*.ts'],
    ignores: ['src/cli/**', 'test/node/**'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/recommended'], wcConfigs['flat/best-practice']],
    languageOptions: {
      globals: browserGlobals,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: { wc: { elementBaseClasses: ['LitElement', 'MapElement'] } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    // Tests fire-and-forget some promises on purpose (unawaited loads, racing requests), and
    // chai's assertions are property reads (`expect(x).to.be.true`).
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // One way to wait in browser tests: test/helpers/wait.ts says why not @open-wc/testing's.
    files: ['src/**/*.ts', 'test/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@open-wc/testing', importNames: ['waitUntil'], message: 'Use waitUntil from test/helpers/wait.ts (real timers, 5 s).' }] },
      ],
    },
  },
);
