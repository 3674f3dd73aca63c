/**
 * Saved data reaches React only through these live queries: a screen re-renders when the
 * tables it reads change, whoever changed them. `undefined` means "still loading".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type {
  Client,
  Invoice,
  IsoDate,
  JournalEntry,
  Payment,
  Scenario,
  StoredDocument,
  Template,
} from '../domain/model';
import { getClient, listClients } from './clients';
import { db } from './database';
import { listClientDocuments } from './documents';
import { listFollowUps, type FollowUps } from './followUps';
import { listClientInvoices, listInvoicesDueSince } from './invoices';
import { listClientJournal } from './journal';
import { listClientPayments } from './payments';
import { listScenarios } from './scenarios';
import { loadDunningData, type DunningData } from './snapshot';
import { listTemplates } from './templates';

export function useClients(): Client[] | undefined {
  return useLiveQuery(() => listClients(db()), []);
}

/** `null` once loaded when no such client exists. */
export function useClient(id: string | undefined): Client | null | undefined {
  return useLiveQuery(async () => (id === undefined ? null : ((await getClient(db(), id)) ?? null)), [id]);
}

export function useClientInvoices(clientId: string | undefined): Invoice[] | undefined {
  return useLiveQuery(
    async () => (clientId === undefined ? [] : listClientInvoices(db(), clientId)),
    [clientId],
  );
}

export function useClientPayments(clientId: string | undefined): Payment[] | undefined {
  return useLiveQuery(
    async () => (clientId === undefined ? [] : listClientPayments(db(), clientId)),
    [clientId],
  );
}

export function useClientJournal(clientId: string | undefined): JournalEntry[] | undefined {
  return useLiveQuery(
    async () => (clientId === undefined ? [] : listClientJournal(db(), clientId)),
    [clientId],
  );
}

export function useClientDocuments(clientId: string | undefined): StoredDocument[] | undefined {
  return useLiveQuery(
    async () => (clientId === undefined ? [] : listClientDocuments(db(), clientId)),
    [clientId],
  );
}

const NO_FOLLOW_UPS: FollowUps = { promises: [], disputes: [], plans: [] };

export function useFollowUps(clientId: string | undefined): FollowUps | undefined {
  return useLiveQuery(
    async () => (clientId === undefined ? NO_FOLLOW_UPS : listFollowUps(db(), clientId)),
    [clientId],
  );
}

/** The open receivables and their context, as the dunning engine and the Today screen need them. */
export function useDunningData(): DunningData | undefined {
  return useLiveQuery(() => loadDunningData(db()), []);
}

/** The invoices due since `date`, paid or not (the sales history of the DSO). */
export function useInvoicesDueSince(date: IsoDate): Invoice[] | undefined {
  return useLiveQuery(() => listInvoicesDueSince(db(), date), [date]);
}

export function useScenarios(): Scenario[] | undefined {
  return useLiveQuery(() => listScenarios(db()), []);
}

export function useTemplates(): Template[] | undefined {
  return useLiveQuery(() => listTemplates(db()), []);
}
