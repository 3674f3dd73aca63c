/**
 * Everything the client file reads, live: the screen re-renders when a form, a dialog or
 * another screen writes to the client's records. `undefined` while something loads,
 * `null` when no such client exists.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../../db/database';
import {
  useClient,
  useClientDocuments,
  useClientInvoices,
  useClientJournal,
  useClientPayments,
  useFollowUps,
  useScenarios,
} from '../../../db/hooks';
import type { FollowUps } from '../../../db/followUps';
import type {
  Client,
  CompanySettings,
  HalfYearRates,
  Invoice,
  IsoDate,
  JournalEntry,
  Payment,
  Scenario,
  StoredDocument,
} from '../../../domain/model';
import { companyRates } from '../../actions/companyRates';
import { useLoadedCompanySettings, useToday } from '../../components/useToday';
import { clientFileView, type ClientFileInput, type ClientFileView } from './clientFileView';

export interface ClientFileData {
  client: Client;
  invoices: Invoice[];
  payments: Payment[];
  journal: JournalEntry[];
  followUps: FollowUps;
  documents: StoredDocument[];
  rates: HalfYearRates[];
  scenarios: Scenario[];
  company: CompanySettings;
  today: IsoDate;
  view: ClientFileView;
  /** what clientFileView was computed from, for the flows that compute again on a selection */
  input: ClientFileInput;
}

export function useClientFileData(clientId: string): ClientFileData | null | undefined {
  const client = useClient(clientId);
  const invoices = useClientInvoices(clientId);
  const payments = useClientPayments(clientId);
  const journal = useClientJournal(clientId);
  const followUps = useFollowUps(clientId);
  const documents = useClientDocuments(clientId);
  const scenarios = useScenarios();
  const rates = useLiveQuery(() => companyRates(db()), []);
  const company = useLoadedCompanySettings();
  const today = useToday();

  return useMemo(() => {
    if (client === null) return null;
    if (!client || !invoices || !payments || !journal || !followUps || !documents || !scenarios || !rates)
      return undefined;
    const input: ClientFileInput = { client, invoices, payments, journal, followUps, rates, company, today };
    return {
      client,
      invoices,
      payments,
      journal,
      followUps,
      documents,
      rates,
      scenarios,
      company,
      today,
      view: clientFileView(input),
      input,
    };
  }, [client, invoices, payments, journal, followUps, documents, scenarios, rates, company, today]);
}
