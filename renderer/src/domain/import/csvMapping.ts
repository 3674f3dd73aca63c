/**
 * Which column holds which field, guessed from the header line of a CSV exported by a
 * French (or English) invoicing tool or spreadsheet. The user corrects the guess on
 * screen; the mapping is then remembered for that source.
 */
import type { ImportKind } from './plan';
import { normalizeText } from './plan';

export const CSV_FIELDS = {
  clients: [
    'name',
    'clientRef',
    'siren',
    'siret',
    'vatNumber',
    'email',
    'phone',
    'contactName',
    'address',
    'address2',
    'postalCode',
    'city',
    'country',
  ],
  invoices: [
    'number',
    'clientName',
    'clientRef',
    'siren',
    'issueDate',
    'dueDate',
    'amountInclVat',
    'amountExclVat',
    'paid',
    'remaining',
    'label',
  ],
  payments: ['clientName', 'clientRef', 'siren', 'invoiceNumber', 'date', 'amount', 'reference', 'kind'],
} as const satisfies Record<ImportKind, readonly string[]>;

export type CsvField<K extends ImportKind = ImportKind> = (typeof CSV_FIELDS)[K][number];

/** field → the header text of its column, as written in the file */
export type CsvMapping = Partial<Record<string, string>>;

/** Fields without which a row means nothing. */
export const REQUIRED_FIELDS: Record<ImportKind, readonly string[]> = {
  clients: ['name'],
  invoices: ['number', 'clientName', 'issueDate', 'amountInclVat'],
  payments: ['date', 'amount'],
};

// Normalized header texts (see normalizeText), most specific first. "Montant" alone is the
// TTC amount of an invoice list and the amount of a payment list.
const SYNONYMS: Record<string, readonly string[]> = {
  name: [
    'raison sociale',
    'nom',
    'client',
    'societe',
    'nom client',
    'denomination',
    'company',
    'customer',
    'name',
    'customer name',
    'company name',
  ],
  clientName: [
    'client',
    'nom client',
    'raison sociale',
    'nom',
    'societe',
    'customer',
    'customer name',
    'client name',
    'company',
  ],
  clientRef: [
    'code client',
    'ref client',
    'reference client',
    'n client',
    'numero client',
    'compte client',
    'compte',
    'customer code',
    'customer id',
    'customer number',
    'client code',
    'account',
  ],
  siren: ['siren', 'n siren', 'numero siren'],
  siret: ['siret', 'n siret', 'numero siret'],
  vatNumber: [
    'tva intracommunautaire',
    'n tva intracommunautaire',
    'n tva',
    'numero tva',
    'tva intracom',
    'vat number',
    'vat',
    'vat id',
  ],
  email: ['email', 'e mail', 'mail', 'courriel', 'adresse email', 'adresse e mail', 'email address'],
  phone: ['telephone', 'tel', 'phone', 'telephone fixe', 'portable', 'mobile'],
  contactName: ['contact', 'interlocuteur', 'nom du contact', 'contact name'],
  address: [
    'adresse',
    'adresse 1',
    'adresse ligne 1',
    'rue',
    'address',
    'address 1',
    'address line 1',
    'street',
  ],
  address2: [
    'adresse 2',
    'complement d adresse',
    'complement adresse',
    'adresse ligne 2',
    'address 2',
    'address line 2',
  ],
  postalCode: ['code postal', 'cp', 'postal code', 'zip', 'zip code', 'postcode'],
  city: ['ville', 'commune', 'localite', 'city', 'town'],
  country: ['pays', 'country', 'code pays', 'country code'],
  number: [
    'n facture',
    'numero facture',
    'numero de facture',
    'n de facture',
    'facture',
    'numero',
    'n',
    'ref facture',
    'reference facture',
    'n piece',
    'piece',
    'invoice number',
    'invoice',
    'invoice no',
    'invoice n',
    'number',
    'no',
  ],
  invoiceNumber: [
    'n facture',
    'numero facture',
    'numero de facture',
    'facture',
    'facture reglee',
    'invoice number',
    'invoice',
    'invoice no',
  ],
  issueDate: [
    'date facture',
    'date de facture',
    'date',
    'date d emission',
    'date emission',
    'date de facturation',
    'invoice date',
    'issue date',
    'date issued',
  ],
  dueDate: [
    'echeance',
    'date echeance',
    'date d echeance',
    'date limite de paiement',
    'date de paiement prevue',
    'due date',
    'due',
    'payment due',
  ],
  amountInclVat: [
    'montant ttc',
    'total ttc',
    'ttc',
    'montant',
    'total',
    'amount incl vat',
    'total incl vat',
    'amount including vat',
    'gross amount',
    'amount',
    'total amount',
  ],
  amountExclVat: [
    'montant ht',
    'total ht',
    'ht',
    'amount excl vat',
    'total excl vat',
    'net amount',
    'amount excluding vat',
  ],
  paid: ['paye', 'montant paye', 'deja paye', 'regle', 'montant regle', 'encaisse', 'paid', 'amount paid'],
  remaining: [
    'reste a payer',
    'reste du',
    'solde',
    'restant du',
    'montant restant',
    'solde du',
    'balance',
    'balance due',
    'amount due',
    'outstanding',
  ],
  label: ['libelle', 'objet', 'designation', 'description', 'label', 'subject'],
  date: [
    'date',
    'date de paiement',
    'date paiement',
    'date reglement',
    'date de reglement',
    'date encaissement',
    'payment date',
    'date received',
  ],
  amount: [
    'montant',
    'montant regle',
    'montant paye',
    'montant encaisse',
    'amount',
    'amount paid',
    'payment amount',
    'credit',
  ],
  reference: [
    'reference',
    'ref',
    'ref paiement',
    'reference paiement',
    'n cheque',
    'libelle',
    'reference virement',
    'payment reference',
    'reference number',
  ],
  kind: ['type', 'nature', 'mode', 'type de reglement', 'kind'],
};

/**
 * For each field of the kind, the header of the column most likely to hold it, each
 * column used at most once. Exact synonyms win over partial ones ("Montant TTC (€)").
 */
export function guessMapping(headers: readonly string[], kind: ImportKind): CsvMapping {
  const normalized = headers.map((h) => normalizeText(h));
  const used = new Set<number>();
  const mapping: CsvMapping = {};
  const fields = CSV_FIELDS[kind] as readonly string[];
  // Two passes: every exact match first (in synonym order), then "the header contains it".
  for (const exact of [true, false]) {
    for (const field of fields) {
      if (mapping[field] !== undefined) continue;
      for (const synonym of SYNONYMS[field] ?? []) {
        const at = normalized.findIndex(
          (h, i) => !used.has(i) && (exact ? h === synonym : h.length > 0 && containsWords(h, synonym)),
        );
        if (at >= 0) {
          used.add(at);
          mapping[field] = headers[at];
          break;
        }
      }
    }
  }
  return mapping;
}

function containsWords(header: string, synonym: string): boolean {
  if (synonym.length < 3) return false; // "n", "no", "cp", "ht" only as whole headers
  return ` ${header} `.includes(` ${synonym} `);
}
