/**
 * Fixture company, clients, invoices and penalties for the letter tests and the bench.
 * Penalties are built by hand (the letters print what the domain computed; they do not
 * recompute it), with the arithmetic in comments. Today is 27 May 2026 (2026-H1, rate
 * 12,15 % = ECB 2,15 + 10).
 */
import type {
  Client,
  CompanySettings,
  Invoice,
  JournalEntry,
  Payment,
} from '../../../../renderer/src/domain/model';
import type { ClientPenalties, InvoicePenalty } from '../../../../renderer/src/domain/penalties';
import type { LetterInput, LetterInvoice } from '../../../../renderer/src/documents/letters/types';
import { defaultTemplate } from '../../../../renderer/src/documents/templates/defaults';
import { DEFAULT_COMPANY_SETTINGS } from '../../../../renderer/src/domain/companySettings';

export const TODAY = '2026-05-27';

// 120 × 40 PNG: a red square and a blue bar.
export const LOGO =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAHgAAAAoCAIAAAC6iKlyAAAAbElEQVR42u3VUQkAIBBEwYtjiAtmRFtpBhFFcR6bYH42uo4UCECD1iJ0y7J1oEGDBg0aNGjQoEGDBg0aNGjQoEGDfgG6ZP1qoEGDBv0StDMEDRo0aNCgQYMGDRo0aNCgQYMGDXoGWqBBC/RVDYwvHTMDln8UAAAAAElFTkSuQmCC';

// the policy is the shipped default (30 days, 40 €, 8-day notice, DL window at 110 × 50 mm)
export const COMPANY: CompanySettings = {
  ...DEFAULT_COMPANY_SETTINGS,
  name: 'Atelier Lumière',
  legalForm: 'SARL',
  siren: '732829320',
  vatNumber: 'FR44732829320',
  addressLines: ['3 place du Marché', '69002 LYON'],
  city: 'Lyon',
  email: 'compta@atelier-lumiere.fr',
  phone: '04 72 00 00 00',
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPP',
  signatoryName: 'Claire Durand',
  signatoryTitle: 'Gérante',
  logoDataUrl: LOGO,
};

export const DUPONT: Client = {
  id: 'c-dupont',
  name: 'Dupont <&> "Fils"',
  kind: 'professional',
  legalForm: 'SAS',
  siren: '552100554',
  addressLines: ['Bâtiment B', '14 rue des Tanneurs', '75011 PARIS'],
  contacts: [{ name: 'Marc Dupont', email: 'marc@dupont.example', billing: true }],
  language: 'fr',
  createdAt: '2026-01-02T09:00:00.000Z',
};

export const MARTIN: Client = {
  id: 'c-martin',
  name: 'Jeanne Martin',
  kind: 'consumer',
  addressLines: ['8 allée des Acacias', '33000 BORDEAUX'],
  contacts: [],
  language: 'fr',
  createdAt: '2026-01-02T09:00:00.000Z',
};

export const BIGCO: Client = {
  id: 'c-big',
  name: 'Grands Magasins du Rhône',
  kind: 'professional',
  legalForm: 'SA',
  siren: '775670417',
  addressLines: ['Service comptabilité fournisseurs', '120 cours Lafayette', '69003 LYON CEDEX 03'],
  contacts: [],
  language: 'en',
  createdAt: '2026-01-02T09:00:00.000Z',
};

function invoice(
  id: string,
  number: string,
  clientId: string,
  issue: string,
  due: string,
  ttc: number,
): Invoice {
  return {
    id,
    number,
    clientId,
    issueDate: issue,
    dueDate: due,
    amountInclVat: ttc,
    amountExclVat: Math.round(ttc / 1.2),
    currency: 'EUR',
    source: 'manual',
  };
}

// Dupont: two overdue invoices.
export const DUPONT_INVOICES: Invoice[] = [
  invoice('i-101', 'F-2026-101', 'c-dupont', '2026-02-13', '2026-03-15', 150000),
  invoice('i-102', 'F-2026-102', 'c-dupont', '2026-03-11', '2026-04-10', 240000),
];
export const DUPONT_PAYMENTS: Payment[] = [
  {
    id: 'p-1',
    clientId: 'c-dupont',
    kind: 'payment',
    date: '2026-04-01',
    amount: 40000,
    allocations: [{ invoiceId: 'i-102', amount: 40000 }],
    reference: 'VIR 0401',
  },
  {
    id: 'p-2',
    clientId: 'c-dupont',
    kind: 'credit-note',
    date: '2026-04-20',
    amount: 5000,
    allocations: [],
    reference: 'AV-2026-007',
  },
];

function penalty(p: Omit<InvoicePenalty, 'total' | 'warnings' | 'missingRates'>): InvoicePenalty {
  return { ...p, total: p.interest + p.indemnity, warnings: [], missingRates: [] };
}

// F-2026-101: 1 500,00 € from 16/03 to 27/05/2026 = 16 + 30 + 27 = 73 days
//   150 000 × 12,15 % × 73 / 365 = 3 645 cents → 36,45 €
// F-2026-102: balance 2 000,00 € (400 € paid before the due date), 11/04 → 27/05 = 20 + 27 = 47 days
//   200 000 × 12,15 % × 47 / 365 = 3 129,04 → 31,29 €
// Interest 67,74 €; indemnities 2 × 40 € = 80,00 €; principal 3 500,00 €; total 3 647,74 €.
export const DUPONT_PENALTIES: ClientPenalties = {
  invoices: [
    penalty({
      invoiceId: 'i-101',
      invoiceNumber: 'F-2026-101',
      basis: 'commercial',
      startDate: '2026-03-16',
      periods: [
        {
          from: '2026-03-16',
          to: '2026-05-27',
          days: 73,
          principal: 150000,
          rate: 1215,
          half: '2026-H1',
          interest: 3645,
        },
      ],
      interest: 3645,
      indemnity: 4000,
    }),
    penalty({
      invoiceId: 'i-102',
      invoiceNumber: 'F-2026-102',
      basis: 'commercial',
      startDate: '2026-04-11',
      periods: [
        {
          from: '2026-04-11',
          to: '2026-05-27',
          days: 47,
          principal: 200000,
          rate: 1215,
          half: '2026-H1',
          interest: 3129,
        },
      ],
      interest: 3129,
      indemnity: 4000,
    }),
  ],
  interest: 6774,
  indemnities: 8000,
  total: 14774,
  missingRates: [],
};

export const DUPONT_JOURNAL: JournalEntry[] = [
  {
    id: 'j-1',
    clientId: 'c-dupont',
    invoiceIds: ['i-101'],
    date: '2026-03-20',
    at: '2026-03-20T08:00:00.000Z',
    type: 'step',
    stepKind: 'reminder',
    channel: 'letter',
    outcome: 'done',
  },
  {
    id: 'j-2',
    clientId: 'c-dupont',
    invoiceIds: ['i-101', 'i-102'],
    date: '2026-04-15',
    at: '2026-04-15T08:00:00.000Z',
    type: 'step',
    stepKind: 'reminder',
    channel: 'letter',
    outcome: 'done',
  },
  {
    id: 'j-3',
    clientId: 'c-dupont',
    invoiceIds: ['i-101', 'i-102'],
    date: '2026-05-05',
    at: '2026-05-05T08:00:00.000Z',
    type: 'step',
    stepKind: 'last-reminder',
    channel: 'letter',
    outcome: 'done',
  },
  // skipped: not a reminder the client received
  {
    id: 'j-4',
    clientId: 'c-dupont',
    invoiceIds: ['i-101'],
    date: '2026-05-10',
    at: '2026-05-10T08:00:00.000Z',
    type: 'step',
    stepKind: 'reminder',
    channel: 'email',
    outcome: 'skipped',
  },
];

export const DUPONT_BALANCES: LetterInvoice[] = [
  { invoice: DUPONT_INVOICES[0]!, balance: 150000 },
  { invoice: DUPONT_INVOICES[1]!, balance: 200000 },
];

// Martin (consumer): 480,00 € due 30/04/2026; interest only runs from the formal notice, no indemnity.
export const MARTIN_INVOICES: Invoice[] = [
  invoice('i-201', 'F-2026-201', 'c-martin', '2026-03-31', '2026-04-30', 48000),
];
export const MARTIN_PENALTIES: ClientPenalties = {
  invoices: [
    {
      invoiceId: 'i-201',
      invoiceNumber: 'F-2026-201',
      basis: 'consumer-legal',
      startDate: null,
      periods: [],
      interest: 0,
      indemnity: 0,
      total: 0,
      missingRates: [],
      warnings: [],
    },
  ],
  interest: 0,
  indemnities: 0,
  total: 0,
  missingRates: [],
};

// BigCo: 40 invoices of 1 234,56 € + k × 10,00 €, one a week, each 14,5 % … the interest of each
// is computed like the domain does (balance × 1215 × days / 365, rounded half up).
export function bigCoFixture(): { invoices: LetterInvoice[]; penalties: ClientPenalties } {
  const invoices: LetterInvoice[] = [];
  const penalties: InvoicePenalty[] = [];
  for (let k = 0; k < 40; k++) {
    const day = 1 + (k % 28);
    const month = 1 + Math.floor(k / 28);
    const due = `2026-0${month + 1}-${String(day).padStart(2, '0')}`;
    const issue = `2026-0${month}-${String(day).padStart(2, '0')}`;
    const ttc = 123456 + k * 1000;
    const inv = invoice(`i-b${k}`, `FA-${String(1000 + k)}`, 'c-big', issue, due, ttc);
    invoices.push({ invoice: inv, balance: ttc });
    const from = addOne(due);
    const days = dayNumber(TODAY) - dayNumber(from) + 1;
    const interest = Math.round((ttc * 1215 * days) / 3650000);
    penalties.push(
      penalty({
        invoiceId: inv.id,
        invoiceNumber: inv.number,
        basis: 'commercial',
        startDate: from,
        periods: [{ from, to: TODAY, days, principal: ttc, rate: 1215, half: '2026-H1', interest }],
        interest,
        indemnity: 4000,
      }),
    );
  }
  const interest = penalties.reduce((s, p) => s + p.interest, 0);
  return {
    invoices,
    penalties: {
      invoices: penalties,
      interest,
      indemnities: 160000,
      total: interest + 160000,
      missingRates: [],
    },
  };
}

function dayNumber(d: string): number {
  const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, dd) / 86400000;
}
function addOne(d: string): string {
  return new Date((dayNumber(d) + 1) * 86400000).toISOString().slice(0, 10);
}

export function dupontInput(templateId: string, overrides: Partial<LetterInput> = {}): LetterInput {
  const template = defaultTemplate(templateId);
  if (!template) throw new Error(`no template ${templateId}`);
  return {
    kind: template.kind,
    template,
    company: COMPANY,
    client: DUPONT,
    invoices: DUPONT_BALANCES,
    penalties: DUPONT_PENALTIES,
    previousActions: DUPONT_JOURNAL,
    today: TODAY,
    lang: template.language,
    ...overrides,
  };
}
