import { describe, expect, it } from 'vitest';
import { agingReport } from '../../../renderer/src/domain/aging';
import type { ClientDunningStatus } from '../../../renderer/src/domain/dunning/types';
import type { Client, Invoice, Payment } from '../../../renderer/src/domain/model';
import {
  createAgingView,
  DEFAULT_SORT,
  filterAgingRows,
  groupByColumn,
  joinAgingRows,
  NO_FILTER,
  nextSort,
  searchKey,
  segmentsOf,
  sortAgingRows,
  totalsOf,
  type AgingViewRow,
} from '../../../renderer/src/ui/aging/agingView';

const ASOF = '2026-03-31';

function client(id: string, name: string, extra: Partial<Client> = {}): Client {
  return {
    id,
    name,
    kind: 'professional',
    addressLines: [],
    contacts: [],
    language: 'fr',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

function invoice(id: string, clientId: string, dueDate: string, amount: number): Invoice {
  return {
    id,
    number: id.toUpperCase(),
    clientId,
    issueDate: '2025-12-01',
    dueDate,
    amountInclVat: amount,
    amountExclVat: amount,
    currency: 'EUR',
    source: 'manual',
  };
}

function status(clientId: string, column: ClientDunningStatus['column']): ClientDunningStatus {
  return {
    clientId,
    scenarioId: 'standard',
    stage: column,
    column,
    nextStep: null,
    nextDate: null,
    pausedReason: null,
    pausedInvoiceCount: 0,
    amountDue: 0,
    overdueAmount: 0,
    oldestDaysLate: 0,
    openInvoiceCount: 0,
    lastActionDate: null,
  };
}

const clients = [
  client('c1', 'Boulangerie Éclair', { segment: 'Commerce' }),
  client('c2', 'Atelier Dupont', { segment: 'Industrie' }),
  client('c3', 'Mme Zoé Martin', { kind: 'consumer' }),
];
// As of 31 March 2026, buckets [30, 60, 90]: not due | 1–30 | 31–60 | 61–90 | > 90
// c1: 1 000,00 € due 2026-03-21 → 10 days late (1–30); 500,00 € due 2026-04-15 → not due.
// c2: 2 000,00 € due 2025-12-01 → 120 days late (> 90), 300,00 € paid → 1 700,00 €.
// c3: 250,00 € due 2026-02-14 → 45 days late (31–60).
const invoices = [
  invoice('f1', 'c1', '2026-03-21', 100_000),
  invoice('f2', 'c1', '2026-04-15', 50_000),
  invoice('f3', 'c2', '2025-12-01', 200_000),
  invoice('f4', 'c3', '2026-02-14', 25_000),
];
const payments: Payment[] = [
  {
    id: 'p1',
    clientId: 'c2',
    kind: 'payment',
    date: '2026-03-01',
    amount: 30_000,
    allocations: [{ invoiceId: 'f3', amount: 30_000 }],
  },
];
const report = agingReport({ clients, invoices, payments, disputes: [], asOf: ASOF, bounds: [30, 60, 90] });
const statuses = new Map([
  ['c1', status('c1', 'reminder')],
  ['c2', status('c2', 'formal-notice')],
]);
const rows = joinAgingRows(report, clients, statuses);
const names = (list: readonly AgingViewRow[]) => list.map((r) => r.clientName);

describe('joinAgingRows', () => {
  it('joins each report row with its client and dunning status', () => {
    // the report's order: totals 1 700,00 € (c2) > 1 500,00 € (c1) > 250,00 € (c3)
    expect(names(rows)).toEqual(['Atelier Dupont', 'Boulangerie Éclair', 'Mme Zoé Martin']);
    const c1 = rows.find((r) => r.clientId === 'c1')!;
    expect(c1).toMatchObject({
      kind: 'professional',
      segment: 'Commerce',
      column: 'reminder',
      searchKey: 'boulangerie eclair',
    });
    expect(c1.buckets).toEqual([50_000, 100_000, 0, 0, 0]);
    // no status (not in the map) → the "no reminder yet" column
    expect(rows.find((r) => r.clientId === 'c3')).toMatchObject({
      kind: 'consumer',
      segment: '',
      column: 'none',
    });
  });
});

describe('filterAgingRows', () => {
  it('searches names without caring for accents or case', () => {
    expect(names(filterAgingRows(rows, { ...NO_FILTER, search: 'ECLAIR' }))).toEqual(['Boulangerie Éclair']);
    expect(names(filterAgingRows(rows, { ...NO_FILTER, search: 'zoe' }))).toEqual(['Mme Zoé Martin']);
    expect(filterAgingRows(rows, { ...NO_FILTER, search: 'inconnu' })).toEqual([]);
  });

  it('filters by segment (empty = no segment), kind and board column, all together', () => {
    expect(names(filterAgingRows(rows, { ...NO_FILTER, segment: 'Industrie' }))).toEqual(['Atelier Dupont']);
    expect(names(filterAgingRows(rows, { ...NO_FILTER, segment: '' }))).toEqual(['Mme Zoé Martin']);
    expect(names(filterAgingRows(rows, { ...NO_FILTER, kind: 'consumer' }))).toEqual(['Mme Zoé Martin']);
    expect(names(filterAgingRows(rows, { ...NO_FILTER, column: 'formal-notice' }))).toEqual([
      'Atelier Dupont',
    ]);
    expect(filterAgingRows(rows, { ...NO_FILTER, kind: 'consumer', column: 'reminder' })).toEqual([]);
  });

  it('returns a copy, never the input array', () => {
    const all = filterAgingRows(rows, NO_FILTER);
    expect(all).toEqual(rows);
    expect(all).not.toBe(rows);
  });
});

describe('sortAgingRows', () => {
  it('sorts by name in French order, both ways', () => {
    expect(names(sortAgingRows(rows, { key: 'client', direction: 'ascending' }))).toEqual([
      'Atelier Dupont',
      'Boulangerie Éclair',
      'Mme Zoé Martin',
    ]);
    expect(names(sortAgingRows(rows, { key: 'client', direction: 'descending' }))[0]).toBe('Mme Zoé Martin');
  });

  it('sorts by a bucket, ties broken by name', () => {
    // 1–30 bucket: c1 1 000,00 €, c2 0, c3 0 → descending: c1, then Atelier before Mme by name
    expect(names(sortAgingRows(rows, { key: 'bucket:1', direction: 'descending' }))).toEqual([
      'Boulangerie Éclair',
      'Atelier Dupont',
      'Mme Zoé Martin',
    ]);
  });

  it('sorts by oldest days late: 120 (c2), 45 (c3), 10 (c1)', () => {
    expect(names(sortAgingRows(rows, { key: 'oldestDaysLate', direction: 'descending' }))).toEqual([
      'Atelier Dupont',
      'Mme Zoé Martin',
      'Boulangerie Éclair',
    ]);
    expect(names(sortAgingRows(rows, { key: 'oldestDaysLate', direction: 'ascending' }))[0]).toBe(
      'Boulangerie Éclair',
    );
  });

  it('puts clients with nothing overdue last whatever the direction', () => {
    const notLate = { ...rows[0]!, clientId: 'c9', clientName: 'Aaa', oldestDaysLate: null };
    const list = [notLate, ...rows];
    expect(sortAgingRows(list, { key: 'oldestDaysLate', direction: 'ascending' }).at(-1)?.clientId).toBe(
      'c9',
    );
    expect(sortAgingRows(list, { key: 'oldestDaysLate', direction: 'descending' }).at(-1)?.clientId).toBe(
      'c9',
    );
  });

  it('sorts by stage in escalation order, and segments with the blank ones last', () => {
    expect(names(sortAgingRows(rows, { key: 'stage', direction: 'ascending' }))).toEqual([
      'Mme Zoé Martin', // none
      'Boulangerie Éclair', // reminder
      'Atelier Dupont', // formal notice
    ]);
    expect(names(sortAgingRows(rows, { key: 'segment', direction: 'descending' }))).toEqual([
      'Atelier Dupont', // Industrie
      'Boulangerie Éclair', // Commerce
      'Mme Zoé Martin', // no segment
    ]);
  });

  it('does not change its input', () => {
    const before = names(rows);
    sortAgingRows(rows, { key: 'client', direction: 'descending' });
    expect(names(rows)).toEqual(before);
  });
});

describe('totals, board and helpers', () => {
  it('adds up the visible rows', () => {
    const t = totalsOf(rows, report.buckets.length);
    // 1 500,00 + 1 700,00 + 250,00 = 3 450,00 €
    expect(t.total).toBe(345_000);
    expect(t.buckets).toEqual([50_000, 100_000, 25_000, 0, 170_000]);
    expect(t.total).toBe(report.totals.total);
    expect(t.oldestDaysLate).toBe(120);
    expect(t.clientCount).toBe(3);
    const consumers = totalsOf(filterAgingRows(rows, { ...NO_FILTER, kind: 'consumer' }), 5);
    expect(consumers).toMatchObject({ total: 25_000, clientCount: 1, oldestDaysLate: 45 });
  });

  it('groups the board by column, largest amount first', () => {
    const board = groupByColumn(rows);
    expect([...board.keys()]).toEqual([
      'none',
      'pre-reminder',
      'reminder',
      'last-reminder',
      'formal-notice',
      'court-file',
    ]);
    expect(names(board.get('reminder')!)).toEqual(['Boulangerie Éclair']);
    expect(board.get('court-file')).toEqual([]);
  });

  it('lists the segments present, and turns header clicks into sorts', () => {
    expect(segmentsOf(rows)).toEqual(['Commerce', 'Industrie']);
    expect(nextSort(DEFAULT_SORT, 'total')).toEqual({ key: 'total', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'client')).toEqual({ key: 'client', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'bucket:2')).toEqual({ key: 'bucket:2', direction: 'descending' });
    expect(searchKey('  Société GÉNÉRALE ')).toBe('societe generale');
  });

  it('memoizes: same inputs give the same view object, a new sort does not refilter', () => {
    const view = createAgingView();
    const filter = { ...NO_FILTER, search: 'a' };
    const first = view(rows, filter, DEFAULT_SORT, 5);
    expect(view(rows, filter, DEFAULT_SORT, 5)).toBe(first);
    const resorted = view(rows, filter, { key: 'client', direction: 'ascending' }, 5);
    expect(resorted).not.toBe(first);
    // "a" is in all three names: Atelier, Boulangerie, Martin
    expect(names(resorted.rows)).toEqual(['Atelier Dupont', 'Boulangerie Éclair', 'Mme Zoé Martin']);
    expect(view(rows, { ...NO_FILTER, search: 'dupont' }, DEFAULT_SORT, 5).totals.total).toBe(170_000);
  });
});
