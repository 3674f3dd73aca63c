import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../../renderer/src/documents/dossier/fileNames';

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', 'etc_passwd'],
    ['..\\..\\Windows\\win.ini', 'Windows_win.ini'],
    ['Facture n°12 — échéance.pdf', 'Facture n°12 — échéance.pdf'],
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['LPT1.pdf', '_LPT1.pdf'],
    ['a:b*c?d"e<f>g|h.pdf', 'a_b_c_d_e_f_g_h.pdf'],
    ['relance\r\nBcc: x.docx', 'relance__Bcc_ x.docx'],
    ['nom. ', 'nom'],
    ['...', 'document'],
    ['', 'document'],
    ['.htaccess', 'htaccess'],
    ['CON._', '_CON._'],
    ['rapport..final.pdf', 'rapport.final.pdf'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('composes accents (NFC) so the same name is written the same way', () => {
    expect(safeFileName('e\u0301che\u0301ance.pdf')).toBe('échéance.pdf');
  });

  it('shortens to 100 characters keeping the extension', () => {
    const s = safeFileName(`${'Société Générale '.repeat(10)}.pdf`);
    expect(s.length).toBeLessThanOrEqual(100);
    expect(s.endsWith('.pdf')).toBe(true);
    expect(safeFileName('a'.repeat(300), 20)).toBe('a'.repeat(20));
  });

  it('never yields a path, a parent reference, a control character or more than the limit', () => {
    const hostile = fc.constantFrom(
      '.',
      '..',
      '/',
      '\\',
      '\u0000',
      '\r',
      '\n',
      '\u007f',
      '\u0085',
      'é',
      'CON',
      ' ',
      ':',
      '😀',
      'a',
    );
    const name = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(hostile, { maxLength: 80 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(name, fc.integer({ min: 8, max: 120 }), (input, max) => {
        const out = safeFileName(input, max);
        // eslint-disable-next-line no-control-regex -- control characters are what this removes
        expect(out).not.toMatch(/[/\\]|\.\.|[\u0000-\u001f\u007f-\u009f]/);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out.length).toBeGreaterThan(0);
        expect(out).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
        expect(out).not.toMatch(/[ .]$/);
        // no lone surrogate: the name must survive UTF-8 (ZIP entry, e-mail header)
        expect(new TextDecoder().decode(new TextEncoder().encode(out))).toBe(out);
      }),
      { numRuns: 2000 },
    );
  });
});
