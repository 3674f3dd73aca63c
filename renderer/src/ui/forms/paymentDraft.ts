/**
 * The payment / credit note form: amount, date, reference, and how the money is spread
 * over the client's open invoices. Oldest due date first by default (what the user
 * expects and what the debtor usually means); each line stays editable; what is not
 * allocated stays on account.
 */
import type { PaymentInput } from '../../db/payments';
import { allocateOldestFirst } from '../../domain/balances';
import { parseFrenchDate } from '../../domain/dates';
import type { Cents, Invoice, PaymentKind } from '../../domain/model';
import { formatAmount, parseMoney } from '../../domain/money';
import { domainError } from '../../domain/result';
import type { DraftErrors } from './clientDraft';

export interface OpenInvoice {
  invoice: Invoice;
  balance: Cents;
}

export interface PaymentDraft {
  date: string;
  amount: string;
  reference: string;
  /** the text typed for each open invoice, by invoice id ('' = nothing) */
  allocations: Record<string, string>;
}

/** The allocation texts for the oldest-first split of what the amount field holds. */
export function defaultAllocationTexts(
  amountText: string,
  open: readonly OpenInvoice[],
): Record<string, string> {
  const amount = parseMoney(amountText);
  const split = allocateOldestFirst(
    open.map((o) => ({
      invoiceId: o.invoice.id,
      number: o.invoice.number,
      dueDate: o.invoice.dueDate,
      balance: o.balance,
    })),
    amount.ok ? amount.value : 0,
  );
  const texts: Record<string, string> = {};
  for (const o of open) texts[o.invoice.id] = '';
  for (const a of split.allocations) texts[a.invoiceId] = formatAmount(a.amount);
  return texts;
}

export interface PaymentCheck {
  errors: DraftErrors;
  input: PaymentInput | null;
  /** cents allocated by the lines that parse, and what stays on account (null while the amount is wrong) */
  allocated: Cents;
  remainder: Cents | null;
}

export function validatePaymentDraft(
  d: PaymentDraft,
  clientId: string,
  kind: PaymentKind,
  open: readonly OpenInvoice[],
): PaymentCheck {
  const errors: DraftErrors = {};
  const date = parseFrenchDate(d.date);
  if (!date.ok) errors.date = date.error;
  const amount = parseMoney(d.amount);
  if (!amount.ok) errors.amount = amount.error;
  else if (amount.value === 0) errors.amount = domainError('form.amountZero');
  const allocations: { invoiceId: string; amount: Cents }[] = [];
  let allocated = 0;
  for (const o of open) {
    const text = (d.allocations[o.invoice.id] ?? '').trim();
    if (text === '') continue;
    const v = parseMoney(text);
    const key = `allocation.${o.invoice.id}`;
    if (!v.ok) errors[key] = v.error;
    else if (v.value > o.balance)
      errors[key] = domainError('form.allocationAboveBalance', { balance: formatAmount(o.balance) });
    if (!v.ok || v.value === 0) continue;
    allocated += v.value;
    allocations.push({ invoiceId: o.invoice.id, amount: v.value });
  }
  const remainder = amount.ok ? amount.value - allocated : null;
  if (remainder !== null && remainder < 0) {
    errors.allocations = domainError('form.overAllocated', { over: formatAmount(-remainder) });
  }
  if (Object.keys(errors).length > 0 || !date.ok || !amount.ok)
    return { errors, input: null, allocated, remainder };
  const reference = d.reference.trim();
  return {
    errors,
    allocated,
    remainder,
    input: {
      clientId,
      kind,
      date: date.value,
      amount: amount.value,
      allocations,
      source: 'manual',
      ...(reference !== '' ? { reference } : {}),
    },
  };
}

/** Repository errors that belong to an input; the rest goes on top of the form. */
export function paymentFieldOf(code: string, field: string | undefined, invoiceId?: string): string {
  if (code === 'payment.overAllocated') return 'allocations';
  if (code === 'payment.unknownInvoice' && invoiceId) return `allocation.${invoiceId}`;
  if (field === 'date' || field === 'amount') return field;
  return 'form';
}
