/**
 * What a letter is built from: plain data the caller already holds (the dunning screen
 * has the client, the invoices with their balances, the penalties and the journal).
 */
import type {
  Cents,
  Client,
  CompanySettings,
  Invoice,
  IsoDate,
  JournalEntry,
  Language,
  Template,
  TemplateKind,
} from '../../domain/model';
import type { ClientPenalties, InvoicePenalty } from '../../domain/penalties';

export type { ClientPenalties, InvoicePenalty };

export interface LetterInvoice {
  invoice: Invoice;
  /** what is still owed today (invoiceBalances) */
  balance: Cents;
}

export interface LetterInput {
  kind: TemplateKind;
  template: Template;
  company: CompanySettings;
  client: Client;
  /** the invoices the letter is about, with their balances */
  invoices: LetterInvoice[];
  penalties: ClientPenalties;
  /** the client's journal: earlier reminders are recalled by date */
  previousActions: JournalEntry[];
  /** LRAR number when already known (the label is stuck on before printing) */
  registeredNumber?: string;
  today: IsoDate;
  lang: Language;
  /**
   * Show the penalties column and claim penalties and indemnities in the totals.
   * Default: for the last reminder and the formal notice only — earlier letters assume an
   * oversight and the penalties are merely mentioned by the template.
   */
  claimPenalties?: boolean;
}
