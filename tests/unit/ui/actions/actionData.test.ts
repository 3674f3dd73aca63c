import { describe, expect, it } from 'vitest';
import { createInvoice } from '../../../../renderer/src/db/invoices';
import { recordPayment } from '../../../../renderer/src/db/payments';
import { defaultTemplate } from '../../../../renderer/src/documents/templates/defaults';
import { letterInputOf, loadActionData } from '../../../../renderer/src/ui/actions';
import { account, CLIENT_ID, COMPANY, INVOICE_ID, target, TODAY } from './fixtures';

describe('loadActionData', () => {
  it("gives the action's invoices with today's balance, and the whole account for the penalties", async () => {
    const db = await account();
    await createInvoice(db, {
      id: 'invoice-43',
      number: 'FA-2026-0043',
      clientId: CLIENT_ID,
      issueDate: '2026-11-01',
      dueDate: '2026-12-01',
      amountInclVat: 60_000,
      amountExclVat: 50_000,
    });
    // 300,00 € received on 20 Nov against FA-2026-0042: 1 200,00 − 300,00 = 900,00 € still owed.
    await recordPayment(db, {
      clientId: CLIENT_ID,
      date: '2026-11-20',
      amount: 30_000,
      allocations: [{ invoiceId: INVOICE_ID, amount: 30_000 }],
    });
    const r = await loadActionData(db, target('standard-reminder-2'), COMPANY, TODAY);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.invoices.map((i) => [i.invoice.number, i.balance])).toEqual([['FA-2026-0042', 90_000]]);
    expect(r.value.allInvoices.map((i) => i.number)).toEqual(['FA-2026-0042', 'FA-2026-0043']);
    expect(r.value.payments.map((p) => p.amount)).toEqual([30_000]);
    // Only the letter's invoice is in its penalties; a business debtor owes the 40 € indemnity.
    expect(r.value.penalties.invoices.map((p) => p.invoiceNumber)).toEqual(['FA-2026-0042']);
    expect(r.value.penalties.indemnities).toBe(4000);
  });

  it('a payment dated after today does not reduce the balance yet', async () => {
    const db = await account();
    await recordPayment(db, {
      clientId: CLIENT_ID,
      date: '2026-11-30',
      amount: 30_000,
      allocations: [{ invoiceId: INVOICE_ID, amount: 30_000 }],
    });
    const r = await loadActionData(db, target('standard-reminder-2'), COMPANY, TODAY);
    expect(r.ok && r.value.invoices[0]!.balance).toBe(120_000);
  });

  it('builds the letter input in the client’s language, with the registered number when known', async () => {
    const db = await account({ language: 'en' });
    const r = await loadActionData(db, target('standard-formal-notice'), COMPANY, TODAY);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const template = defaultTemplate('formal-notice-en')!;
    const input = letterInputOf(r.value, template, COMPANY, TODAY, '1A12345678901');
    expect(input).toMatchObject({
      kind: 'formal-notice',
      lang: 'en',
      today: TODAY,
      registeredNumber: '1A12345678901',
    });
    expect('registeredNumber' in letterInputOf(r.value, template, COMPANY, TODAY)).toBe(false);
  });
});
