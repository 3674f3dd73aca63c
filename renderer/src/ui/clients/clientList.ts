/** The clients list: each client with what it owes today, and the search over them. Pure. */
import type { Cents, Client } from '../../domain/model';
import { searchKey, type AgingViewRow } from '../aging/agingView';

export interface ClientListRow {
  client: Client;
  /** open balance incl. VAT, disputed included; 0 when nothing is owed */
  balance: Cents;
  oldestDaysLate: number | null;
  searchKey: string;
}

export function clientListRows(
  clients: readonly Client[],
  aging: readonly AgingViewRow[] | undefined,
): ClientListRow[] {
  const byClient = new Map((aging ?? []).map((r) => [r.clientId, r] as const));
  return clients.map((client) => {
    const row = byClient.get(client.id);
    return {
      client,
      balance: row?.total ?? 0,
      oldestDaysLate: row?.oldestDaysLate ?? null,
      // a SIREN or a segment typed in the search box finds the client too
      searchKey: searchKey([client.name, client.siren ?? '', client.segment ?? ''].join(' ')),
    };
  });
}

export function searchClients(rows: readonly ClientListRow[], text: string): ClientListRow[] {
  const needle = searchKey(text).replace(/\s+/g, ' ');
  if (needle === '') return rows.slice();
  return rows.filter((r) => r.searchKey.includes(needle));
}
