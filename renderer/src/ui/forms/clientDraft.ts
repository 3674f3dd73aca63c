/**
 * The client form's text fields and their checks, apart from React: what the user typed
 * becomes either a ClientInput for the repository or one error per wrong field, in the
 * words of the domain (SIREN/SIRET Luhn key, VAT key, NF Z 10-011 address).
 */
import type { ClientInput } from '../../db/clients';
import { formatDateShort, parseFrenchDate } from '../../domain/dates';
import type { Client, ClientKind, Contact, InsolvencyProcedure, IsoDate, Language } from '../../domain/model';
import { domainError, type DomainError } from '../../domain/result';
import {
  frenchVatNumber,
  parseEmail,
  parseFrenchVat,
  parseSiren,
  parseSiret,
  postalAddressErrors,
} from '../../domain/validation';

/**
 * NF Z 10-011: the recipient's name is line 1, then these five lines in this order —
 * 2 person or service, 3 building/floor, 4 number and street, 5 locality or PO box, 6 postcode and CITY.
 */
export const ADDRESS_SLOTS = 5;

export interface ContactDraft {
  name: string;
  email: string;
  phone: string;
  role: string;
  billing: boolean;
  copy: boolean;
}

export interface ClientDraft {
  name: string;
  kind: ClientKind;
  legalForm: string;
  siren: string;
  siret: string;
  vatNumber: string;
  country: string;
  address: string[];
  contacts: ContactDraft[];
  segment: string;
  scenarioId: string;
  language: Language;
  notes: string;
  /** '' = no collective procedure */
  insolvency: InsolvencyProcedure | '';
  /** date of the opening judgment as typed (jj/mm/aaaa) */
  insolvencyOpenedOn: string;
}

export const INSOLVENCY_PROCEDURES: readonly InsolvencyProcedure[] = [
  'sauvegarde',
  'redressement',
  'liquidation',
];

/** Field keys: 'name', 'siren', 'address.2', 'contacts.0.email', … */
export type DraftErrors = Record<string, DomainError>;

export function emptyContact(billing = false): ContactDraft {
  return { name: '', email: '', phone: '', role: '', billing, copy: false };
}

export function emptyClientDraft(): ClientDraft {
  return {
    name: '',
    kind: 'professional',
    legalForm: '',
    siren: '',
    siret: '',
    vatNumber: '',
    country: 'FR',
    address: new Array<string>(ADDRESS_SLOTS).fill(''),
    contacts: [emptyContact(true)],
    segment: '',
    scenarioId: '',
    language: 'fr',
    notes: '',
    insolvency: '',
    insolvencyOpenedOn: '',
  };
}

/**
 * Stored lines carry no position (blanks are not stored): the last one goes to the
 * postcode slot and the others end at the street slot, where most addresses have them.
 */
export function addressSlots(lines: readonly string[]): string[] {
  const slots = new Array<string>(ADDRESS_SLOTS).fill('');
  const kept = lines.filter((l) => l.trim() !== '');
  if (kept.length === 0) return slots;
  if (kept.length > ADDRESS_SLOTS) return [...kept];
  slots[ADDRESS_SLOTS - 1] = kept[kept.length - 1]!;
  const before = kept.slice(0, -1);
  const start = Math.max(0, 3 - before.length);
  before.forEach((l, i) => (slots[start + i] = l));
  return slots;
}

export function draftFromClient(c: Client): ClientDraft {
  return {
    name: c.name,
    kind: c.kind,
    legalForm: c.legalForm ?? '',
    siren: c.siren ?? '',
    siret: c.siret ?? '',
    vatNumber: c.vatNumber ?? '',
    country: c.country ?? 'FR',
    address: addressSlots(c.addressLines),
    contacts: c.contacts.map((k) => ({
      name: k.name,
      email: k.email ?? '',
      phone: k.phone ?? '',
      role: k.role ?? '',
      billing: k.billing ?? false,
      copy: k.copy ?? false,
    })),
    segment: c.segment ?? '',
    scenarioId: c.scenarioId ?? '',
    language: c.language,
    notes: c.notes ?? '',
    insolvency: c.insolvency ?? '',
    insolvencyOpenedOn: c.insolvencyOpenedOn ? formatDateShort(c.insolvencyOpenedOn) : '',
  };
}

const opt = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());
const PHONE = /^\+?[\d\s().-]{6,24}$/;
const FOREIGN_VAT = /^[A-Z]{2}[0-9A-Z+*]{2,13}$/;

function isBlankContact(c: ContactDraft): boolean {
  return [c.name, c.email, c.phone, c.role].every((v) => v.trim() === '');
}

/**
 * The whole draft checked at once, so every wrong field shows its error together.
 * `today` (the company's date) refuses an opening judgment in the future.
 */
export function validateClientDraft(
  d: ClientDraft,
  today?: IsoDate,
): { errors: DraftErrors; input: ClientInput | null } {
  const errors: DraftErrors = {};
  const name = d.name.trim();
  if (name === '') errors.name = domainError('form.required');
  const company = d.kind !== 'consumer';

  let siren: string | undefined;
  if (company && d.siren.trim() !== '') {
    const r = parseSiren(d.siren);
    if (r.ok) siren = r.value;
    else errors.siren = r.error;
  }
  let siret: string | undefined;
  if (company && d.siret.trim() !== '') {
    const r = parseSiret(d.siret);
    if (!r.ok) errors.siret = r.error;
    else if (siren !== undefined && !r.value.startsWith(siren))
      errors.siret = domainError('form.siretNotSiren', { siren });
    else siret = r.value;
  }
  let vatNumber: string | undefined;
  const vat = d.vatNumber.replace(/[\s.-]/g, '').toUpperCase();
  if (company && vat !== '') {
    if (vat.startsWith('FR')) {
      const r = parseFrenchVat(vat);
      if (!r.ok) errors.vatNumber = r.error;
      else if (siren !== undefined && r.value !== frenchVatNumber(siren)) {
        errors.vatNumber = domainError('form.vatNotSiren', { expected: frenchVatNumber(siren) });
      } else vatNumber = r.value;
    } else if (!FOREIGN_VAT.test(vat)) errors.vatNumber = domainError('vat.invalid', { value: d.vatNumber });
    else vatNumber = vat;
  }

  const country = d.country.trim().toUpperCase() || 'FR';
  if (!/^[A-Z]{2}$/.test(country)) errors.country = domainError('form.countryInvalid', { value: d.country });

  const lines = d.address.map((l) => l.trim());
  if (lines.every((l) => l === '')) {
    errors[`address.${lines.length - 1}`] = domainError('form.addressRequired');
  } else if (name !== '') {
    // The domain numbers the printed lines (name first, blanks skipped): map them back to the inputs.
    const printed = [
      { field: 'name' },
      ...lines.map((l, i) => ({ field: l === '' ? null : `address.${i}` })),
    ].filter((p) => p.field !== null);
    for (const e of postalAddressErrors([name, ...lines], country)) {
      const line = Number(e.params?.line ?? 0);
      const field = printed[line - 1]?.field ?? `address.${lines.length - 1}`;
      // A long company name is its legal name: the letter prints it as it is.
      if (field === 'name') continue;
      errors[field] ??= e;
    }
  }

  const contacts: Contact[] = [];
  d.contacts.forEach((c, i) => {
    if (isBlankContact(c)) return;
    if (c.name.trim() === '') errors[`contacts.${i}.name`] = domainError('form.contactNameRequired');
    let email: string | undefined;
    if (c.email.trim() !== '') {
      const r = parseEmail(c.email);
      if (r.ok) email = r.value;
      else errors[`contacts.${i}.email`] = r.error;
    } else if (c.billing) errors[`contacts.${i}.email`] = domainError('form.billingNeedsEmail');
    if (c.phone.trim() !== '' && !PHONE.test(c.phone.trim())) {
      errors[`contacts.${i}.phone`] = domainError('form.phoneInvalid', { value: c.phone });
    }
    contacts.push({
      name: c.name.trim(),
      ...(email !== undefined ? { email } : {}),
      ...(opt(c.phone) !== undefined ? { phone: opt(c.phone) } : {}),
      ...(opt(c.role) !== undefined ? { role: opt(c.role) } : {}),
      ...(c.billing ? { billing: true } : {}),
      ...(c.copy ? { copy: true } : {}),
    });
  });

  // A collective procedure needs its opening date: interest stops the day before, and the
  // two months to declare the claim run from its publication (a few days later). It opens
  // against a business (a consumer's over-indebtedness is another procedure).
  const insolvent = company && d.insolvency !== '';
  let insolvencyOpenedOn: IsoDate | undefined;
  if (insolvent) {
    if (d.insolvencyOpenedOn.trim() === '')
      errors.insolvencyOpenedOn = domainError('form.insolvencyDateRequired');
    else {
      const r = parseFrenchDate(d.insolvencyOpenedOn);
      if (!r.ok) errors.insolvencyOpenedOn = r.error;
      else if (today !== undefined && r.value > today)
        errors.insolvencyOpenedOn = domainError('form.insolvencyDateFuture');
      else insolvencyOpenedOn = r.value;
    }
  }

  if (Object.keys(errors).length > 0) return { errors, input: null };
  const input: ClientInput = {
    name,
    kind: d.kind,
    addressLines: lines.filter((l) => l !== ''),
    contacts,
    language: d.language,
    ...(country !== 'FR' ? { country } : {}),
    ...(company && opt(d.legalForm) ? { legalForm: opt(d.legalForm) } : {}),
    ...(siren ? { siren } : {}),
    ...(siret ? { siret } : {}),
    ...(vatNumber ? { vatNumber } : {}),
    ...(opt(d.segment) ? { segment: opt(d.segment) } : {}),
    ...(opt(d.scenarioId) ? { scenarioId: opt(d.scenarioId) } : {}),
    ...(opt(d.notes) ? { notes: opt(d.notes) } : {}),
    ...(insolvent && d.insolvency !== '' && insolvencyOpenedOn
      ? { insolvency: d.insolvency, insolvencyOpenedOn }
      : {}),
  };
  return { errors, input };
}

/** The optional fields the form can empty. */
const CLEARABLE = [
  'legalForm',
  'siren',
  'siret',
  'vatNumber',
  'country',
  'segment',
  'scenarioId',
  'notes',
  'insolvency',
  'insolvencyOpenedOn',
] as const satisfies readonly (keyof ClientInput)[];

/**
 * The changes an edit sends: the repository merges them over the stored client, so a
 * field the user emptied (a procedure set back to "none", notes erased) is sent as
 * undefined, or the old value would stay.
 */
export function clientChanges(input: ClientInput): ClientInput {
  const changes: ClientInput = { ...input };
  for (const key of CLEARABLE) if (!(key in changes)) changes[key] = undefined;
  return changes;
}

/**
 * The repository's zod check names the field it refused (`params.field`, e.g.
 * 'contacts.0.email'); put its message next to that input, or at the top of the form.
 */
export function fieldOfRepositoryError(error: DomainError): string {
  const field = String(error.params?.field ?? '');
  if (
    /^(name|siren|siret|vatNumber|country|insolvencyOpenedOn)$/.test(field) ||
    /^contacts\.\d+\.(name|email|phone)$/.test(field)
  )
    return field;
  return 'form';
}
