/** Demo clients: companies, public bodies, consumers and English-speaking customers. */
import type { Client, ClientKind, Contact, Language } from '../domain/model';
import { makeSiren, makeSiret, vatNumberOf } from './identifiers';
import type { Random } from './random';
import {
  ACTIVITIES,
  BRAND_ENDS,
  BRAND_STARTS,
  BUILDINGS,
  BUSINESS_PARKS,
  CITIES,
  DUBLIN_KEYS,
  ENGLISH_STREETS,
  ENGLISH_TRADES,
  ENGLISH_WORDS,
  FAMOUS_PEOPLE,
  FIRST_NAMES_F,
  FIRST_NAMES_M,
  LEGAL_FORMS,
  PLACE_QUALIFIERS,
  PUBLIC_BODIES,
  STREET_NAMES,
  STREET_TYPES,
  SURNAMES,
  UK_TOWNS,
} from './words';

export type Audience = 'french-company' | 'public' | 'consumer' | 'english';

export interface DemoClientDraft {
  client: Omit<Client, 'id' | 'createdAt'>;
  audience: Audience;
  /** what the invoices of this client are for */
  labels: readonly string[];
}

/** 'Lefèvre & Fils' → 'lefevre-fils': a domain name part. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function upperNoAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, ' ')
    .toUpperCase();
}

function person(random: Random): { first: string; last: string; female: boolean } {
  const female = random.chance(0.5);
  return { first: random.pick(female ? FIRST_NAMES_F : FIRST_NAMES_M), last: random.pick(SURNAMES), female };
}

/** ARCEP's numbers reserved for fiction: 01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49, 06 39 98. */
function frenchPhone(random: Random, mobile = false): string {
  const prefix = mobile
    ? '06 39 98'
    : random.pick(['01 99 00', '02 61 91', '03 53 01', '04 65 71', '05 36 49']);
  return `${prefix} ${random.digits(2)} ${random.digits(2)}`;
}

/** NF Z 10-011: recipient service, building, number and street, locality or PO box, postcode + CITY. */
function frenchAddress(random: Random, business: boolean, city?: [string, string]): string[] {
  const [postcode, town] = city ?? random.pick(CITIES);
  const lines: string[] = [];
  if (business && random.chance(0.25)) lines.push('SERVICE COMPTABILITE');
  if (random.chance(0.2)) lines.push(random.pick(business ? BUSINESS_PARKS : BUILDINGS));
  const number = random.int(1, 180);
  const bis = random.chance(0.06) ? ' BIS' : '';
  lines.push(`${number}${bis} ${random.weighted(STREET_TYPES)} ${random.pick(STREET_NAMES)}`);
  if (business && random.chance(0.1)) lines.push(`BP ${random.int(10, 99999)}`);
  lines.push(`${postcode} ${town}`);
  return lines;
}

function companyName(random: Random, trade: string): string {
  const name = companyNameDraft(random, trade);
  return name.length <= 38 ? name : `${trade} ${random.pick(SURNAMES)}`;
}

function companyNameDraft(random: Random, trade: string): string {
  switch (random.int(0, 4)) {
    case 0:
    case 1:
      return `${trade} ${random.pick(SURNAMES)}`;
    case 2:
      return `${trade} ${random.pick(PLACE_QUALIFIERS)}`;
    case 3:
      return `${random.pick(BRAND_STARTS)}${random.pick(BRAND_ENDS)} ${trade}`;
    default: {
      const a = random.pick(SURNAMES);
      return random.chance(0.5) ? `${a} et Fils` : `${a} & ${random.pick(SURNAMES)}`;
    }
  }
}

function companyContacts(random: Random, domain: string, language: Language): Contact[] {
  const accounts: Contact = {
    name: language === 'fr' ? 'Service comptabilité' : 'Accounts payable',
    email: `${language === 'fr' ? 'compta' : 'accounts'}@${domain}`,
    billing: true,
  };
  const p = person(random);
  const named: Contact = {
    name: `${p.first} ${p.last}`,
    email: `${slug(p.first)}.${slug(p.last)}@${domain}`,
    phone: frenchPhone(random),
    role:
      language === 'en'
        ? 'Finance manager'
        : p.female
          ? random.pick(['Gérante', 'Directrice financière', 'Comptable', 'Assistante de direction'])
          : random.pick(['Gérant', 'Directeur financier', 'Comptable', 'Assistant de direction']),
    copy: random.chance(0.5),
  };
  return random.chance(0.7) ? [accounts, named] : [{ ...named, billing: true, copy: false }];
}

export function draftFrenchCompany(random: Random): DemoClientDraft {
  const activity = random.pick(ACTIVITIES);
  const name = companyName(random, activity.trade);
  const siren = makeSiren(random);
  const segment = random.weighted({ TPE: 40, PME: 45, 'Grand compte': 15 });
  return {
    audience: 'french-company',
    labels: activity.labels,
    client: {
      name,
      kind: 'professional',
      legalForm: random.weighted(LEGAL_FORMS),
      siren,
      siret: makeSiret(siren, random),
      vatNumber: vatNumberOf(siren),
      addressLines: frenchAddress(random, true),
      contacts: companyContacts(random, `${slug(name)}.example`, 'fr'),
      segment,
      language: 'fr',
    },
  };
}

export function draftPublicBody(random: Random): DemoClientDraft {
  const city = random.pick(CITIES);
  const cityName = city[1].toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase());
  // Keep the name within one 38-character address line, as the envelope window needs.
  let name = random.pick(PUBLIC_BODIES)(cityName, random.pick(FAMOUS_PEOPLE));
  if (name.length > 38) name = `Commune de ${cityName}`.slice(0, 38);
  // Public bodies' SIRENs start with 2 (INSEE's category of public legal persons).
  const siren = makeSiren(random, 2);
  const lines = ['SERVICE FINANCIER', ...frenchAddress(random, false, city)];
  return {
    audience: 'public',
    labels: ['Marché public – prestation', 'Bon de commande', 'Maintenance annuelle'],
    client: {
      name,
      kind: 'public',
      legalForm:
        name.startsWith('Commune') || name.startsWith('Communauté')
          ? 'Collectivité territoriale'
          : 'Établissement public',
      siren,
      siret: makeSiret(siren, random),
      addressLines: lines,
      contacts: [
        {
          name: 'Service financier',
          email: `finances@${slug(name)}.example`,
          phone: frenchPhone(random),
          billing: true,
        },
      ],
      segment: 'Secteur public',
      language: 'fr',
    },
  };
}

export function draftConsumer(random: Random): DemoClientDraft {
  const p = person(random);
  return {
    audience: 'consumer',
    labels: ['Travaux à domicile', 'Dépannage', 'Installation'],
    client: {
      name: `${p.female ? 'Mme' : 'M.'} ${p.first} ${p.last}`,
      kind: 'consumer',
      addressLines: frenchAddress(random, false).map(upperNoAccents),
      contacts: [
        {
          name: `${p.first} ${p.last}`,
          email: `${slug(p.first)}.${slug(p.last)}@mail.example`,
          phone: frenchPhone(random, true),
          billing: true,
        },
      ],
      segment: 'Particulier',
      scenarioId: 'consumer',
      language: 'fr',
    },
  };
}

export function draftEnglishClient(random: Random): DemoClientDraft {
  const name = `${random.pick(ENGLISH_WORDS)} ${random.pick(ENGLISH_TRADES)}`;
  const where = random.weighted({ GB: 5, IE: 3, FR: 2 });
  let addressLines: string[];
  let legalForm = 'Ltd';
  let extra: Partial<Client>;
  if (where === 'GB') {
    const [town, district] = random.pick(UK_TOWNS);
    const inward = `${random.int(1, 9)}${random.pick(['AB', 'DT', 'HX', 'QP', 'NW', 'RT'])}`;
    addressLines = [
      `${random.int(1, 240)} ${random.pick(ENGLISH_STREETS)}`,
      town,
      `${district} ${inward}`,
      'ROYAUME-UNI',
    ];
    extra = { country: 'GB' };
  } else if (where === 'IE') {
    addressLines = [
      `${random.int(1, 120)} ${random.pick(ENGLISH_STREETS)}`,
      `DUBLIN ${random.pick(DUBLIN_KEYS)} ${random.pick(['X285', 'YD71', 'K2P9', 'HN44'])}`,
      'IRLANDE',
    ];
    legalForm = 'Limited';
    extra = { country: 'IE' };
  } else {
    // An English-speaking company settled in France: French address and SIREN, English letters.
    const siren = makeSiren(random);
    addressLines = frenchAddress(random, true);
    legalForm = 'SAS';
    extra = { siren, siret: makeSiret(siren, random), vatNumber: vatNumberOf(siren) };
  }
  const domain = `${slug(name)}.example`;
  return {
    audience: 'english',
    labels: ['Consulting services', 'Software licence', 'Translation services'],
    client: {
      name: where === 'FR' ? `${name} France` : `${name} ${legalForm}`,
      kind: 'professional',
      legalForm,
      addressLines,
      contacts: companyContacts(random, domain, 'en'),
      segment: 'International',
      language: 'en',
      ...extra,
    },
  };
}

export function draftClient(random: Random, kind: ClientKind | 'english'): DemoClientDraft {
  if (kind === 'public') return draftPublicBody(random);
  if (kind === 'consumer') return draftConsumer(random);
  if (kind === 'english') return draftEnglishClient(random);
  return draftFrenchCompany(random);
}
