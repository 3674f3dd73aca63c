import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const localesDir = join(__dirname, '../../../renderer/src/i18n/locales');

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

function emptyStrings(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => emptyStrings(v, prefix ? `${prefix}.${k}` : k));
  }
  return value === '' ? [prefix] : [];
}

/** i18next plural forms differ between languages only by suffix; French and English share _one/_other. */
function load(lang: string, ns: string): string[] {
  return keys(JSON.parse(readFileSync(join(localesDir, lang, `${ns}.json`), 'utf8'))).sort();
}

describe('i18n resources', () => {
  const frNamespaces = readdirSync(join(localesDir, 'fr')).sort();
  const enNamespaces = readdirSync(join(localesDir, 'en')).sort();

  it('has the same namespaces in French and English', () => {
    expect(enNamespaces).toEqual(frNamespaces);
  });

  for (const file of frNamespaces) {
    const ns = file.replace(/\.json$/, '');
    it(`namespace "${ns}" carries the same keys in fr and en`, () => {
      expect(load('en', ns)).toEqual(load('fr', ns));
    });
    it(`namespace "${ns}" has no empty French string`, () => {
      const json: unknown = JSON.parse(readFileSync(join(localesDir, 'fr', file), 'utf8'));
      expect(emptyStrings(json)).toEqual([]);
    });
  }
});
