import { describe, expect, it } from 'vitest';
import {
  formatIban,
  formatRegisteredNumber,
  frenchVatNumber,
  isValidEmail,
  isValidFrenchVat,
  isValidIban,
  isValidRegisteredNumber,
  isValidSiren,
  isValidSiret,
  parseIban,
  parseSiren,
  postalAddressErrors,
} from '../../../renderer/src/domain/validation';

describe('SIREN / SIRET', () => {
  it('accepts real SIRENs (Luhn)', () => {
    expect(isValidSiren('732829320')).toBe(true);
    expect(isValidSiren('732 829 320')).toBe(true);
    expect(isValidSiren('552100554')).toBe(true);
    expect(isValidSiren('356000000')).toBe(true); // La Poste
  });
  it('rejects typos', () => {
    expect(isValidSiren('732829321')).toBe(false);
    expect(isValidSiren('723829320')).toBe(false); // swapped digits
    expect(isValidSiren('73282932')).toBe(false);
    expect(isValidSiren('73282932A')).toBe(false);
  });
  it('checks SIRETs with Luhn', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('732 829 320 00074')).toBe(true);
    expect(isValidSiret('73282932000075')).toBe(false);
  });
  it('applies the La Poste exception (digit sum multiple of 5)', () => {
    expect(isValidSiret('35600000000048')).toBe(true); // head office, Luhn-valid
    // 3+5+6+1 = 15: multiple of 5 although Luhn fails
    expect(isValidSiret('35600000010000')).toBe(true);
    // 3+5+6+4+9+8+3+7 = 45, Luhn fails too
    expect(isValidSiret('35600000049837')).toBe(true);
    // 3+5+6+1+1 = 16: not a multiple of 5
    expect(isValidSiret('35600000000011')).toBe(false);
  });
  it('parses for forms', () => {
    expect(parseSiren(' 732 829 320 ')).toEqual({ ok: true, value: '732829320' });
    expect(parseSiren('123')).toEqual({
      ok: false,
      error: { code: 'siren.invalid', params: { value: '123' } },
    });
    expect(parseSiren('')).toEqual({ ok: false, error: { code: 'siren.empty' } });
  });
});

describe('French VAT number', () => {
  it('computes the key', () => {
    // 732829320 = 97 × 7554941 + 43 → 12 + 3 × 43 = 141 → 141 mod 97 = 44
    expect(frenchVatNumber('732829320')).toBe('FR44732829320');
    expect(isValidFrenchVat('FR44732829320')).toBe(true);
    expect(isValidFrenchVat('fr 44 732 829 320')).toBe(true);
    expect(isValidFrenchVat('FR45732829320')).toBe(false);
    expect(isValidFrenchVat('FR44732829321')).toBe(false);
  });
  it('computes La Poste key and pads one-digit keys', () => {
    // 356000000 = 97 × 3670103 + 9 → 12 + 27 = 39
    expect(frenchVatNumber('356000000')).toBe('FR39356000000');
    // 000000029 mod 97 = 29 → 12 + 87 = 99 → 99 mod 97 = 2 → "02"
    expect(frenchVatNumber('000000029')).toBe('FR02000000029');
    expect(isValidFrenchVat(frenchVatNumber('356000000'))).toBe(true);
  });
});

describe('IBAN', () => {
  it('checks mod 97', () => {
    expect(isValidIban('FR7630006000011234567890189')).toBe(true);
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(isValidIban('fr7630006000011234567890189')).toBe(true);
    expect(isValidIban('FR7630006000011234567890188')).toBe(false);
    expect(isValidIban('FR763000600001123456789018')).toBe(false); // FR is 27 characters
    expect(isValidIban('DE89370400440532013000')).toBe(true);
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
    expect(isValidIban('BE71096123456769')).toBe(true);
    expect(isValidIban('')).toBe(false);
  });
  it('formats in groups of four', () => {
    expect(formatIban('FR7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(parseIban('fr76 3000 6000 0112 3456 7890 189')).toEqual({
      ok: true,
      value: 'FR7630006000011234567890189',
    });
  });
});

describe('registered letter number', () => {
  it('accepts a digit, a letter and 11 digits', () => {
    expect(isValidRegisteredNumber('1A12345678901')).toBe(true);
    expect(isValidRegisteredNumber('1A 123 456 7890 1')).toBe(true);
    expect(isValidRegisteredNumber('1a12345678901')).toBe(true);
    expect(isValidRegisteredNumber('AA12345678901')).toBe(false);
    expect(isValidRegisteredNumber('1A1234567890')).toBe(false);
  });
  it('prints it like La Poste', () => {
    expect(formatRegisteredNumber('1a12345678901')).toBe('1A 123 456 7890 1');
    expect(formatRegisteredNumber(' oops ')).toBe('oops');
  });
});

describe('e-mail', () => {
  it('accepts ordinary addresses and rejects obvious mistakes', () => {
    expect(isValidEmail('compta@exemple.fr')).toBe(true);
    expect(isValidEmail('jean.dupont+factures@sous.domaine.co.uk')).toBe(true);
    expect(isValidEmail(' compta@exemple.fr ')).toBe(true);
    expect(isValidEmail('compta@exemple')).toBe(false);
    expect(isValidEmail('compta exemple.fr')).toBe(false);
    expect(isValidEmail('a@@b.fr')).toBe(false);
    expect(isValidEmail('jean..dupont@exemple.fr')).toBe(false);
    expect(isValidEmail('@exemple.fr')).toBe(false);
  });
});

describe('postal address (NF Z 10-011)', () => {
  it('accepts a standard block', () => {
    expect(
      postalAddressErrors(['SARL DUPONT', 'Service comptabilité', '12 RUE DES LILAS', '75011 PARIS']),
    ).toEqual([]);
    expect(postalAddressErrors(['12 RUE DES LILAS', '', '69002 LYON CEDEX 02'])).toEqual([]);
  });
  it('reports each problem with its line', () => {
    expect(postalAddressErrors(['1', '2', '3', '4', '5', '6', '75001 PARIS'])).toEqual([
      { code: 'address.tooManyLines', params: { count: 7, max: 6 } },
    ]);
    const long = 'Z'.repeat(39);
    expect(postalAddressErrors([long, '75001 PARIS'])).toEqual([
      { code: 'address.lineTooLong', params: { line: 1, length: 39, max: 38 } },
    ]);
    expect(postalAddressErrors(['12 rue des Lilas', '75001 Paris'])).toEqual([
      { code: 'address.cityNotCapitals', params: { line: 2, value: '75001 Paris' } },
    ]);
    expect(postalAddressErrors(['12 rue des Lilas', 'PARIS'])).toEqual([
      { code: 'address.postcodeCity', params: { line: 2, value: 'PARIS' } },
    ]);
    expect(
      postalAddressErrors(['SARL DUPONT', 'Bât. A', 'Esc. 2', '12, RUE DES LILAS', '75001 PARIS']),
    ).toEqual([{ code: 'address.punctuation', params: { line: 4, value: '12, RUE DES LILAS' } }]);
    expect(postalAddressErrors(['', ' '])).toEqual([{ code: 'address.empty' }]);
  });
  it('does not impose the French last line abroad', () => {
    expect(postalAddressErrors(['Rue de la Loi 16', '1000 Bruxelles', 'BELGIQUE'], 'BE')).toEqual([]);
  });
});
