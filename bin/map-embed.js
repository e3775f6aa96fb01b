#!/usr/bin/env node
// The command line runs the compiled feed checker, the same code the elements use.
let cli;
try {
  cli = await import('../dist/node/cli/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  console.error('map-embed: the command line is not built yet. Run `npm run build:cli` first.');
  process.exit(1);
}
process.exitCode = await cli.run(process.argv.slice(2));
