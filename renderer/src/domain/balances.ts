/**
 * What is still owed on each invoice: its amount incl. VAT minus the payments and credit
 * notes allocated to it. Unallocated money stays "on account" and reduces no invoice: the
 * user decides where it goes (the law lets the debtor choose which debt it pays).
 */
import type { Cents, Invoice, IsoDate, Payment } from './model';

export interface DatedAllocation {
  paymentId: string;
  kind: Payment['kind'];
  date: IsoDate;
  amount: Cents;
}

/** Allocations to one invoice dated ≤ asOf (all when asOf is absent), oldest first. */
export function allocationsTo(
  invoiceId: string,
  payments: readonly Payment[],
  asOf?: IsoDate,
): DatedAllocation[] {
  const out: DatedAllocation[] = [];
  for (const p of payments) {
    if (asOf !== undefined && p.date > asOf) continue;
    for (const a of p.allocations) {
      if (a.invoiceId === invoiceId)
        out.push({ paymentId: p.id, kind: p.kind, date: p.date, amount: a.amount });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Balance per invoice id at `asOf`. A negative balance means more was allocated than
 * invoiced; it is kept (not clamped) so the screens can show the mistake.
 */
export function invoiceBalances(
  invoices: Invoice[],
  payments: Payment[],
  asOf?: IsoDate,
): Map<string, Cents> {
  const balances = new Map<string, Cents>();
  for (const inv of invoices) balances.set(inv.id, inv.amountInclVat);
  for (const p of payments) {
    if (asOf !== undefined && p.date > asOf) continue;
    for (const a of p.allocations) {
      const current = balances.get(a.invoiceId);
      if (current !== undefined) balances.set(a.invoiceId, current - a.amount);
    }
  }
  return balances;
}

/** Money received or credited to a client and not allocated to any invoice, at `asOf`. */
export function unallocatedCents(payments: readonly Payment[], asOf?: IsoDate): Cents {
  let total = 0;
  for (const p of payments) {
    if (asOf !== undefined && p.date > asOf) continue;
    total += p.amount - p.allocations.reduce((s, a) => s + a.amount, 0);
  }
  return total;
}

/** An invoice still owed, as the oldest-first allocation sees it. */
export interface OpenBalance {
  invoiceId: string;
  /** breaks ties between invoices due the same day: FA-2 before FA-10 (numbering is chronological by law) */
  number: string;
  dueDate: IsoDate;
  balance: Cents;
}

export interface OldestFirstSplit {
  /** in the order the money went, only the invoices that received some */
  allocations: { invoiceId: string; amount: Cents }[];
  /** what no invoice could take: stays on account */
  onAccount: Cents;
}

// One collator for all comparisons: localeCompare with options builds one per call.
const NUMBER_ORDER = new Intl.Collator('fr', { numeric: true });

/** Oldest due date first, then the invoice number in natural order. */
export function compareOldestFirst(
  a: Pick<OpenBalance, 'dueDate' | 'number'>,
  b: Pick<OpenBalance, 'dueDate' | 'number'>,
): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  return NUMBER_ORDER.compare(a.number, b.number);
}

/**
 * Spreads an amount over open invoices, the oldest due date first, each up to its balance.
 * What a debtor who does not say which invoice it pays usually means, and the default the
 * payment form proposes; the FEC importer uses it for credits under another reference.
 * A negative amount or balance takes nothing.
 */
export function allocateOldestFirst(openInvoices: readonly OpenBalance[], amount: Cents): OldestFirstSplit {
  const sorted = [...openInvoices].sort(compareOldestFirst);
  const allocations: OldestFirstSplit['allocations'] = [];
  let left = Math.max(0, amount);
  for (const o of sorted) {
    if (left === 0) break;
    const take = Math.min(left, Math.max(0, o.balance));
    if (take === 0) continue;
    allocations.push({ invoiceId: o.invoiceId, amount: take });
    left -= take;
  }
  return { allocations, onAccount: left };
}
