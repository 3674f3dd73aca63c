import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../renderer/src/domain/import/encoding';
import { FEC_NAME, fixtureBytes } from './helpers';

describe('decodeText', () => {
  it('reads a Windows-1252 export with its accents, « », – and Œ', () => {
    const r = decodeText(fixtureBytes('factures-facturation-cp1252.csv'));
    expect(r.ok && r.value.encoding).toBe('windows-1252');
    expect(r.ok && r.value.guessed).toBe(true);
    expect(r.ok && r.value.text).toContain('Société Œnologique du Sud');
    expect(r.ok && r.value.text).toContain('Entretien véhicules – février');
    expect(r.ok && r.value.text).toContain('N° facture;Date facture;Échéance');
  });

  it('reads the UTF-8 BOM variant and drops the BOM', () => {
    const r = decodeText(fixtureBytes('factures-facturation-utf8-bom.csv'));
    expect(r.ok && r.value.encoding).toBe('utf-8-bom');
    expect(r.ok && r.value.guessed).toBe(false);
    expect(r.ok && r.value.text.startsWith('N° facture')).toBe(true);
  });

  it('takes a FEC with € (0xA4) and Œ (0xBC) as ISO-8859-15', () => {
    const r = decodeText(fixtureBytes(FEC_NAME));
    expect(r.ok && r.value.encoding).toBe('iso-8859-15');
    expect(r.ok && r.value.text).toContain('Dégustation 20 €/pers');
    expect(r.ok && r.value.text).toContain('Société Œnologique du Sud');
  });

  it('keeps Windows-1252 when a byte 0x80–0x9F says so, even with 0xA4', () => {
    // 0x80 = € in Windows-1252; 0xA4 is then ¤
    const r = decodeText(new Uint8Array([0x80, 0x20, 0xa4]));
    expect(r.ok && r.value.text).toBe('€ ¤');
  });

  it('reads plain UTF-8', () => {
    const r = decodeText(new TextEncoder().encode('Échéance;Montant\n'));
    expect(r.ok && r.value).toEqual({ text: 'Échéance;Montant\n', encoding: 'utf-8', guessed: false });
  });

  it('refuses binary junk (a PDF with NUL bytes)', () => {
    expect(decodeText(fixtureBytes('binaire.csv'))).toEqual({ ok: false, error: { code: 'import.binary' } });
  });
});
