import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feedJsonSchemaText } from './feed-json-schema.js';

const target = fileURLToPath(new URL('../feed.schema.json', import.meta.url));
writeFileSync(target, feedJsonSchemaText());
console.log(`Wrote ${target}`);
