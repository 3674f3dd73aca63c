/**
 * Late-payment interest and the 40 € indemnity of an invoice, as French law computes them
 * (LEGAL.md §1–2):
 * - professional debtor: ECB rate of each half-year + 10 points (L441-10), or the rate of
 *   the terms of sale; 40 € per late invoice (D441-5);
 * - public buyer: ECB rate + 8 points (Code de la commande publique R2192-31), the ECB
 *   rate being the one of the half-year in which interest starts, kept for the whole
 *   delay; 40 € per late invoice too;
 * - consumer: legal rate ("other cases") from the day after the formal notice only
 *   (Code civil 1344-1); never the 40 €.
 * Simple interest, principal incl. VAT, days / 365 even in leap years, split at 1 January,
 * 1 July and each payment; summed exactly as a fraction and rounded half up once.
 *
 * A collective procedure (sauvegarde, redressement or liquidation judiciaire) stops the
 * course of legal and contractual interest from its opening judgment (Code de commerce
 * L622-28, applied by L631-14 and L641-3; the exception for loans of a year or more does not
 * concern trade invoices): the last day counted is the day before the judgment. The claim
 * is then declared to the mandataire judiciaire, no 40 € indemnity.
 */
import { allocationsTo } from './balances';
import { addDays, daysBetween, halfYearOf, maxDate, minDate, nextHalfYearStart } from './dates';
import type { BasisPoints, Cents, Client, HalfYearRates, Invoice, IsoDate, Payment } from './model';
import { roundHalfUp } from './money';
import { commercialRate, contractualFloor, publicProcurementRate } from './rates';
import { domainError, type DomainError } from './result';

export interface PenaltyPeriod {
  from: IsoDate;
  /** inclusive */
  to: IsoDate;
  days: number;
  principal: Cents;
  rate: BasisPoints;
  half: string;
  /** this period's interest rounded alone, for display; the invoice total is rounded once */
  interest: Cents;
}

export type PenaltyBasis = 'commercial' | 'contractual' | 'public-procurement' | 'consumer-legal' | 'none';

export interface InvoicePenalty {
  invoiceId: string;
  invoiceNumber: string;
  basis: PenaltyBasis;
  /** first day interest runs */
  startDate: IsoDate | null;
  periods: PenaltyPeriod[];
  /** rounded half up per invoice */
  interest: Cents;
  /** 40 € (fixedIndemnity) when due, else 0 */
  indemnity: Cents;
  total: Cents;
  /** e.g. ['2026-H2']: the interest is then incomplete, never silently 0 */
  missingRates: string[];
  warnings: DomainError[];
}

export interface PenaltyInput {
  invoice: Invoice;
  payments: Payment[];
  client: Client;
  asOf: IsoDate;
  rates: HalfYearRates[];
  /** rate of the terms of sale; null = the legal default. Applies to professional debtors only. */
  contractualRate: BasisPoints | null;
  fixedIndemnity: Cents;
  /** date of the mise en demeure: starts interest for a consumer debtor */
  formalNoticeDate?: IsoDate;
}

/** 365 days × 10 000 basis points: interest = principal × rate × days / DIVISOR. */
const DIVISOR = 3_650_000n;

function basisOf(
  client: Client,
  contractualRate: BasisPoints | null,
  formalNoticeDate?: IsoDate,
): PenaltyBasis {
  switch (client.kind) {
    case 'public':
      // The buyer's rate is set by regulation; the supplier's terms of sale cannot change it.
      return 'public-procurement';
    case 'consumer':
      return formalNoticeDate ? 'consumer-legal' : 'none';
    default:
      return contractualRate !== null ? 'contractual' : 'commercial';
  }
}

/** The first day interest runs: the day after the due date, for a consumer not before the day after the notice. */
function startOf(invoice: Invoice, basis: PenaltyBasis, formalNoticeDate?: IsoDate): IsoDate | null {
  if (basis === 'none') return null;
  const afterDue = addDays(invoice.dueDate, 1);
  if (basis === 'consumer-legal' && formalNoticeDate) return maxDate(afterDue, addDays(formalNoticeDate, 1));
  return afterDue;
}

/**
 * The last day interest may run: the day before the opening judgment of a collective
 * procedure (L622-28), or null when no judgment date is known.
 */
export function interestStopsAfter(client: Client): IsoDate | null {
  return client.insolvency && client.insolvencyOpenedOn ? addDays(client.insolvencyOpenedOn, -1) : null;
}

export function latePenalties(input: PenaltyInput): InvoicePenalty {
  const { invoice, client, asOf, rates, contractualRate, fixedIndemnity, formalNoticeDate } = input;
  const basis = basisOf(client, contractualRate, formalNoticeDate);
  const startDate = startOf(invoice, basis, formalNoticeDate);
  const stopAfter = interestStopsAfter(client);
  // Interest is counted up to asOf, and never past the day before an opening judgment.
  const lastDay = stopAfter !== null ? minDate(asOf, stopAfter) : asOf;
  const allocations = allocationsTo(invoice.id, input.payments, asOf);
  const rateTable = new Map(rates.map((r) => [r.half, r]));
  const periods: PenaltyPeriod[] = [];
  const missing = new Set<string>();
  const warnings: DomainError[] = [];
  let exact = 0n;

  // A public buyer's rate is fixed by the half-year in which interest starts (R2192-31).
  const publicRates =
    basis === 'public-procurement' && startDate ? rateTable.get(halfYearOf(startDate)) : undefined;

  const rateOf = (half: string): BasisPoints | null => {
    const r = rateTable.get(half);
    switch (basis) {
      case 'commercial':
        return r ? commercialRate(r) : null;
      case 'contractual':
        return contractualRate;
      case 'public-procurement':
        return publicRates ? publicProcurementRate(publicRates) : null;
      case 'consumer-legal':
        return r ? r.legalRateOther : null;
      default:
        return null;
    }
  };

  if (startDate && startDate <= lastDay) {
    // Principal on a day t = amount − allocations dated before t (a payment counts from the next day).
    let principal = invoice.amountInclVat;
    let next = 0;
    const settleBefore = (day: IsoDate): void => {
      while (next < allocations.length && allocations[next]!.date < day)
        principal -= allocations[next++]!.amount;
    };
    settleBefore(startDate);
    let from = startDate;
    while (from <= lastDay && principal > 0) {
      const nextAllocation = next < allocations.length ? addDays(allocations[next]!.date, 1) : null;
      let end = addDays(nextHalfYearStart(from), -1);
      if (nextAllocation) end = minDate(end, addDays(nextAllocation, -1));
      const to = minDate(end, lastDay);
      const half = halfYearOf(from);
      const rate = rateOf(half);
      const days = daysBetween(from, to) + 1;
      if (rate === null) {
        missing.add(basis === 'public-procurement' ? halfYearOf(startDate) : half);
      } else {
        const numerator = BigInt(principal) * BigInt(rate) * BigInt(days);
        exact += numerator;
        periods.push({ from, to, days, principal, rate, half, interest: roundHalfUp(numerator, DIVISOR) });
      }
      from = addDays(to, 1);
      settleBefore(from);
    }
  }

  if (basis === 'contractual' && contractualRate !== null) {
    for (const half of new Set(periods.map((p) => p.half))) {
      const r = rateTable.get(half);
      if (r && contractualRate < contractualFloor(r)) {
        warnings.push(
          domainError('penalty.contractualBelowFloor', {
            half,
            rate: contractualRate / 100,
            floor: contractualFloor(r) / 100,
          }),
        );
      }
    }
  }
  if (client.insolvency && client.insolvencyOpenedOn && stopAfter !== null) {
    // Counted up to the day before the judgment: said with the date, whatever the basis
    // (a consumer's interest, not started yet, will not start either).
    if (client.insolvencyOpenedOn <= asOf)
      warnings.push(
        domainError('penalty.insolvencyStopsInterest', {
          procedure: client.insolvency,
          date: client.insolvencyOpenedOn,
          lastDay: stopAfter,
        }),
      );
  } else if (client.insolvency && basis !== 'none') {
    // No judgment date recorded: the interest cannot be cut where the law cuts it. The
    // figures are shown, flagged, until the user types the date in the client's form.
    warnings.push(domainError('penalty.insolvency', { procedure: client.insolvency }));
  }

  const indemnity = indemnityDue(input) ? fixedIndemnity : 0;
  const interest = roundHalfUp(exact, DIVISOR);
  return {
    invoiceId: invoice.id,
    invoiceNumber: invoice.number,
    basis,
    startDate,
    periods,
    interest,
    indemnity,
    total: interest + indemnity,
    missingRates: [...missing].sort(),
    warnings,
  };
}

/**
 * D441-5: 40 € per invoice paid late, business and public debtors only, not once a
 * collective procedure is open. "Late" = something was still owed at the end of the due
 * date and `asOf` is after it.
 */
function indemnityDue({ invoice, payments, client, asOf }: PenaltyInput): boolean {
  if (client.kind === 'consumer' || client.insolvency) return false;
  if (asOf <= invoice.dueDate) return false;
  const paidByDueDate = allocationsTo(invoice.id, payments, invoice.dueDate).reduce(
    (s, a) => s + a.amount,
    0,
  );
  return invoice.amountInclVat - paidByDueDate > 0;
}

export interface ClientPenalties {
  invoices: InvoicePenalty[];
  interest: Cents;
  indemnities: Cents;
  total: Cents;
  missingRates: string[];
}

export interface ClientPenaltyInput {
  client: Client;
  /** the client's invoices (others are ignored) */
  invoices: Invoice[];
  payments: Payment[];
  asOf: IsoDate;
  rates: HalfYearRates[];
  contractualRate: BasisPoints | null;
  fixedIndemnity: Cents;
  /** one notice for all the invoices of the client (consumer interest) */
  formalNoticeDate?: IsoDate;
  /**
   * the notice of each invoice (see formalNotice.ts `formalNoticeDates`): a notice only
   * puts the debtor on notice for the invoices it lists; wins over `formalNoticeDate`
   */
  formalNoticeDates?: ReadonlyMap<string, IsoDate>;
}

/**
 * Sum over a client's invoices. Lists the invoices that owe something (interest or
 * indemnity) or whose interest is incomplete; written-off invoices are left out: the
 * user gave up the claim.
 */
export function clientPenalties(input: ClientPenaltyInput): ClientPenalties {
  const list: InvoicePenalty[] = [];
  for (const invoice of input.invoices) {
    if (invoice.clientId !== input.client.id) continue;
    if (invoice.writtenOffOn && invoice.writtenOffOn <= input.asOf) continue;
    const formalNoticeDate = input.formalNoticeDates?.get(invoice.id) ?? input.formalNoticeDate;
    const p = latePenalties({ ...input, invoice, ...(formalNoticeDate ? { formalNoticeDate } : {}) });
    if (p.total > 0 || p.missingRates.length > 0) list.push(p);
  }
  const interest = list.reduce((s, p) => s + p.interest, 0);
  const indemnities = list.reduce((s, p) => s + p.indemnity, 0);
  return {
    invoices: list,
    interest,
    indemnities,
    total: interest + indemnities,
    missingRates: [...new Set(list.flatMap((p) => p.missingRates))].sort(),
  };
}
