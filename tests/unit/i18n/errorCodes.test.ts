/**
 * Every error code the database layer and the domain core can return has a French and an
 * English text, found the way the screens find it (ui/components/useErrorText.ts): the
 * shared `errors` namespace first, then `<ns>:<code>` and `<ns>:errors.<code>` of every
 * namespace. The codes are read from the source, so a new `err('x.y')` without a text
 * fails here rather than showing "x.y" to the office manager.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../../renderer/src');
const localesDir = join(root, 'i18n/locales');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

// The same shape db/validation.ts's toDomainError accepts as a code: "area.what", dotted.
const CODE = /^[a-z][a-zA-Z]*\.[a-zA-Z.-]+$/;
const EMITTERS = [
  /\berr(?:<[^>()]*>)?\(\s*'([^']+)'/g, // err('client.notFound') / err<Client>('client.notFound')
  /\bdomainError\(\s*'([^']+)'/g, // domainError('scenario.noSteps')
  /\berror:\s*'([^']+)'/g, // zod: { error: 'money.invalid' }
  /\bcode:\s*'([^']+)'/g, // error values written out: { code: 'attachment.empty', params }
];

function emittedCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const dir of ['db', 'domain']) {
    for (const file of sourceFiles(join(root, dir))) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of EMITTERS) {
        for (const m of text.matchAll(pattern)) {
          const code = m[1]!;
          if (CODE.test(code) && !codes.has(code)) codes.set(code, file.slice(root.length + 1));
        }
      }
    }
  }
  return codes;
}

type Resources = Record<string, unknown>;

function namespaces(lang: string): Map<string, Resources> {
  const out = new Map<string, Resources>();
  for (const file of readdirSync(join(localesDir, lang)).sort()) {
    if (!file.endsWith('.json')) continue;
    out.set(
      file.replace(/\.json$/, ''),
      JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8')) as Resources,
    );
  }
  return out;
}

function lookup(resources: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      resources,
    );
}

/** useErrorText's search order; the `ns:key` that answers, or null. */
function findText(all: Map<string, Resources>, code: string): { key: string; text: string } | null {
  const order = ['errors', ...[...all.keys()].filter((ns) => ns !== 'errors')];
  for (const ns of order) {
    for (const key of [code, `errors.${code}`]) {
      const text = lookup(all.get(ns), key);
      if (typeof text === 'string') return { key: `${ns}:${key}`, text };
    }
  }
  return null;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('error codes of the database and the domain', () => {
  const codes = emittedCodes();
  const fr = namespaces('fr');
  const en = namespaces('en');

  it('finds the codes in the source (the patterns still match the code style)', () => {
    // A sample from each emitter: err, err<T>, domainError, zod's { error }, a written-out { code }.
    for (const code of [
      'client.notFound',
      'invoice.duplicateNumber',
      'scenario.noSteps',
      'money.zero',
      'attachment.empty',
    ])
      expect(codes.has(code), code).toBe(true);
    expect(codes.size).toBeGreaterThan(100);
  });

  it('has a French and an English text for each, found as useErrorText finds it', () => {
    const missing: string[] = [];
    for (const [code, file] of codes) {
      if (!findText(fr, code)) missing.push(`fr ${code} (${file})`);
      if (!findText(en, code)) missing.push(`en ${code} (${file})`);
    }
    expect(missing).toEqual([]);
  });

  it('keeps the repositories’ codes in the shared errors namespace, with the same placeholders in both languages', () => {
    const shared =
      /^(client|invoice|payment|validation|followUp|attachment|journal|document|scenario|aging|promise|dispute|plan|court)\.|^money\.zero$/;
    const moved = [...codes.keys()].filter((c) => shared.test(c));
    expect(moved.length).toBeGreaterThan(50);
    for (const code of moved) {
      const f = lookup(fr.get('errors'), code);
      const e = lookup(en.get('errors'), code);
      expect(typeof f, `fr errors:${code}`).toBe('string');
      expect(typeof e, `en errors:${code}`).toBe('string');
      expect(placeholders(String(e)), code).toEqual(placeholders(String(f)));
    }
  });

  it('no longer keeps those codes twice in the forms and client file namespaces', () => {
    for (const all of [fr, en]) {
      for (const ns of ['forms', 'clientFile']) {
        for (const code of [
          'client.notFound',
          'invoice.duplicateNumber',
          'payment.exceedsBalance',
          'money.zero',
          'validation.required',
          'followUp.noInvoice',
          'journal.notFound',
          'attachment.empty',
          'document.duplicateId',
        ])
          expect(lookup(all.get(ns), code), `${ns}:${code}`).toBeUndefined();
      }
    }
  });

  it('speaks of the remaining balance as money the screen formats, not as raw cents', () => {
    // db/payments.ts passes `remaining` in cents; ui/components/moneyParams.ts formats it before t().
    expect(placeholders(String(lookup(fr.get('errors'), 'payment.exceedsBalance')))).toEqual([
      'number',
      'remaining',
    ]);
    expect(String(lookup(fr.get('errors'), 'payment.exceedsBalance'))).not.toMatch(/\{\{remaining\}\}\s*€/);
  });
});
