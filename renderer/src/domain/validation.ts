/**
 * Checks of the identifiers and formats a French invoice, letter or e-mail carries.
 * They catch typing mistakes before a letter goes out with a wrong SIREN or IBAN; they
 * do not prove that the company or the account exists.
 */
import { domainError, err, ok, type DomainError, type Result } from './result';

/** Drops the spaces, dots and dashes people type inside identifiers. */
function compact(s: string): string {
  return s.replace(/[\s.\-\u00a0\u202f]/g, '');
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function isValidSiren(s: string): boolean {
  const c = compact(s);
  return /^\d{9}$/.test(c) && luhn(c);
}

/** La Poste's establishments share SIREN 356000000 and too many SIRETs for Luhn: INSEE uses digit sum % 5. */
const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

export function isValidSiret(s: string): boolean {
  const c = compact(s);
  if (!/^\d{14}$/.test(c)) return false;
  // The head office (…00048) is the one La Poste SIRET that follows Luhn, as INSEE (and python-stdnum) treat it.
  if (c.startsWith(LA_POSTE_SIREN) && c !== LA_POSTE_HEAD_OFFICE) {
    const sum = [...c].reduce((acc, d) => acc + Number(d), 0);
    return sum % 5 === 0;
  }
  return luhn(c);
}

/** Intra-community VAT number of a French company: FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97. */
export function frenchVatNumber(siren: string): string {
  const c = compact(siren);
  const key = (12 + 3 * (Number(c) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${c}`;
}

export function isValidFrenchVat(s: string): boolean {
  const c = compact(s).toUpperCase();
  const m = /^FR(\d{2})(\d{9})$/.exec(c);
  return m !== null && isValidSiren(m[2]!) && frenchVatNumber(m[2]!) === c;
}

// IBAN lengths of the SEPA countries a French small business meets most; others: 15–34.
const IBAN_LENGTHS: Record<string, number> = {
  FR: 27,
  MC: 27,
  DE: 22,
  BE: 16,
  LU: 20,
  ES: 24,
  IT: 27,
  PT: 25,
  NL: 18,
  CH: 21,
  GB: 22,
  IE: 22,
  AT: 20,
};

function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    // letters become 10..35: one or two digits folded into the running remainder
    const value = ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : Number(ch);
    rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest;
}

export function isValidIban(s: string): boolean {
  const c = compact(s).toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(c)) return false;
  const expected = IBAN_LENGTHS[c.slice(0, 2)];
  if (expected !== undefined && c.length !== expected) return false;
  return ibanMod97(c) === 1;
}

/** "FR76 3000 6000 0112 3456 7890 189": groups of four, as banks print it. */
export function formatIban(s: string): string {
  return compact(s)
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');
}

/** La Poste registered letter: 13 characters, a digit, a letter, 11 digits. */
export function isValidRegisteredNumber(s: string): boolean {
  return /^\d[A-Z]\d{11}$/.test(compact(s).toUpperCase());
}

/** "1A 123 456 7890 1" as printed on the receipt; anything else comes back trimmed as typed. */
export function formatRegisteredNumber(s: string): string {
  const c = compact(s).toUpperCase();
  if (!/^\d[A-Z]\d{11}$/.test(c)) return s.trim();
  return `${c.slice(0, 2)} ${c.slice(2, 5)} ${c.slice(5, 8)} ${c.slice(8, 12)} ${c.slice(12)}`;
}

/** Deliberately plain: one @, no spaces, a dotted domain. The mail server has the last word. */
export function isValidEmail(s: string): boolean {
  const t = s.trim();
  if (t.length > 254) return false;
  return (
    /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/.test(
      t,
    ) &&
    !t.startsWith('.') &&
    !t.includes('..')
  );
}

// Form-level parsers: normalized value or an error code the `errors` namespace translates.
export function parseSiren(s: string): Result<string> {
  const c = compact(s);
  if (c === '') return err('siren.empty');
  return isValidSiren(c) ? ok(c) : err('siren.invalid', { value: s });
}

export function parseSiret(s: string): Result<string> {
  const c = compact(s);
  if (c === '') return err('siret.empty');
  return isValidSiret(c) ? ok(c) : err('siret.invalid', { value: s });
}

export function parseFrenchVat(s: string): Result<string> {
  const c = compact(s).toUpperCase();
  if (c === '') return err('vat.empty');
  return isValidFrenchVat(c) ? ok(c) : err('vat.invalid', { value: s });
}

export function parseIban(s: string): Result<string> {
  const c = compact(s).toUpperCase();
  if (c === '') return err('iban.empty');
  return isValidIban(c) ? ok(c) : err('iban.invalid', { value: s });
}

export function parseRegisteredNumber(s: string): Result<string> {
  const c = compact(s).toUpperCase();
  if (c === '') return err('registered.empty');
  return isValidRegisteredNumber(c) ? ok(c) : err('registered.invalid', { value: s });
}

export function parseEmail(s: string): Result<string> {
  const t = s.trim();
  if (t === '') return err('email.empty');
  return isValidEmail(t) ? ok(t) : err('email.invalid', { value: s });
}

export const ADDRESS_MAX_LINES = 6;
export const ADDRESS_MAX_LENGTH = 38;
const PUNCTUATION = /[.,;:!?"'«»()]/;

/**
 * NF Z 10-011 checks of an address block, in the order it is printed (pass the
 * recipient's name first when it is part of the block). Blank lines are ignored: they
 * are not printed. For France: last line "NNNNN CITY" in capitals, and no punctuation
 * from line 4 on (La Poste's sorting machines read those lines). Line numbers in the
 * params count from 1.
 */
export function postalAddressErrors(lines: string[], country = 'FR'): DomainError[] {
  const printed = lines.map((l) => l.trim()).filter((l) => l !== '');
  const errors: DomainError[] = [];
  if (printed.length === 0) return [domainError('address.empty')];
  if (printed.length > ADDRESS_MAX_LINES) {
    errors.push(domainError('address.tooManyLines', { count: printed.length, max: ADDRESS_MAX_LINES }));
  }
  printed.forEach((line, i) => {
    if (line.length > ADDRESS_MAX_LENGTH) {
      errors.push(
        domainError('address.lineTooLong', { line: i + 1, length: line.length, max: ADDRESS_MAX_LENGTH }),
      );
    }
  });
  if (country.toUpperCase() !== 'FR') return errors;
  const last = printed[printed.length - 1]!;
  const lastNumber = printed.length;
  const m = /^(\d{5}) +(\S.*)$/.exec(last);
  if (!m) {
    errors.push(domainError('address.postcodeCity', { line: lastNumber, value: last }));
  } else if (m[2] !== m[2]!.toUpperCase()) {
    errors.push(domainError('address.cityNotCapitals', { line: lastNumber, value: last }));
  }
  printed.forEach((line, i) => {
    if (i >= 3 && PUNCTUATION.test(line))
      errors.push(domainError('address.punctuation', { line: i + 1, value: line }));
  });
  return errors;
}
