// `npm run build:sharepoint` (after `npm run build`): the SharePoint Framework web part in
// sharepoint/, built with SharePoint's own toolchain (Heft), into dist/sharepoint/map-embed.sppkg.
//   1. sharepoint/src/generated/elements.ts: the elements and their attributes, from
//      custom-elements.json as the embed builder reads them, and their names in English and Welsh
//   2. Node 22, which SPFx requires, from the npm registry (the node-<platform>-<arch> package the
//      `node` package installs) into sharepoint/.toolchain/, unless this Node is already 22
//   3. the web part's own dependencies (npm ci, skipped while its lock file is unchanged), then
//      `heft test` (compile, lint, bundle, the Jest tests) and `heft package-solution`
// Run with `node --import tsx` so it can read src/embed/ as the builder does.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname } from 'node:path';
import { catalogue, shortName } from '../src/embed/catalogue.js';
import { embedStrings } from '../src/embed/embed.strings.js';
import { embedElements } from './embed-elements.js';
import { root } from './elements.js';

/** SPFx 1.22 supports Node >=22.14 <23 (sharepoint/package.json `engines`). */
const NODE_VERSION = '22.23.3';
const project = `${root}sharepoint`;
const toolchain = `${project}/.toolchain`;
const SPPKG = `${root}dist/sharepoint/map-embed.sppkg`;

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): void {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`build:sharepoint: \`${command} ${args.join(' ')}\` in ${options.cwd} failed (${result.error?.message ?? `exit ${result.status}`}).`);
  }
}

function writeElements(): void {
  const elements = catalogue(embedElements()).map((info) => ({ name: shortName(info.tag), ...info }));
  // Each element's name in both languages, from the words the builder and embed page show.
  const namesIn = (words: Record<string, string>) =>
    Object.fromEntries(Object.entries(words).flatMap(([key, text]) => (key.startsWith('label.') ? [[key.slice('label.'.length), text]] : [])));
  const labels = { en: namesIn(embedStrings.en), cy: namesIn(embedStrings.cy) };
  mkdirSync(`${project}/src/generated`, { recursive: true });
  writeFileSync(
    `${project}/src/generated/elements.ts`,
    `// Written by scripts/build-sharepoint.ts from custom-elements.json and src/embed/: do not edit.\n` +
      `import type { ElementInfo } from '../../../dist/lib/embed/catalogue.js';\n\n` +
      `/** Each element, with its short name (the web part's \`element\` value). */\n` +
      `export const ELEMENTS: ReadonlyArray<ElementInfo & { name: string }> = ${JSON.stringify(elements, null, 2)};\n\n` +
      `export const ELEMENT_LABELS: Readonly<Record<'en' | 'cy', Readonly<Record<string, string>>>> = ${JSON.stringify(labels, null, 2)};\n`,
  );
}

/** The folder holding a `node` of NODE_VERSION: this one's, or one installed from the npm registry. */
function node22(): string {
  if (process.version === `v${NODE_VERSION}`) return dirname(process.execPath);
  const bin = `${toolchain}/node_modules/node-${process.platform}-${process.arch}/bin`;
  const installed = spawnSync(`${bin}/node`, ['--version'], { encoding: 'utf8' });
  if (installed.stdout?.trim() !== `v${NODE_VERSION}`) {
    mkdirSync(toolchain, { recursive: true });
    writeFileSync(`${toolchain}/package.json`, '{ "private": true }\n');
    run('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `node-${process.platform}-${process.arch}@${NODE_VERSION}`], {
      cwd: toolchain,
    });
  }
  return bin;
}

/** npm ci, unless node_modules was installed from this very lock file. */
function installDependencies(env: NodeJS.ProcessEnv): void {
  const marker = `${project}/node_modules/.package-lock.json`;
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(`${project}/package-lock.json`).mtimeMs) return;
  run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: project, env });
}

const started = Date.now();
if (!existsSync(`${root}dist/lib/index.js`)) throw new Error('build:sharepoint: run `npm run build` first (the web part bundles dist/lib/).');
writeElements();
const env = {
  ...process.env,
  PATH: `${node22()}${delimiter}${process.env.PATH}`,
  PUPPETEER_SKIP_DOWNLOAD: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
};
installDependencies(env);
run('npm', ['run', '--silent', 'build'], { cwd: project, env });
mkdirSync(`${root}dist/sharepoint`, { recursive: true });
copyFileSync(`${project}/sharepoint/solution/map-embed.sppkg`, SPPKG);
console.log(
  `dist/sharepoint/map-embed.sppkg ${(readFileSync(SPPKG).length / 1000).toFixed(1)} kB; built in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
