import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../renderer/src/db/database';
import { demoDataset, parseDataset } from '../../../renderer/src/db/dataset';
import { loadDemoData } from '../../../renderer/src/db/demo';
import { loadDunningData } from '../../../renderer/src/db/snapshot';
import { generateDemo } from '../../../renderer/src/demo/generateDemo';
import { luhnKey } from '../../../renderer/src/demo/identifiers';
import { invoiceBalances } from '../../../renderer/src/domain/balances';
import { isIsoDate } from '../../../renderer/src/domain/dates';
import {
  isValidFrenchVat,
  isValidRegisteredNumber,
  isValidSiren,
  isValidSiret,
  postalAddressErrors,
  isValidEmail,
} from '../../../renderer/src/domain/validation';

const TODAY = '2026-11-27';
const demo = generateDemo({ clients: 120, invoices: 2500, seed: 7, today: TODAY });

describe('generateDemo', () => {
  it('gives the same data for the same seed, other data for another seed', () => {
    expect(generateDemo({ clients: 120, invoices: 2500, seed: 7, today: TODAY })).toEqual(demo);
    expect(generateDemo({ clients: 120, invoices: 2500, seed: 8, today: TODAY }).clients[0]).not.toEqual(
      demo.clients[0],
    );
  });

  it('computes Luhn keys like INSEE: 73282932 → key 0 (SIREN 732829320)', () => {
    // Read from the right 2 3 9 2 8 2 3 7, every other one doubled (digits of the double added):
    // 4 + 3 + 9 + 2 + 7 + 2 + 6 + 7 = 40 → key (10 − 0) mod 10 = 0.
    expect(luhnKey('73282932')).toBe(0);
  });

  it('makes the requested volume with every kind of client and behaviour', () => {
    expect(demo.clients).toHaveLength(120);
    expect(demo.invoices).toHaveLength(2500);
    const kinds = new Set(demo.clients.map((c) => c.kind));
    expect(kinds).toEqual(new Set(['professional', 'public', 'consumer']));
    expect(demo.clients.some((c) => c.language === 'en')).toBe(true);
    expect(demo.promises.length).toBeGreaterThan(0);
    expect(demo.disputes.length).toBeGreaterThan(0);
    expect(demo.journal.some((e) => e.stepKind === 'formal-notice')).toBe(true);
    expect(demo.payments.some((p) => p.kind === 'credit-note')).toBe(true);
  });

  it('makes valid identifiers, contacts and NF Z 10-011 addresses', () => {
    for (const c of demo.clients) {
      if (c.siren !== undefined) expect(isValidSiren(c.siren), c.siren).toBe(true);
      if (c.siret !== undefined)
        expect(isValidSiret(c.siret) && c.siret.startsWith(c.siren ?? '?'), c.siret).toBe(true);
      if (c.vatNumber !== undefined) expect(isValidFrenchVat(c.vatNumber), c.vatNumber).toBe(true);
      expect(
        postalAddressErrors([c.name, ...c.addressLines], c.country ?? 'FR'),
        c.addressLines.join(' / '),
      ).toEqual([]);
      for (const contact of c.contacts)
        if (contact.email)
          expect(isValidEmail(contact.email) && contact.email.endsWith('.example')).toBe(true);
    }
    const publicSirens = demo.clients.filter((c) => c.kind === 'public').map((c) => c.siren?.[0]);
    expect(new Set(publicSirens)).toEqual(new Set(['2']));
  });

  it('uses real dates and never pays more than owed, nor before the invoice, nor after today', () => {
    const invoices = new Map(demo.invoices.map((i) => [i.id, i]));
    for (const i of demo.invoices) {
      expect(
        isIsoDate(i.issueDate) && isIsoDate(i.dueDate) && i.dueDate >= i.issueDate && i.issueDate <= TODAY,
      ).toBe(true);
      expect(
        Number.isInteger(i.amountInclVat) && i.amountInclVat > 0 && i.amountExclVat <= i.amountInclVat,
      ).toBe(true);
    }
    expect(new Set(demo.invoices.map((i) => i.number)).size).toBe(demo.invoices.length);
    for (const p of demo.payments) {
      expect(isIsoDate(p.date) && p.date <= TODAY).toBe(true);
      expect(p.allocations.reduce((s, a) => s + a.amount, 0)).toBeLessThanOrEqual(p.amount);
      for (const a of p.allocations) {
        const inv = invoices.get(a.invoiceId);
        expect(inv?.clientId).toBe(p.clientId);
        expect(p.date >= (inv?.issueDate ?? '')).toBe(true);
      }
    }
    const balances = invoiceBalances(demo.invoices, demo.payments);
    for (const balance of balances.values()) expect(balance).toBeGreaterThanOrEqual(0);
    for (const e of demo.journal) {
      expect(isIsoDate(e.date) && e.date <= TODAY && e.at.startsWith(e.date)).toBe(true);
      if (e.registered?.number) expect(isValidRegisteredNumber(e.registered.number)).toBe(true);
    }
    for (const p of demo.promises) expect(p.promisedDate >= p.madeOn).toBe(true);
  });

  it('leaves part of the receivables open, as a real ledger', () => {
    const open = [...invoiceBalances(demo.invoices, demo.payments).values()].filter((b) => b > 0).length;
    expect(open / demo.invoices.length).toBeGreaterThan(0.05);
    expect(open / demo.invoices.length).toBeLessThan(0.4);
  });
});

describe('dataset file and loading', () => {
  // Small: fake-indexeddb writes about 10k rows a second.
  const small = generateDemo({ clients: 30, invoices: 400, seed: 11, today: TODAY });

  it('round-trips through JSON, is accepted by parseDataset and loads into a database', async () => {
    const file = JSON.parse(
      JSON.stringify(
        demoDataset(small, '2026-11-27T09:00:00.000Z', {
          seed: 11,
          today: TODAY,
          clients: 30,
          invoices: 400,
        }),
      ),
    );
    const parsed = parseDataset(file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const db = openDatabase(`demo-${process.pid}-${Date.now()}`);
    await db.clients.add({
      id: 'old',
      name: 'Ancien',
      kind: 'consumer',
      addressLines: [],
      contacts: [],
      language: 'fr',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const counts = await loadDemoData(db, parsed.value);
    expect(await db.clients.get('old')).toBeUndefined(); // replaced
    expect(await db.journal.count()).toBe(small.journal.length);

    const open = [...invoiceBalances(small.invoices, small.payments).entries()]
      .filter(([, b]) => b > 0)
      .map(([id]) => id);
    expect(counts.openInvoices).toBe(open.length);
    const snapshot = await loadDunningData(db);
    expect(snapshot.invoices.map((i) => i.id).sort()).toEqual(open.sort());
    // The snapshot's payments give the same balances as the whole ledger.
    const fromSnapshot = invoiceBalances(snapshot.invoices, snapshot.payments);
    const fromAll = invoiceBalances(small.invoices, small.payments);
    for (const [id, b] of fromSnapshot) expect(b).toBe(fromAll.get(id));
    db.close();
  });

  it('rejects a file whose payment names an invoice of another client', () => {
    const broken = structuredClone(demoDataset(demo, '2026-11-27T09:00:00.000Z'));
    const p = broken.payments.find((x) => x.allocations.length > 0)!;
    p.clientId = broken.clients.find((c) => c.id !== p.clientId)!.id;
    const r = parseDataset(broken);
    expect(r.ok ? null : r.error.code).toBe('dataset.unknownReference');
    expect(parseDataset({ format: 'other' }).ok ? null : 'refused').toBe('refused');
  });
});
