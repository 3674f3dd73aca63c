/**
 * The business data of Recouvre, as plain objects.
 *
 * Money is an integer number of cents (`Cents`); a date without time is an ISO
 * `YYYY-MM-DD` string in the company's calendar (`IsoDate`). Rates are in basis
 * points (hundredths of a percent: 12.15 % = 1215) so the arithmetic stays exact.
 * This file is the contract between the database, the domain, the documents and the
 * screens: change it with care, and with a Dexie version when a stored shape changes.
 */

export type Cents = number;
export type IsoDate = string;
/** ISO 8601 date-time with time zone, e.g. 2026-11-27T08:30:00.000Z */
export type IsoDateTime = string;
export type BasisPoints = number;
export type Language = 'fr' | 'en';

export type ClientKind = 'professional' | 'consumer' | 'public';

export interface Contact {
  name: string;
  email?: string;
  phone?: string;
  role?: string;
  /** receives reminders (To:) */
  billing?: boolean;
  /** copied on reminders (Cc:) */
  copy?: boolean;
}

export type InsolvencyProcedure = 'sauvegarde' | 'redressement' | 'liquidation';

export interface Client {
  id: string;
  /** raison sociale, or first and last name of a consumer */
  name: string;
  kind: ClientKind;
  legalForm?: string;
  siren?: string;
  siret?: string;
  vatNumber?: string;
  /** NF Z 10-011 address: at most 6 lines of 38 characters, the last "75001 PARIS"; name excluded */
  addressLines: string[];
  /** ISO 3166 alpha-2, 'FR' when absent */
  country?: string;
  contacts: Contact[];
  segment?: string;
  scenarioId?: string;
  language: Language;
  notes?: string;
  /** collective procedure opened against the debtor: no 40 € indemnity, no new suit, no reminders */
  insolvency?: InsolvencyProcedure;
  /**
   * date of the opening judgment: interest stops the day before (Code de commerce L622-28);
   * the claim is declared within two months of its BODACC publication (L622-24, R622-24)
   */
  insolvencyOpenedOn?: IsoDate;
  createdAt: IsoDateTime;
}

export type InvoiceSource = 'manual' | 'csv' | 'fec' | 'demo';

export interface Invoice {
  id: string;
  /** unique across the database */
  number: string;
  clientId: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  amountInclVat: Cents;
  amountExclVat: Cents;
  /** ISO 4217, 'EUR' */
  currency: string;
  label?: string;
  source: InvoiceSource;
  /** FEC opening entry merging older invoices of a customer */
  openingBalance?: boolean;
  /** set when the user writes the balance off: the invoice leaves the dunning */
  writtenOffOn?: IsoDate;
}

export type PaymentKind = 'payment' | 'credit-note';

export interface Allocation {
  invoiceId: string;
  amount: Cents;
}

/** A payment received or a credit note issued. What is not allocated stays on account. */
export interface Payment {
  id: string;
  clientId: string;
  kind: PaymentKind;
  date: IsoDate;
  /** positive */
  amount: Cents;
  reference?: string;
  /** sum of allocations ≤ amount; the rest is "on account" (acompte non affecté) */
  allocations: Allocation[];
  source?: InvoiceSource;
}

export type StepKind =
  'pre-reminder' | 'reminder' | 'last-reminder' | 'formal-notice' | 'court-file' | 'call' | 'task';

export type Channel = 'email' | 'letter' | 'registered-letter' | 'phone' | 'task';

export interface ScenarioStep {
  id: string;
  /** days from the due date, negative before it */
  offsetDays: number;
  kind: StepKind;
  channel: Channel;
  templateId?: string;
  /** free label shown to the user; the kind's name when absent */
  label?: string;
}

export interface Scenario {
  id: string;
  name: string;
  /** ordered by offsetDays */
  steps: ScenarioStep[];
  /** used for clients without a scenario of their own */
  isDefault?: boolean;
}

export type TemplateKind = StepKind | 'statement';

export interface Template {
  id: string;
  name: string;
  kind: TemplateKind;
  channel: 'letter' | 'email';
  language: Language;
  /** object line of a letter, subject of an e-mail; may hold {{placeholders}} */
  subject: string;
  /** text with {{placeholders}}; blank lines separate paragraphs */
  body: string;
  builtIn?: boolean;
}

export type JournalType =
  | 'step'
  | 'note'
  | 'call'
  | 'promise'
  | 'dispute'
  | 'payment-plan'
  | 'payment'
  | 'document'
  | 'email-sent'
  | 'export'
  | 'import';

export type StepOutcome = 'done' | 'skipped' | 'postponed';

export type RegisteredReturn = 'non-reclame' | 'refuse' | 'npai';

export interface RegisteredLetterTracking {
  /** 13 characters: a digit, a letter, 11 digits */
  number?: string;
  depositDate?: IsoDate;
  firstPresentationDate?: IsoDate;
  deliveredDate?: IsoDate;
  returnedDate?: IsoDate;
  returnReason?: RegisteredReturn;
}

/** One line of the action journal: everything done for a client, in order. */
export interface JournalEntry {
  id: string;
  clientId: string;
  invoiceIds: string[];
  /** the business day the action belongs to */
  date: IsoDate;
  at: IsoDateTime;
  type: JournalType;
  scenarioId?: string;
  stepId?: string;
  stepKind?: StepKind;
  channel?: Channel;
  outcome?: StepOutcome;
  /** with outcome 'postponed' */
  postponedTo?: IsoDate;
  documentIds?: string[];
  registered?: RegisteredLetterTracking;
  note?: string;
  /** the promise, dispute or payment plan this entry records (type 'promise' | 'dispute' | 'payment-plan') */
  followUpId?: string;
  /** what happened to that follow-up; entries written before these fields have neither */
  event?: FollowUpEvent;
}

export type FollowUpEvent = 'opened' | 'resolved' | 'cancelled';

export interface PromiseToPay {
  id: string;
  clientId: string;
  invoiceIds: string[];
  madeOn: IsoDate;
  promisedDate: IsoDate;
  amount: Cents;
  note?: string;
  /** set by the user when cancelled */
  cancelledOn?: IsoDate;
}

export interface Dispute {
  id: string;
  clientId: string;
  invoiceIds: string[];
  reason: string;
  openedOn: IsoDate;
  resolvedOn?: IsoDate;
  resolution?: string;
}

export interface Instalment {
  dueDate: IsoDate;
  amount: Cents;
}

export interface PaymentPlan {
  id: string;
  clientId: string;
  invoiceIds: string[];
  createdOn: IsoDate;
  instalments: Instalment[];
  cancelledOn?: IsoDate;
}

export type DocumentKind =
  | 'invoice-pdf'
  | 'delivery-note'
  | 'terms-of-sale'
  | 'acknowledgement-scan'
  | 'letter'
  | 'email'
  | 'statement'
  | 'dossier'
  | 'other';

/**
 * Metadata of a stored file. The bytes live in their own table (`DocumentFile`) so that
 * listing a client's documents never loads megabytes of PDFs.
 */
export interface StoredDocument {
  id: string;
  clientId?: string;
  invoiceIds: string[];
  kind: DocumentKind;
  fileName: string;
  mimeType: string;
  size: number;
  /** hex */
  sha256: string;
  createdAt: IsoDateTime;
  journalId?: string;
}

export interface DocumentFile {
  documentId: string;
  bytes: Uint8Array;
}

/** One half-year of the rate table, e.g. "2026-H1". */
export interface HalfYearRates {
  half: string;
  /** ECB main refinancing rate in force on 1 January / 1 July */
  ecbRate: BasisPoints;
  /** taux de l'intérêt légal, creditor a private person */
  legalRatePrivate: BasisPoints;
  /** taux de l'intérêt légal, all other cases (a business creditor) */
  legalRateOther: BasisPoints;
}

export interface AgingBucketsSetting {
  /** upper bounds in days late of each bucket after "not yet due": [30, 60, 90] → 1–30, 31–60, 61–90, > 90 */
  bounds: number[];
}

export interface EnvelopeWindow {
  leftMm: number;
  topMm: number;
  widthMm: number;
  heightMm: number;
}

/** Company identity and policy: stored through the platform settings, not in Dexie. */
export interface CompanySettings {
  name: string;
  legalForm: string;
  siren: string;
  vatNumber: string;
  addressLines: string[];
  /** "Fait à <city>, le …" */
  city: string;
  email: string;
  phone: string;
  iban: string;
  bic: string;
  signatoryName: string;
  signatoryTitle: string;
  /** data: URL of a PNG or JPEG */
  logoDataUrl?: string;
  /** default payment terms in days, used when a source carries no due date */
  paymentTermsDays: number;
  /** contractual late-payment rate of the terms of sale; null = legal default (ECB + 10 points) */
  contractualRate: BasisPoints | null;
  /** 4000 = 40 € */
  fixedIndemnity: Cents;
  agingBuckets: AgingBucketsSetting;
  /** balances below are ignored by the dunning (500 = 5 €) */
  tolerance: Cents;
  minDaysBetweenActions: number;
  formalNoticeDeadlineDays: 8 | 15;
  envelope: EnvelopeWindow;
  /** "HH:MM" */
  schedulerTime: string;
  timeZone: string;
  startAtLogin: boolean;
  showTray: boolean;
}
