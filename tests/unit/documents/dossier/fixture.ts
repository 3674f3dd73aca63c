// A small, real-looking client file: two invoices, a partial payment, three reminders
// ending in a registered formal notice, and the documents kept along the way.
import type {
  Client,
  Invoice,
  JournalEntry,
  Payment,
  StoredDocument,
} from '../../../../renderer/src/domain/model';
import type { ClientPenalties } from '../../../../renderer/src/domain/penalties';
import type { DossierInput } from '../../../../renderer/src/documents/dossier/types';

export const company: DossierInput['company'] = {
  name: 'Atelier Lumière',
  legalForm: 'SARL',
  siren: '732829320',
  vatNumber: 'FR44732829320',
  addressLines: ['3 place du Marché', '69002 LYON'],
  signatoryName: 'Claire Durand',
  signatoryTitle: 'Gérante',
  fixedIndemnity: 4000,
};

export const client: Client = {
  id: 'client-1',
  name: 'Dupont & Fils',
  kind: 'professional',
  legalForm: 'SAS',
  siren: '552100554',
  addressLines: ['12 rue des Lilas', '75011 PARIS'],
  contacts: [{ name: 'Hélène Martin', email: 'helene.martin@dupont-fils.fr', billing: true }],
  language: 'fr',
  createdAt: '2025-11-02T09:00:00.000Z',
};

export const invoices: Invoice[] = [
  {
    id: 'inv-1',
    number: 'FA-2026-001',
    clientId: 'client-1',
    issueDate: '2026-01-15',
    dueDate: '2026-02-14',
    amountInclVat: 120_000,
    amountExclVat: 100_000,
    currency: 'EUR',
    source: 'manual',
  },
  {
    id: 'inv-2',
    number: 'FA-2026-002',
    clientId: 'client-1',
    issueDate: '2026-02-01',
    dueDate: '2026-03-03',
    amountInclVat: 60_000,
    amountExclVat: 50_000,
    currency: 'EUR',
    source: 'manual',
  },
];

export const payments: Payment[] = [
  {
    id: 'pay-1',
    clientId: 'client-1',
    kind: 'payment',
    date: '2026-03-01',
    amount: 20_000,
    reference: 'VIR 0301',
    allocations: [{ invoiceId: 'inv-1', amount: 20_000 }],
  },
];

/*
 * Penalties at 2026-04-30, rate 12.15 % (2026-H1), simple interest / 365:
 * FA-2026-001: 1 200 € × 12.15 % × 14 d (15–28 Feb) = 5.5923 €; 1 000 € × 12.15 % × 61 d (1 Mar–30 Apr)
 *   = 20.3055 €; rounded once: 25.8978 → 25.90 €; + 40 € indemnity.
 * FA-2026-002: 600 € × 12.15 % × 58 d (4 Mar–30 Apr) = 11.5841 → 11.58 €; + 40 €.
 * Interest 37.48 €, indemnities 80 €; principal 1 000 + 600 = 1 600 €; total 1 717.48 €.
 */
export const penalties: ClientPenalties = {
  invoices: [
    {
      invoiceId: 'inv-1',
      invoiceNumber: 'FA-2026-001',
      basis: 'commercial',
      startDate: '2026-02-15',
      periods: [
        {
          from: '2026-02-15',
          to: '2026-02-28',
          days: 14,
          principal: 120_000,
          rate: 1215,
          half: '2026-H1',
          interest: 559,
        },
        {
          from: '2026-03-01',
          to: '2026-04-30',
          days: 61,
          principal: 100_000,
          rate: 1215,
          half: '2026-H1',
          interest: 2031,
        },
      ],
      interest: 2590,
      indemnity: 4000,
      total: 6590,
      missingRates: [],
      warnings: [],
    },
    {
      invoiceId: 'inv-2',
      invoiceNumber: 'FA-2026-002',
      basis: 'commercial',
      startDate: '2026-03-04',
      periods: [
        {
          from: '2026-03-04',
          to: '2026-04-30',
          days: 58,
          principal: 60_000,
          rate: 1215,
          half: '2026-H1',
          interest: 1158,
        },
      ],
      interest: 1158,
      indemnity: 4000,
      total: 5158,
      missingRates: [],
      warnings: [],
    },
  ],
  interest: 3748,
  indemnities: 8000,
  total: 11748,
  missingRates: [],
};

export const journal: JournalEntry[] = [
  {
    id: 'j1',
    clientId: 'client-1',
    invoiceIds: ['inv-1'],
    date: '2026-02-16',
    at: '2026-02-16T08:10:00.000Z',
    type: 'email-sent',
    stepKind: 'reminder',
    channel: 'email',
    outcome: 'done',
    documentIds: ['doc-email'],
  },
  {
    id: 'j2',
    clientId: 'client-1',
    invoiceIds: ['inv-1', 'inv-2'],
    date: '2026-03-10',
    at: '2026-03-10T09:00:00.000Z',
    type: 'step',
    stepKind: 'last-reminder',
    channel: 'letter',
    outcome: 'done',
    documentIds: ['doc-letter-1'],
  },
  {
    id: 'j3',
    clientId: 'client-1',
    invoiceIds: ['inv-1', 'inv-2'],
    date: '2026-03-20',
    at: '2026-03-20T10:00:00.000Z',
    type: 'step',
    stepKind: 'formal-notice',
    channel: 'registered-letter',
    outcome: 'done',
    documentIds: ['doc-notice'],
    registered: {
      number: '1A 123 456 7890 1',
      depositDate: '2026-03-20',
      firstPresentationDate: '2026-03-23',
      deliveredDate: '2026-03-24',
    },
  },
  {
    id: 'j4',
    clientId: 'client-1',
    invoiceIds: [],
    date: '2026-03-25',
    at: '2026-03-25T14:00:00.000Z',
    type: 'call',
    note: 'Le gérant conteste; "rappeler"; =SUM(A1)',
  },
];

export function doc(
  id: string,
  kind: StoredDocument['kind'],
  fileName: string,
  mimeType: string,
  extra: Partial<StoredDocument> = {},
): StoredDocument {
  return {
    id,
    clientId: 'client-1',
    invoiceIds: [],
    kind,
    fileName,
    mimeType,
    size: 0,
    sha256: '',
    createdAt: '2026-04-01T08:00:00.000Z',
    ...extra,
  };
}

export function baseInput(documents: StoredDocument[], bytes: Map<string, Uint8Array>): DossierInput {
  return {
    company,
    client,
    invoices,
    payments,
    journal,
    documents,
    penalties,
    limitationDates: { 'inv-1': '2031-02-14', 'inv-2': '2031-03-03' },
    asOf: '2026-04-30',
    generatedAt: new Date(Date.UTC(2026, 3, 30, 9, 0, 0)),
    getBytes: async (id) => {
      const b = bytes.get(id);
      if (!b) throw new Error(`no bytes for ${id}`);
      return b;
    },
  };
}
