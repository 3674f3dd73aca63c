import { describe, expect, it } from 'vitest';
import { buildMailto, encodeMailtoComponent } from '../../../../renderer/src/documents/email/mailto';
import { EmailInputError } from '../../../../renderer/src/documents/email/headers';

const SUBJECT = 'Relance : facture n° FA-2026-001 — échéance dépassée';

/** Splits a mailto URL back into its parts, as a mail client does (RFC 6068). */
function decode(url: string): { to: string[]; fields: Record<string, string> } {
  expect(url.startsWith('mailto:')).toBe(true);
  const [path, query = ''] = url.slice('mailto:'.length).split('?');
  const fields: Record<string, string> = {};
  for (const pair of query.split('&')) {
    const [k = '', v = ''] = pair.split('=');
    fields[decodeURIComponent(k)] = decodeURIComponent(v);
  }
  return { to: (path ?? '').split(',').map(decodeURIComponent), fields };
}

describe('buildMailto', () => {
  it('round-trips recipients, subject and body; spaces are %20, line breaks %0D%0A', () => {
    const body =
      'Madame, Monsieur,\n\nLa facture n° FA-2026-001 (1 234,56 €) reste due.\r\nMerci & à bientôt ?';
    const { url, truncated } = buildMailto({
      to: ['helene.martin@dupont-sarl.fr', 'compta@dupont-sarl.fr'],
      cc: ['direction@dupont-sarl.fr'],
      subject: SUBJECT,
      body,
    });
    expect(truncated).toBe(false);
    expect(url).not.toMatch(/[ +\n\r]/);
    expect(url).toContain('Relance%20%3A%20facture%20n%C2%B0');
    expect(url).toContain('Madame%2C%20Monsieur%2C%0D%0A%0D%0ALa');
    const parts = decode(url);
    expect(parts.to).toEqual(['helene.martin@dupont-sarl.fr', 'compta@dupont-sarl.fr']);
    expect(parts.fields.cc).toBe('direction@dupont-sarl.fr');
    expect(parts.fields.subject).toBe(SUBJECT);
    expect(parts.fields.body).toBe(body.replace(/\r?\n/g, '\r\n'));
  });

  it('escapes what a mail client could split on (& ? # % and quotes)', () => {
    expect(encodeMailtoComponent(`a&b?c#d%e'f(g)h*i!`)).toBe('a%26b%3Fc%23d%25e%27f%28g%29h%2Ai%21');
  });

  it('keeps a 5 000-character body under 2 000 characters, cut at a boundary, and says so', () => {
    const line = 'Facture FA-2026-001 du 02/10/2026 : 1 234,56 € restant dus à ce jour.';
    const body = Array.from({ length: 70 }, (_, i) => `${i + 1}. ${line}`).join('\n');
    expect(body.length).toBeGreaterThan(5000);
    const { url, truncated } = buildMailto({ to: ['a@dupont-sarl.fr'], cc: [], subject: SUBJECT, body });
    expect(truncated).toBe(true);
    expect(url.length).toBeLessThan(2000);
    const decoded = decode(url).fields.body ?? '';
    expect(decoded.endsWith('Le texte complet figure dans le brouillon joint (fichier .eml).')).toBe(true);
    const kept = decoded.split('\r\n[…]')[0] ?? '';
    // whole lines only, and as many as fit (one more would not)
    expect(body.replace(/\n/g, '\r\n').startsWith(`${kept}\r\n`)).toBe(true);
    expect(kept.length).toBeGreaterThan(300);
    expect(decode(url).fields.subject).toBe(SUBJECT);
  });

  it('cuts a body made of one long paragraph between words', () => {
    const body = 'mot '.repeat(1500).trim();
    const { url, truncated } = buildMailto({
      to: ['a@dupont-sarl.fr'],
      cc: [],
      subject: 's',
      body,
      truncationNote: 'Suite dans le brouillon.',
    });
    expect(truncated).toBe(true);
    expect(url.length).toBeLessThan(2000);
    const decoded = decode(url).fields.body ?? '';
    expect(decoded).toMatch(/^(mot )*mot\r\n\[…\]\r\n\r\nSuite dans le brouillon\.$/);
  });

  it('turns a line break in the subject into a space', () => {
    const { url } = buildMailto({
      to: ['a@dupont-sarl.fr'],
      cc: [],
      subject: 'Relance\r\nBcc: x@evil.test',
      body: '',
    });
    expect(decode(url).fields.subject).toBe('Relance Bcc: x@evil.test');
  });

  it('refuses an address that would smuggle a field', () => {
    expect(() =>
      buildMailto({ to: ['a@dupont-sarl.fr?bcc=x@evil.test'], cc: [], subject: 's', body: '' }),
    ).toThrow(EmailInputError);
    expect(() =>
      buildMailto({ to: ['a@dupont-sarl.fr'], cc: ['x@evil.test&body=z'], subject: 's', body: '' }),
    ).toThrow(/email\.address\.invalid/);
  });
});
