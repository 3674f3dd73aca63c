// A fresh database per test, with fixed ids and a frozen clock.
import { openDatabase, type DatabaseOptions, type RecouvreDb } from '../../../renderer/src/db/database';
import type { Client } from '../../../renderer/src/domain/model';
import { createClient, type ClientInput } from '../../../renderer/src/db/clients';

let counter = 0;

export const FROZEN_NOW = new Date('2026-11-27T09:00:00.000Z');

/** ids id-1, id-2, … in creation order */
export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export function freshDb(options: DatabaseOptions = {}): RecouvreDb {
  counter += 1;
  return openDatabase(`test-${process.pid}-${counter}-${Date.now()}`, {
    newId: sequentialIds(),
    now: () => FROZEN_NOW,
    ...options,
  });
}

export const ACME: ClientInput = {
  name: 'Menuiserie Lefèvre',
  kind: 'professional',
  legalForm: 'SARL',
  siren: '732829320',
  addressLines: ['12 RUE DES LILAS', '44000 NANTES'],
  contacts: [{ name: 'Service comptabilité', email: 'compta@menuiserie-lefevre.example', billing: true }],
  language: 'fr',
};

export async function addClient(db: RecouvreDb, input: Partial<ClientInput> = {}): Promise<Client> {
  const r = await createClient(db, { ...ACME, ...input });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
