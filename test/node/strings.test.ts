/**
 * Every dictionary the elements read, found by file name (src/i18n/strings.ts and each
 * `*.strings.ts`), so a new element's strings are checked without adding them to a list. The types
 * already refuse a Welsh table that lacks an English key (`satisfies TranslationOf<typeof en>`);
 * this also catches what types cannot: an empty string, or a `{placeholder}` spelt differently in
 * Welsh, which `t()` would then show as written.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.strings.ts') || path === 'i18n/strings.ts')
  .sort();

type Table = Record<string, unknown>;
const isDictionary = (value: unknown): value is { en: Table; cy: Table } =>
  typeof value === 'object' && value !== null && 'en' in value && 'cy' in value;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('element strings', () => {
  it('finds the core strings and each element’s', () => {
    assert.ok(files.includes('i18n/strings.ts'));
    assert.ok(files.filter((path) => path.startsWith('elements')).length >= 6, files.join(', '));
  });

  for (const file of files) {
    it(`${file}: Welsh has every English key, no other, with the same placeholders`, async () => {
      const module = (await import(pathToFileURL(src + file).href)) as Record<string, unknown>;
      const dictionaries = Object.entries(module).filter(([, value]) => isDictionary(value));
      assert.ok(dictionaries.length > 0, `${file} exports no { en, cy } dictionary`);
      for (const [name, dictionary] of dictionaries) {
        const { en, cy } = dictionary as { en: Table; cy: Table };
        assert.deepEqual(Object.keys(cy).sort(), Object.keys(en).sort(), `${name}: keys differ`);
        for (const [key, english] of Object.entries(en)) {
          const welsh = cy[key];
          assert.ok(typeof english === 'string' && english.trim(), `${name}.en['${key}'] is empty`);
          assert.ok(typeof welsh === 'string' && welsh.trim(), `${name}.cy['${key}'] is empty`);
          assert.deepEqual(placeholders(welsh), placeholders(english), `${name}['${key}']: placeholders differ`);
        }
      }
    });
  }
});
