/** Clients (debtors): created from a form or an import, never deleted while they have invoices. */
import type { Client } from '../domain/model';
import { err, ok, type Result } from '../domain/result';
import type { RecouvreDb } from './database';
import { clientSchema, parseWith } from './validation';

/** What a form or an importer gives; the database assigns id and createdAt unless given. */
export type ClientInput = Omit<Client, 'id' | 'createdAt'> & { id?: string; createdAt?: string };

export async function createClient(db: RecouvreDb, input: ClientInput): Promise<Result<Client>> {
  const parsed = parseWith(clientSchema, {
    ...input,
    id: input.id ?? db.newId(),
    createdAt: input.createdAt ?? db.nowIso(),
  });
  if (!parsed.ok) return parsed;
  const client = parsed.value;
  return db.transaction('rw', db.clients, db.scenarios, async () => {
    if (await db.clients.get(client.id)) return err<Client>('client.duplicateId', { id: client.id });
    if (client.scenarioId !== undefined && !(await db.scenarios.get(client.scenarioId))) {
      return err<Client>('client.unknownScenario', { scenarioId: client.scenarioId });
    }
    await db.clients.add(client);
    return ok(client);
  });
}

export async function updateClient(
  db: RecouvreDb,
  id: string,
  changes: Partial<Omit<Client, 'id' | 'createdAt'>>,
): Promise<Result<Client>> {
  return db.transaction('rw', db.clients, db.scenarios, async () => {
    const current = await db.clients.get(id);
    if (!current) return err<Client>('client.notFound', { id });
    const parsed = parseWith(clientSchema, { ...current, ...changes, id, createdAt: current.createdAt });
    if (!parsed.ok) return parsed;
    const client = parsed.value;
    if (client.scenarioId !== undefined && !(await db.scenarios.get(client.scenarioId))) {
      return err<Client>('client.unknownScenario', { scenarioId: client.scenarioId });
    }
    await db.clients.put(client);
    return ok(client);
  });
}

export function getClient(db: RecouvreDb, id: string): Promise<Client | undefined> {
  return db.clients.get(id);
}

/** All clients, by name as a French reader sorts them (accents ignored, "é" beside "e"). */
export async function listClients(db: RecouvreDb): Promise<Client[]> {
  const clients = await db.clients.toArray();
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  return clients.sort((a, b) => collator.compare(a.name, b.name));
}

/** Only a client without any invoice or payment may be deleted (a mistake just made). */
export async function deleteClient(db: RecouvreDb, id: string): Promise<Result<void>> {
  return db.transaction('rw', [db.clients, db.invoices, db.payments, db.journal], async () => {
    const invoices = await db.invoices.where('clientId').equals(id).count();
    const payments = await db.payments.where('clientId').equals(id).count();
    if (invoices + payments > 0) return err('client.hasRecords', { invoices, payments });
    await db.journal.where('clientId').equals(id).delete();
    await db.clients.delete(id);
    return ok(undefined);
  });
}
