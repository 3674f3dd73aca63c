/**
 * What the lawyer's dossier is built from: plain data the caller already holds (the
 * client screen has the client, its invoices, payments, journal and documents) plus what
 * the domain computed (penalties, limitation dates). The files' bytes come one at a time
 * from `getBytes`, so a dossier of 200 MB never sits whole in memory.
 */
import type {
  Client,
  CompanySettings,
  Invoice,
  IsoDate,
  JournalEntry,
  Language,
  Payment,
  StoredDocument,
} from '../../domain/model';
import type { ClientPenalties } from '../../domain/penalties';
import type { DomainError } from '../../domain/result';
import type { Exhibit } from './exhibits';

export type { DossierSink } from './zipStream';

export interface DossierInput {
  company: Pick<
    CompanySettings,
    | 'name'
    | 'legalForm'
    | 'siren'
    | 'vatNumber'
    | 'addressLines'
    | 'signatoryName'
    | 'signatoryTitle'
    | 'fixedIndemnity'
  >;
  client: Client;
  /** the client's invoices (others are ignored) */
  invoices: Invoice[];
  /** the client's payments and credit notes */
  payments: Payment[];
  /** the client's journal, every entry */
  journal: JournalEntry[];
  /** the client's stored documents; kind 'dossier' (earlier exports) is left out */
  documents: StoredDocument[];
  /** clientPenalties(...) at `asOf` */
  penalties: ClientPenalties;
  /** limitationDate(invoice, client) per invoice id */
  limitationDates: Record<string, IsoDate>;
  /** the date the figures are computed at (today) */
  asOf: IsoDate;
  /** the instant of the export: ZIP entries' time and dossier.json */
  generatedAt: Date;
  getBytes: (documentId: string) => Promise<Uint8Array>;
  /** letters' buildStatement(...) output; without it only the CSV statement is written */
  statementDocx?: Uint8Array;
  /** letters' buildInjonctionDataSheet(...) output */
  injonctionDataSheetDocx?: Uint8Array;
  /** 'fr' unless the lawyer reads English */
  language?: Language;
}

export interface DossierResult {
  exhibits: Exhibit[];
  /** paths of every file in the ZIP, in the order written */
  files: string[];
  bytesWritten: number;
  /** 'dossier.hashMismatch' { file }, 'dossier.statementMissing', 'dossier.injonctionMissing' */
  warnings: DomainError[];
}
