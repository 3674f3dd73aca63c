import { describe, expect, it } from 'vitest';
import { applyImport, rememberedMapping } from '../../../renderer/src/db/import/applyImport';
import { fromInvoiceRow, fromPaymentRow } from '../../../renderer/src/db/derived';
import type { RecouvreDb } from '../../../renderer/src/db/database';
import { invoiceBalances } from '../../../renderer/src/domain/balances';
import { parseCsvImport, readCsvHeader } from '../../../renderer/src/domain/import/csv';
import { guessMapping } from '../../../renderer/src/domain/import/csvMapping';
import { decodeText, encodingGuesses } from '../../../renderer/src/domain/import/encoding';
import { deriveOpenReceivables, fecImportPlan, parseFec } from '../../../renderer/src/domain/import/fec';
import { dump, FEC_NAME, fixtureBytes, fixtureText, freshDb } from './helpers';

function csvPlan(name: string) {
  const text = fixtureText(name);
  const r = parseCsvImport(text, 'invoices', guessMapping(readCsvHeader(text).headers, 'invoices'), {
    sourceName: 'Facturation',
    fileName: name,
  });
  return r.plan;
}

async function fecPlan(name: string) {
  const decoded = decodeText(fixtureBytes(name));
  if (!decoded.ok) throw new Error(decoded.error.code);
  const file = await parseFec(decoded.value.text, { pause: () => Promise.resolve() });
  if (!file.ok) throw new Error(file.error.code);
  const open = deriveOpenReceivables(file.value.lines, { paymentTermsDays: 30 });
  return fecImportPlan(
    file.value,
    open,
    { fileName: name, sourceName: 'FEC 793456120' },
    encodingGuesses(decoded.value),
  );
}

async function openTotal(db: RecouvreDb): Promise<number> {
  const invoices = (await db.invoices.toArray()).map(fromInvoiceRow);
  const payments = (await db.payments.toArray()).map(fromPaymentRow);
  let total = 0;
  for (const b of invoiceBalances(invoices, payments).values()) total += b;
  return total;
}

describe('applyImport', () => {
  it('writes a CSV invoice list; the open total is the file\'s "Reste à payer"', async () => {
    const db = freshDb();
    const r = await applyImport(db, csvPlan('factures-facturation-cp1252.csv'), { today: '2026-11-27' });
    expect(r).toEqual({
      ok: true,
      summary: {
        clientsCreated: 3,
        clientsUpdated: 0,
        invoicesCreated: 5,
        invoicesUpdated: 0,
        paymentsCreated: 3,
        paymentsUpdated: 0,
        invoicesClosed: 0,
      },
    });
    // Reste à payer: 1 200,00 + 0,00 + 460,00 + 5 000,00 + 19,00 = 6 679,00
    expect(await openTotal(db)).toBe(667900);
    expect(await db.invoices.where('open').equals(1).count()).toBe(4);
    expect(await db.clients.get('id-0001')).toMatchObject({
      name: 'Boulangerie Dupré',
      siren: '812345676',
      kind: 'professional',
      language: 'fr',
    });
    const journal = await db.journal.toArray();
    expect(journal.map((j) => [j.clientId, j.type, j.date, j.invoiceIds.length, j.note])).toEqual([
      ['id-0001', 'import', '2026-11-27', 2, 'factures-facturation-cp1252.csv'],
      ['id-0002', 'import', '2026-11-27', 2, 'factures-facturation-cp1252.csv'],
      ['id-0003', 'import', '2026-11-27', 1, 'factures-facturation-cp1252.csv'],
    ]);
    expect(await rememberedMapping(db, 'Facturation')).toMatchObject({
      number: 'N° facture',
      remaining: 'Reste à payer',
    });
  });

  it('updates on re-import and never duplicates (the BOM variant of the same export)', async () => {
    const db = freshDb();
    await applyImport(db, csvPlan('factures-facturation-cp1252.csv'), { today: '2026-11-27' });
    const r = await applyImport(db, csvPlan('factures-facturation-utf8-bom.csv'), { today: '2026-11-28' });
    expect(r.ok && r.summary).toMatchObject({
      clientsCreated: 0,
      clientsUpdated: 3,
      invoicesCreated: 0,
      invoicesUpdated: 5,
      paymentsCreated: 0,
      paymentsUpdated: 3,
    });
    expect([await db.clients.count(), await db.invoices.count(), await db.payments.count()]).toEqual([
      3, 5, 3,
    ]);
    expect(await openTotal(db)).toBe(667900);
  });

  it('re-imports part of an export into a bigger database: rows found through the indexes, none duplicated', async () => {
    // The database then holds more invoices and payments than the file names, so applyImport
    // asks the number and client indexes instead of reading the whole tables.
    const db = freshDb();
    await applyImport(db, csvPlan('factures-facturation-cp1252.csv'), { today: '2026-11-27' });
    const part = csvPlan('factures-facturation-utf8-bom.csv');
    // F2026-003: 960,00 of which 500,00 already paid
    const first = part.invoices.find((i) => i.number === 'F2026-003')!;
    part.invoices = [first];
    part.clients = part.clients.filter((c) => c.key === first.clientKey);
    part.payments = part.payments.filter((p) => p.allocations.every((a) => a.invoiceNumber === first.number));
    expect(part.payments.length).toBe(1);
    const r = await applyImport(db, part, { today: '2026-11-28' });
    expect(r.ok && r.summary).toMatchObject({
      clientsCreated: 0,
      clientsUpdated: 1,
      invoicesCreated: 0,
      invoicesUpdated: 1,
      paymentsCreated: 0,
      paymentsUpdated: 1,
    });
    expect([await db.clients.count(), await db.invoices.count(), await db.payments.count()]).toEqual([
      3, 5, 3,
    ]);
    expect(await openTotal(db)).toBe(667900);
  });

  it.each([
    'factures-colonnes.csv',
    'factures-date-impossible.csv',
    'factures-montant-invalide.csv',
    'vide.csv',
  ])('writes nothing for %s', async (name) => {
    const db = freshDb();
    await applyImport(db, csvPlan('factures-facturation-cp1252.csv'), { today: '2026-11-27' });
    const before = await dump(db);
    const r = await applyImport(db, csvPlan(name), { today: '2026-11-28' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.every((e) => e.line >= 1)).toBe(true);
    expect(await dump(db)).toBe(before);
  });

  it('writes nothing when a row does not fit the database (an address line over 38 characters)', async () => {
    const db = freshDb();
    const text =
      'Raison sociale;Adresse;Code postal;Ville\nDupont;12 avenue du Maréchal de Lattre de Tassigny prolongée;75001;Paris\nDurand;1 rue de la Paix;75002;Paris\n';
    const plan = parseCsvImport(text, 'clients', guessMapping(readCsvHeader(text).headers, 'clients')).plan;
    const r = await applyImport(db, plan, { today: '2026-11-27' });
    // the code is the database's validation error (errors namespace); the line is the file's
    expect(!r.ok && r.errors.map((e) => [e.line, e.params?.field])).toEqual([[2, 'addressLines.0']]);
    expect(await db.clients.count()).toBe(0);
  });

  it('imports the FEC: open balance 3 610,00 €, opening balances marked, re-import idempotent', async () => {
    const db = freshDb();
    const plan = await fecPlan(FEC_NAME);
    expect(plan.guesses[0]).toEqual({ code: 'import.guess.encoding', params: { encoding: 'iso-8859-15' } });
    const r = await applyImport(db, plan, { today: '2026-11-27' });
    expect(r.ok && r.summary).toMatchObject({ clientsCreated: 3, invoicesCreated: 5, paymentsCreated: 3 });
    // See fec.test.ts: 2 200,00 + 760,00 + 650,00 = 3 610,00
    expect(await openTotal(db)).toBe(361000);
    expect((await db.invoices.where('number').equals('AN (C001)').first())?.openingBalance).toBe(true);
    const again = await applyImport(db, await fecPlan(FEC_NAME), { today: '2026-11-28' });
    expect(again.ok && again.summary).toMatchObject({
      clientsCreated: 0,
      invoicesCreated: 0,
      paymentsCreated: 0,
      invoicesUpdated: 5,
    });
    expect([await db.clients.count(), await db.invoices.count(), await db.payments.count()]).toEqual([
      3, 5, 3,
    ]);
    expect(await openTotal(db)).toBe(361000);
  });

  it('closes an invoice a later FEC says is lettered', async () => {
    const db = freshDb();
    const first = await fecPlan(FEC_NAME);
    await applyImport(db, first, { today: '2026-11-27' });
    const later = await fecPlan(FEC_NAME);
    // FA-2026-0103 now lettered in the accounts: it leaves the open list, appears as settled
    later.invoices = later.invoices.filter((i) => i.number !== 'FA-2026-0103');
    later.payments = later.payments.filter((p) => p.reference !== 'CHQ-7781');
    later.settled.push({ number: 'FA-2026-0103', date: '2026-07-01', line: 15 });
    const r = await applyImport(db, later, { today: '2026-11-28' });
    expect(r.ok && r.summary.invoicesClosed).toBe(1);
    expect(await openTotal(db)).toBe(361000 - 76000);
    expect((await db.invoices.where('number').equals('FA-2026-0103').first())?.open).toBe(0);
  });

  it('writes nothing for a FEC with an impossible date', async () => {
    const db = freshDb();
    const plan = await fecPlan('793456120FEC20261231-erreurs.txt');
    const r = await applyImport(db, plan);
    expect(!r.ok && r.errors.map((e) => `${e.line} ${e.field}`)).toEqual(['3 EcritureDate', '4 Credit']);
    expect(await dump(db)).toBe(await dump(freshDb()));
  });
});
