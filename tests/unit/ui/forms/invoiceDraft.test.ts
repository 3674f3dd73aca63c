import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../../../renderer/src/domain/model';
import {
  defaultDueDate,
  draftFromInvoice,
  emptyInvoiceDraft,
  invoiceFieldOf,
  validateInvoiceDraft,
  type InvoiceDraft,
} from '../../../../renderer/src/ui/forms/invoiceDraft';

const draft = (changes: Partial<InvoiceDraft> = {}): InvoiceDraft => ({
  number: ' FA-2026-0042 ',
  issueDate: '01/10/2026',
  dueDate: '31/10/2026',
  amountInclVat: '1 200,00',
  amountExclVat: '1000',
  label: '',
  ...changes,
});

describe('invoice draft', () => {
  it('proposes the due date of the payment terms', () => {
    // 27 Nov + 30 days = 27 Dec; 31 Jan + 30 = 2 March (2027 is not a leap year: 28 + 2).
    expect(emptyInvoiceDraft('2026-11-27', 30)).toMatchObject({
      issueDate: '27/11/2026',
      dueDate: '27/12/2026',
    });
    expect(defaultDueDate('31/01/2027', 30)).toBe('02/03/2027');
    expect(defaultDueDate('31/02/2027', 30)).toBe('');
  });

  it('turns a correct draft into the repository input', () => {
    expect(validateInvoiceDraft(draft({ label: ' Escalier chêne ' }), 'c1')).toEqual({
      errors: {},
      input: {
        number: 'FA-2026-0042',
        clientId: 'c1',
        issueDate: '2026-10-01',
        dueDate: '2026-10-31',
        amountInclVat: 120_000,
        amountExclVat: 100_000,
        source: 'manual',
        label: 'Escalier chêne',
      },
    });
  });

  it('reads a stored invoice back to the same input', () => {
    const stored: Invoice = {
      id: 'i1',
      number: 'FA-2026-0042',
      clientId: 'c1',
      issueDate: '2026-10-01',
      dueDate: '2026-10-31',
      amountInclVat: 123_456_78,
      amountExclVat: 102_880_65,
      currency: 'EUR',
      source: 'manual',
    };
    expect(validateInvoiceDraft(draftFromInvoice(stored), 'c1').input).toMatchObject({
      amountInclVat: 123_456_78,
      amountExclVat: 102_880_65,
      dueDate: '2026-10-31',
    });
  });

  it('refuses each wrong field with its code', () => {
    expect(
      validateInvoiceDraft(
        draft({ number: ' ', dueDate: '30/09/2026', amountInclVat: '0', amountExclVat: '12,345' }),
        'c1',
      ),
    ).toEqual({
      errors: {
        number: { code: 'form.required' },
        dueDate: { code: 'form.dueBeforeIssue' },
        amountInclVat: { code: 'form.amountZero' },
        amountExclVat: { code: 'money.invalid', params: { value: '12,345' } },
      },
      input: null,
    });
    const r = validateInvoiceDraft(draft({ issueDate: '31/02/2026', amountExclVat: '1 200,01' }), 'c1');
    expect(r.input).toBeNull();
    expect(r.errors.issueDate?.code).toMatch(/^date\./);
    expect(r.errors.amountExclVat).toEqual({ code: 'form.exclAboveIncl' });
  });

  it("puts the repository's refusals on the right input", () => {
    expect(invoiceFieldOf('invoice.duplicateNumber', undefined)).toBe('number');
    expect(invoiceFieldOf('invoice.amountBelowPaid', undefined)).toBe('amountInclVat');
    expect(invoiceFieldOf('date.invalid', 'issueDate')).toBe('issueDate');
    expect(invoiceFieldOf('invoice.unknownClient', 'clientId')).toBe('form');
  });
});
