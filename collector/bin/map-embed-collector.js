#!/usr/bin/env node
// The collector's command line: the compiled collector (dist/), or its TypeScript source when
// Node runs with `--conditions=map-embed-source --import tsx` (this repository's tests do).
let collector;
try {
  collector = await import('map-embed-collector');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  console.error(`map-embed-collector: cannot load the collector (${error.message}). In a clone of map-embed, run \`npm run build\` first.`);
  process.exit(1);
}
process.exitCode = await collector.runCollect(process.argv.slice(2));
