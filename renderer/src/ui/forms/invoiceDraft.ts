/** The invoice form's fields and checks, apart from React (see clientDraft.ts). */
import type { InvoiceInput } from '../../db/invoices';
import { addDays, formatDateShort, parseFrenchDate } from '../../domain/dates';
import type { Invoice, IsoDate } from '../../domain/model';
import { formatAmount, parseMoney } from '../../domain/money';
import { domainError } from '../../domain/result';
import type { DraftErrors } from './clientDraft';

export interface InvoiceDraft {
  number: string;
  issueDate: string;
  dueDate: string;
  amountInclVat: string;
  amountExclVat: string;
  label: string;
}

/** The due date the company's payment terms give, as the user reads it; '' while the issue date is wrong. */
export function defaultDueDate(issueText: string, paymentTermsDays: number): string {
  const issue = parseFrenchDate(issueText);
  return issue.ok ? formatDateShort(addDays(issue.value, paymentTermsDays)) : '';
}

export function emptyInvoiceDraft(today: IsoDate, paymentTermsDays: number): InvoiceDraft {
  const issueDate = formatDateShort(today);
  return {
    number: '',
    issueDate,
    dueDate: defaultDueDate(issueDate, paymentTermsDays),
    amountInclVat: '',
    amountExclVat: '',
    label: '',
  };
}

export function draftFromInvoice(i: Invoice): InvoiceDraft {
  return {
    number: i.number,
    issueDate: formatDateShort(i.issueDate),
    dueDate: formatDateShort(i.dueDate),
    amountInclVat: formatAmount(i.amountInclVat),
    amountExclVat: formatAmount(i.amountExclVat),
    label: i.label ?? '',
  };
}

export function validateInvoiceDraft(
  d: InvoiceDraft,
  clientId: string,
): { errors: DraftErrors; input: InvoiceInput | null } {
  const errors: DraftErrors = {};
  const number = d.number.trim();
  if (number === '') errors.number = domainError('form.required');
  const issue = parseFrenchDate(d.issueDate);
  if (!issue.ok) errors.issueDate = issue.error;
  const due = parseFrenchDate(d.dueDate);
  if (!due.ok) errors.dueDate = due.error;
  else if (issue.ok && due.value < issue.value) errors.dueDate = domainError('form.dueBeforeIssue');
  const incl = parseMoney(d.amountInclVat);
  if (!incl.ok) errors.amountInclVat = incl.error;
  else if (incl.value === 0) errors.amountInclVat = domainError('form.amountZero');
  const excl = parseMoney(d.amountExclVat);
  if (!excl.ok) errors.amountExclVat = excl.error;
  else if (incl.ok && excl.value > incl.value) errors.amountExclVat = domainError('form.exclAboveIncl');
  if (Object.keys(errors).length > 0 || !issue.ok || !due.ok || !incl.ok || !excl.ok)
    return { errors, input: null };
  return {
    errors,
    input: {
      number,
      clientId,
      issueDate: issue.value,
      dueDate: due.value,
      amountInclVat: incl.value,
      amountExclVat: excl.value,
      source: 'manual',
      ...(d.label.trim() !== '' ? { label: d.label.trim() } : {}),
    },
  };
}

/** Repository errors that belong to one input ('invoice.duplicateNumber' → the number). */
export function invoiceFieldOf(code: string, field: string | undefined): string {
  if (code === 'invoice.duplicateNumber') return 'number';
  if (code === 'invoice.dueBeforeIssue') return 'dueDate';
  if (code === 'invoice.exclAboveIncl') return 'amountExclVat';
  if (code === 'invoice.amountBelowPaid') return 'amountInclVat';
  if (field && ['number', 'issueDate', 'dueDate', 'amountInclVat', 'amountExclVat'].includes(field))
    return field;
  return 'form';
}
