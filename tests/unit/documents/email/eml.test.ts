import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildEmlDraft, quotedPrintable } from '../../../../renderer/src/documents/email/eml';
import { EmailInputError } from '../../../../renderer/src/documents/email/headers';
import { header, readEml } from './readEml';

const DATE = new Date(Date.UTC(2026, 10, 27, 8, 30, 0)); // Fri 27 Nov 2026 08:30 UTC
const SUBJECT = 'Relance : facture n° FA-2026-001 — échéance dépassée';
const BODY = [
  'Madame, Monsieur,',
  '',
  'Sauf erreur de notre part, la facture n° FA-2026-001 du 2 octobre 2026 (1 234,56 €) reste impayée.',
  'Nous vous remercions de bien vouloir régulariser la situation. Ligne qui se termine par un espace ',
  '. ligne commençant par un point',
  'From the start of a line',
  'Très cordialement,',
  'Claire Durand — Atelier Lumière',
].join('\n');

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

// Bytes that are not text: every byte value, then pseudo-random ones.
function binary(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = i < 256 ? i : x >>> 24;
  }
  return out;
}

describe('buildEmlDraft', () => {
  const pdf = binary(10_000, 7);
  const docx = binary(3_001, 11);
  const eml = buildEmlDraft({
    from: { name: 'Atelier Lumière', address: 'compta@atelier-lumiere.fr' },
    to: [{ name: 'Mme Hélène Martin', address: 'helene.martin@dupont-sarl.fr' }],
    cc: ['direction@dupont-sarl.fr', { name: 'Service "Achats"', address: 'achats@dupont-sarl.fr' }],
    subject: SUBJECT,
    textBody: BODY,
    attachments: [
      { fileName: 'Facture FA-2026-001 échéance.pdf', mimeType: 'application/pdf', bytes: pdf },
      {
        fileName:
          'Relance n°1 — Société Générale des Établissements Dupont & Fils, dénomination sociale.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: docx,
      },
    ],
    date: DATE,
    messageIdDomain: 'atelier-lumiere.fr',
  });
  const parsed = readEml(eml);

  it('is a multipart/mixed draft Outlook opens unsent, with Date and MIME-Version', () => {
    expect(parsed.contentType).toBe('multipart/mixed');
    expect(header(parsed, 'X-Unsent')).toEqual(['1']);
    expect(header(parsed, 'MIME-Version')).toEqual(['1.0']);
    expect(header(parsed, 'Date')).toEqual(['Fri, 27 Nov 2026 08:30:00 +0000']);
    expect(header(parsed, 'Message-ID')[0]).toMatch(/^<[^@\s]+@atelier-lumiere\.fr>$/);
    expect(parsed.defects).toEqual([]);
  });

  it('decodes the accented subject, the addresses and the body text exactly', () => {
    expect(header(parsed, 'Subject')).toEqual([SUBJECT]);
    expect(header(parsed, 'From')).toEqual(['Atelier Lumière <compta@atelier-lumiere.fr>']);
    expect(header(parsed, 'To')).toEqual(['Mme Hélène Martin <helene.martin@dupont-sarl.fr>']);
    expect(header(parsed, 'Cc')).toEqual([
      'direction@dupont-sarl.fr, "Service \\"Achats\\"" <achats@dupont-sarl.fr>',
    ]);
    expect(parsed.bodyCharset).toBe('utf-8');
    // The draft's CRLF line ends come back as they are.
    expect(parsed.body.replace(/\r\n/g, '\n')).toBe(BODY);
  });

  it('keeps lines within 78 characters (but an unbreakable MIME type) and ends them all with CRLF', () => {
    // "Content-Type: <the Word MIME type>;" is 86 characters: a token cannot be folded (limit 998).
    expect(parsed.longLines).toEqual([
      'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;',
    ]);
    expect(parsed.bareLineFeeds).toBe(0);
  });

  it('carries the attachments byte for byte, with their accented names', () => {
    expect(parsed.attachments.map((a) => a.fileName)).toEqual([
      'Facture FA-2026-001 échéance.pdf',
      'Relance n°1 — Société Générale des Établissements Dupont & Fils, dénomination sociale.docx',
    ]);
    expect(parsed.attachments.map((a) => a.sha256)).toEqual([sha256(pdf), sha256(docx)]);
    expect(parsed.attachments[0]?.contentType).toBe('application/pdf');
  });

  it('is reproducible: same input, same bytes', () => {
    const again = buildEmlDraft({
      to: ['a@b.fr'],
      cc: [],
      subject: 's',
      textBody: 'b',
      attachments: [],
      date: DATE,
    });
    const twice = buildEmlDraft({
      to: ['a@b.fr'],
      cc: [],
      subject: 's',
      textBody: 'b',
      attachments: [],
      date: DATE,
    });
    expect(sha256(again)).toBe(sha256(twice));
  });
});

describe('header injection', () => {
  it('a subject carrying "\\r\\nBcc:" adds no header', () => {
    const parsed = readEml(
      buildEmlDraft({
        to: ['client@dupont-sarl.fr'],
        cc: [],
        subject: 'Relance\r\nBcc: x@evil.test\nX-Evil: 1',
        textBody: 'Bonjour',
        attachments: [],
        date: DATE,
      }),
    );
    expect(header(parsed, 'Bcc')).toEqual([]);
    expect(header(parsed, 'X-Evil')).toEqual([]);
    expect(header(parsed, 'Subject')).toEqual(['Relance Bcc: x@evil.test X-Evil: 1']);
  });

  it('a display name with CR/LF stays inside the To header', () => {
    const parsed = readEml(
      buildEmlDraft({
        to: [{ name: 'Dupont\r\nBcc: x@evil.test', address: 'client@dupont-sarl.fr' }],
        cc: [],
        subject: 'Relance',
        textBody: 'Bonjour',
        attachments: [],
        date: DATE,
      }),
    );
    expect(header(parsed, 'Bcc')).toEqual([]);
    expect(header(parsed, 'To')).toEqual(['"Dupont Bcc: x@evil.test" <client@dupont-sarl.fr>']);
  });

  it.each([
    'client@dupont-sarl.fr\r\nBcc: x@evil.test',
    'client@dupont-sarl.fr, x@evil.test',
    'Dupont <client@dupont-sarl.fr>',
    'client@localhost',
    'client@@dupont.fr',
    '',
  ])('rejects the address %j with email.address.invalid', (address) => {
    let error: unknown;
    try {
      buildEmlDraft({ to: [address], cc: [], subject: 's', textBody: 'b', attachments: [], date: DATE });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EmailInputError);
    expect((error as EmailInputError).code).toBe('email.address.invalid');
  });

  it('sanitizes attachment names and MIME types taken from stored documents', () => {
    const parsed = readEml(
      buildEmlDraft({
        to: ['client@dupont-sarl.fr'],
        cc: [],
        subject: 'Pièces',
        textBody: 'Ci-joint.',
        attachments: [
          {
            fileName: '../../etc/passwd',
            mimeType: 'text/plain\r\nBcc: x@evil.test',
            bytes: new Uint8Array([1]),
          },
          { fileName: 'a\r\nBcc: x@evil.test.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([2]) },
        ],
        date: DATE,
      }),
    );
    expect(header(parsed, 'Bcc')).toEqual([]);
    expect(parsed.attachments.map((a) => a.fileName)).toEqual(['etc_passwd', 'a__Bcc_ x@evil.test.pdf']);
    expect(parsed.attachments[0]?.contentType).toBe('application/octet-stream');
  });
});

describe('quotedPrintable', () => {
  it('escapes "=", non-ASCII bytes and a space before a line end', () => {
    // "é" is C3 A9 in UTF-8; "=" is 3D; the final space 20
    expect(quotedPrintable('a=b é \nx')).toBe('a=3Db =C3=A9=20\r\nx');
  });
  it('breaks long lines with soft breaks of at most 76 characters', () => {
    const lines = quotedPrintable('é'.repeat(100)).split('\r\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(76);
    expect(lines.slice(0, -1).every((l) => l.endsWith('='))).toBe(true);
  });
});
