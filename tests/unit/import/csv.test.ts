import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../renderer/src/domain/import/csvMapping';
import { parseCsvImport, readCsvHeader } from '../../../renderer/src/domain/import/csv';
import { fixtureText } from './helpers';

const INVOICES = fixtureText('factures-facturation-cp1252.csv');

function importInvoices(text: string) {
  const { headers } = readCsvHeader(text);
  return parseCsvImport(text, 'invoices', guessMapping(headers, 'invoices'), {
    sourceName: 'Facturation',
    fileName: 'f.csv',
  });
}

describe('guessMapping', () => {
  it('maps the headers of a French invoicing tool', () => {
    const { headers, delimiter } = readCsvHeader(INVOICES);
    expect(delimiter).toBe(';');
    expect(guessMapping(headers, 'invoices')).toEqual({
      number: 'N° facture',
      clientName: 'Client',
      clientRef: 'Code client',
      siren: 'SIREN',
      issueDate: 'Date facture',
      dueDate: 'Échéance',
      amountInclVat: 'Montant TTC',
      amountExclVat: 'Montant HT',
      remaining: 'Reste à payer',
      label: 'Objet',
    });
  });

  it('maps English headers and a client list', () => {
    expect(
      guessMapping(
        ['Invoice number', 'Customer', 'Invoice date', 'Due date', 'Amount incl. VAT', 'Paid'],
        'invoices',
      ),
    ).toEqual({
      number: 'Invoice number',
      clientName: 'Customer',
      issueDate: 'Invoice date',
      dueDate: 'Due date',
      amountInclVat: 'Amount incl. VAT',
      paid: 'Paid',
    });
    expect(
      guessMapping(['Raison sociale', 'SIREN', 'Email', 'Adresse', 'Code postal', 'Ville'], 'clients'),
    ).toEqual({
      name: 'Raison sociale',
      siren: 'SIREN',
      email: 'Email',
      address: 'Adresse',
      postalCode: 'Code postal',
      city: 'Ville',
    });
  });
});

describe('parseCsvImport', () => {
  it('reads invoices with French amounts and dates, the paid part as a payment', () => {
    const r = importInvoices(INVOICES);
    expect(r.errors).toEqual([]);
    expect(
      r.plan.invoices.map((i) => [
        i.number,
        i.issueDate,
        i.dueDate,
        i.amountInclVat,
        i.amountExclVat,
        i.line,
      ]),
    ).toEqual([
      ['F2026-001', '2026-01-15', '2026-02-14', 120000, 100000, 2],
      ['F2026-002', '2026-01-20', '2026-02-19', 240000, 200000, 3],
      ['F2026-003', '2026-02-03', '2026-03-05', 96000, 80000, 4],
      ['F2026-004', '2026-02-10', '2026-03-12', 500000, 416667, 5],
      ['F2026-005', '2026-02-28', '2026-03-30', 11900, 9917, 6],
    ]);
    // paid = TTC − reste: 2 400 − 0, 960 − 460, 119 − 19
    expect(r.plan.payments.map((p) => [p.allocations[0]?.invoiceNumber, p.amount])).toEqual([
      ['F2026-002', 240000],
      ['F2026-003', 50000],
      ['F2026-005', 10000],
    ]);
    expect(r.plan.clients.map((c) => [c.key, c.name])).toEqual([
      ['siren:812345676', 'Boulangerie Dupré'],
      ['siren:443061841', 'Société Œnologique du Sud'],
      ['siren:512348905', 'Garage Martin & Fils'],
    ]);
  });

  it('names the line and column of a row with the wrong number of columns', () => {
    const r = importInvoices(fixtureText('factures-colonnes.csv'));
    expect(r.errors).toEqual([{ line: 3, code: 'import.columnCount', params: { found: 8, expected: 10 } }]);
  });

  it('rejects 31/02/2026 as an impossible date, on line 3, column "Date facture"', () => {
    const r = importInvoices(fixtureText('factures-date-impossible.csv'));
    expect(r.errors).toEqual([
      { line: 3, field: 'Date facture', code: 'date.impossible', params: { value: '31/02/2026' } },
    ]);
  });

  it('rejects 1.234,5x as an amount', () => {
    const r = importInvoices(fixtureText('factures-montant-invalide.csv'));
    expect(r.errors).toEqual([
      { line: 4, field: 'Montant HT', code: 'money.invalid', params: { value: '1.234,5x' } },
    ]);
  });

  it('says an empty file is empty', () => {
    expect(importInvoices('').errors).toEqual([{ line: 1, code: 'import.empty' }]);
  });

  it('asks for the columns it cannot do without', () => {
    const r = parseCsvImport('Client;Montant\nDupont;12\n', 'invoices', {
      clientName: 'Client',
      amountInclVat: 'Montant',
    });
    expect(r.errors.map((e) => e.params?.field)).toEqual(['number', 'issueDate', 'dueDate']);
  });

  it('counts lines as a text editor does, multi-line quoted cells included', () => {
    const text =
      'N° facture;Client;Date;Échéance;Montant TTC\nF1;"Dupont\net fils";01/01/2026;31/01/2026;10\nF2;Durand;01/01/2026;31/01/2026;abc\n';
    const r = parseCsvImport(text, 'invoices', guessMapping(readCsvHeader(text).headers, 'invoices'));
    expect(r.errors).toEqual([
      { line: 4, field: 'Montant TTC', code: 'money.invalid', params: { value: 'abc' } },
    ]);
  });

  it('reads a comma-separated payments list with ISO and French dates', () => {
    const text = fixtureText('reglements.csv');
    const { headers, delimiter } = readCsvHeader(text);
    expect(delimiter).toBe(',');
    const r = parseCsvImport(text, 'payments', guessMapping(headers, 'payments'));
    expect(r.errors).toEqual([]);
    expect(r.plan.payments.map((p) => [p.date, p.amount, p.reference, p.allocations])).toEqual([
      ['2026-03-05', 50000, 'VIR 0305', [{ invoiceNumber: 'F2026-001', amount: 50000 }]],
      ['2026-03-20', 100000, 'CHQ 1234567', [{ invoiceNumber: 'F2026-004', amount: 100000 }]],
    ]);
  });
});
