/**
 * The "Entreprise" form as typed (strings), and its checks. Identifiers are checked with
 * the domain's validators (SIREN Luhn, VAT key, IBAN mod 97); an empty optional field is
 * fine, a wrong one is not saved.
 */
import { postalAddressErrors } from '../../domain/validation';
import {
  formatIban,
  frenchVatNumber,
  isValidFrenchVat,
  isValidSiren,
  parseEmail,
  parseIban,
  parseSiren,
} from '../../domain/validation';
import type { CompanySettings } from '../../domain/model';
import type { DomainError } from '../../domain/result';

export interface CompanyDraft {
  name: string;
  legalForm: string;
  siren: string;
  vatNumber: string;
  address1: string;
  address2: string;
  /** "69002 LYON" */
  postcodeCity: string;
  city: string;
  email: string;
  phone: string;
  iban: string;
  bic: string;
  signatoryName: string;
  signatoryTitle: string;
  logoDataUrl: string | undefined;
}

export type CompanyField = keyof CompanyDraft;
export type CompanyErrors = Partial<Record<CompanyField, DomainError>>;

export function draftFromSettings(s: CompanySettings): CompanyDraft {
  // The last address line is "postcode CITY"; up to two street lines before it.
  const lines = [...s.addressLines];
  const last = lines.length > 0 ? (lines.pop() ?? '') : '';
  return {
    name: s.name,
    legalForm: s.legalForm,
    siren: s.siren,
    vatNumber: s.vatNumber,
    address1: lines[0] ?? '',
    address2: lines.slice(1).join(' '),
    postcodeCity: last,
    city: s.city,
    email: s.email,
    phone: s.phone,
    iban: s.iban ? formatIban(s.iban) : '',
    bic: s.bic,
    signatoryName: s.signatoryName,
    signatoryTitle: s.signatoryTitle,
    logoDataUrl: s.logoDataUrl,
  };
}

const compact = (s: string) => s.replace(/[\s.\-\u00a0\u202f]/g, '');
// ISO 9362: bank (4 letters), country (2 letters), location (2), optional branch (3).
const BIC = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

/** The draft's address block, blank lines dropped: what the letterhead prints. */
export function addressLinesOf(d: CompanyDraft): string[] {
  return [d.address1, d.address2, d.postcodeCity].map((l) => l.trim()).filter((l) => l !== '');
}

/** Every problem of the draft, by field; empty when it can be saved. */
export function validateCompanyDraft(d: CompanyDraft): CompanyErrors {
  const errors: CompanyErrors = {};
  if (d.name.trim() === '') errors.name = { code: 'settings.company.nameRequired' };
  if (d.siren.trim() !== '') {
    const r = parseSiren(d.siren);
    if (!r.ok) errors.siren = r.error;
  }
  const vat = compact(d.vatNumber).toUpperCase();
  if (vat !== '') {
    if (!isValidFrenchVat(vat)) errors.vatNumber = { code: 'vat.invalid', params: { value: d.vatNumber } };
    else if (isValidSiren(d.siren) && vat.slice(4) !== compact(d.siren))
      errors.vatNumber = { code: 'settings.company.vatNotSiren' };
  }
  const lines = addressLinesOf(d);
  if (lines.length > 0) {
    const problem = postalAddressErrors(lines)[0];
    if (problem) {
      const field: CompanyField =
        problem.code === 'address.postcodeCity' || problem.code === 'address.cityNotCapitals'
          ? 'postcodeCity'
          : 'address1';
      errors[field] = problem;
    }
  }
  if (d.email.trim() !== '') {
    const r = parseEmail(d.email);
    if (!r.ok) errors.email = r.error;
  }
  if (d.iban.trim() !== '') {
    const r = parseIban(d.iban);
    if (!r.ok) errors.iban = r.error;
  }
  const bic = compact(d.bic).toUpperCase();
  if (bic !== '' && !BIC.test(bic))
    errors.bic = { code: 'settings.company.bicInvalid', params: { value: d.bic } };
  return errors;
}

/** The settings with the draft applied: identifiers stored compact, as the documents expect them. */
export function applyCompanyDraft(s: CompanySettings, d: CompanyDraft): CompanySettings {
  const { logoDataUrl: _old, ...rest } = s;
  return {
    ...rest,
    name: d.name.trim(),
    legalForm: d.legalForm.trim(),
    siren: compact(d.siren),
    vatNumber: compact(d.vatNumber).toUpperCase(),
    addressLines: addressLinesOf(d),
    city: d.city.trim(),
    email: d.email.trim(),
    phone: d.phone.trim(),
    iban: compact(d.iban).toUpperCase(),
    bic: compact(d.bic).toUpperCase(),
    signatoryName: d.signatoryName.trim(),
    signatoryTitle: d.signatoryTitle.trim(),
    ...(d.logoDataUrl ? { logoDataUrl: d.logoDataUrl } : {}),
  };
}

/** The VAT number computed from a valid SIREN, else null (the button stays hidden). */
export function vatFromSiren(siren: string): string | null {
  return isValidSiren(siren) ? frenchVatNumber(siren) : null;
}

export const LOGO_MAX_BYTES = 500 * 1024;
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
