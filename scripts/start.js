#!/usr/bin/env node
// `npm start`: Storybook (the elements on the bundled sample feed) and a plain-HTML mock trust
// intranet that loads the elements the way a CMS page would, both live-reloading from src/.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const STORYBOOK_URL = 'http://localhost:6006/';
const DEMO_URL = 'http://localhost:5173/examples/intranet.html';
const bin = (path) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };

// Storybook's docs and controls read the manifest, so it must exist before Storybook starts.
const analyze = spawnSync(process.execPath, [bin('@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'inherit', env });
if (analyze.status !== 0) process.exit(analyze.status ?? 1);

// Node runs the tools' own entry files, not npx shims, so stopping this script stops them.
const children = [
  spawn(process.execPath, [bin('storybook/dist/bin/dispatcher.js'), 'dev', '--port', '6006', '--ci', '--quiet'], { stdio: 'inherit', env }),
  // Mode 'demo' (vite.config.ts) serves the example pages from src/ rather than dist/.
  spawn(process.execPath, [bin('vite/bin/vite.js'), '--mode', 'demo', '--port', '5173', '--strictPort', '--clearScreen', 'false'], { stdio: 'inherit', env }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
// `kill <npm's pid>` ends npm and its shell without passing the signal on, which would leave this
// script and both servers running with no terminal: when the process that started us goes away
// (our parent changes), stop too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop(0);
}, 1000).unref();

async function answers(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

const deadline = Date.now() + 180_000;
while (!stopping && Date.now() < deadline && !((await answers(STORYBOOK_URL)) && (await answers(DEMO_URL)))) {
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
if (!stopping) {
  console.log(`
  map-embed is running:
    Storybook:          ${STORYBOOK_URL}
    Mock intranet demo: ${DEMO_URL}
  Press Ctrl+C to stop both.
`);
}
