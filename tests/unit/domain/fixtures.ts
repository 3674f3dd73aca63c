/**
 * Tiny builders for the aging and dunning tests: real-looking objects with fixed ids,
 * every field a test does not care about filled with something plausible.
 */
import type {
  Cents,
  Client,
  Dispute,
  Invoice,
  IsoDate,
  JournalEntry,
  Payment,
  PaymentPlan,
  PromiseToPay,
  StepOutcome,
} from '../../../renderer/src/domain/model';
import type { DunningInput } from '../../../renderer/src/domain/dunning';
import { DEFAULT_SCENARIOS } from '../../../renderer/src/domain/scenarios';

export function client(id: string, over: Partial<Client> = {}): Client {
  return {
    id,
    name: `Client ${id}`,
    kind: 'professional',
    addressLines: ['12 rue de la Paix', '75002 PARIS'],
    contacts: [{ name: 'Comptabilité', email: `compta@${id}.example.fr`, billing: true }],
    language: 'fr',
    createdAt: '2025-01-01T08:00:00.000Z',
    ...over,
  };
}

/** An invoice of `amount` cents incl. VAT falling due on `due`, issued 30 days before by default. */
export function invoice(
  id: string,
  clientId: string,
  due: IsoDate,
  amount: Cents,
  over: Partial<Invoice> = {},
): Invoice {
  return {
    id,
    number: `F-${id}`,
    clientId,
    issueDate: over.issueDate ?? shift(due, -30),
    dueDate: due,
    amountInclVat: amount,
    amountExclVat: Math.round(amount / 1.2),
    currency: 'EUR',
    source: 'manual',
    ...over,
  };
}

/** A payment (or credit note) on `date`; allocations as [invoiceId, cents] pairs; the rest stays on account. */
export function payment(
  id: string,
  clientId: string,
  date: IsoDate,
  amount: Cents,
  allocations: [string, Cents][] = [],
  kind: Payment['kind'] = 'payment',
): Payment {
  return {
    id,
    clientId,
    kind,
    date,
    amount,
    allocations: allocations.map(([invoiceId, a]) => ({ invoiceId, amount: a })),
  };
}

/** A journal line recording a scenario step for some invoices. */
export function step(
  id: string,
  clientId: string,
  invoiceIds: string[],
  date: IsoDate,
  stepId: string,
  outcome: StepOutcome = 'done',
  over: Partial<JournalEntry> = {},
): JournalEntry {
  return {
    id,
    clientId,
    invoiceIds,
    date,
    at: `${date}T09:00:00.000Z`,
    type: 'step',
    stepId,
    outcome,
    ...over,
  };
}

export function dispute(
  id: string,
  clientId: string,
  invoiceIds: string[],
  openedOn: IsoDate,
  resolvedOn?: IsoDate,
): Dispute {
  return {
    id,
    clientId,
    invoiceIds,
    reason: 'Marchandise non conforme',
    openedOn,
    ...(resolvedOn ? { resolvedOn } : {}),
  };
}

export function promise(
  id: string,
  clientId: string,
  invoiceIds: string[],
  madeOn: IsoDate,
  promisedDate: IsoDate,
  amount: Cents,
  over: Partial<PromiseToPay> = {},
): PromiseToPay {
  return { id, clientId, invoiceIds, madeOn, promisedDate, amount, ...over };
}

export function plan(
  id: string,
  clientId: string,
  invoiceIds: string[],
  createdOn: IsoDate,
  instalments: [IsoDate, Cents][],
  over: Partial<PaymentPlan> = {},
): PaymentPlan {
  return {
    id,
    clientId,
    invoiceIds,
    createdOn,
    instalments: instalments.map(([dueDate, amount]) => ({ dueDate, amount })),
    ...over,
  };
}

export function dunningInput(over: Partial<DunningInput> & Pick<DunningInput, 'today'>): DunningInput {
  return {
    clients: [],
    invoices: [],
    payments: [],
    scenarios: DEFAULT_SCENARIOS,
    journal: [],
    promises: [],
    disputes: [],
    plans: [],
    tolerance: 500,
    minDaysBetweenActions: 7,
    ...over,
  };
}

/** Calendar arithmetic for fixtures only, in UTC so no time zone moves a date. */
export function shift(d: IsoDate, days: number): IsoDate {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, day + days)).toISOString().slice(0, 10);
}
