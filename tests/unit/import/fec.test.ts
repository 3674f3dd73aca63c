import { describe, expect, it } from 'vitest';
import { deriveOpenReceivables, parseFec, parseFecFileName } from '../../../renderer/src/domain/import/fec';
import { FEC_NAME, fixtureText } from './helpers';

const now = () => Promise.resolve();

describe('parseFec', () => {
  it('reads the tab-separated ISO-8859-15 FEC and keeps the customer lines', async () => {
    const r = await parseFec(fixtureText(FEC_NAME), { pause: now });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.separator).toBe('\t');
    expect(r.value.lineCount).toBe(23);
    expect(r.value.errors).toEqual([]);
    expect(r.value.totalDebit).toBe(r.value.totalCredit);
    expect(
      r.value.lines
        .filter((l) => l.compAuxNum === 'C002')
        .map((l) => [l.line, l.pieceRef, l.debit, l.credit, l.ecritureLet]),
    ).toEqual([
      [10, 'FA-2026-0102', 240000, 0, 'A'],
      [13, 'VIR-0220', 0, 240000, 'A'],
      [15, 'FA-2026-0103', 96000, 0, ''],
      [18, 'CHQ-7781', 0, 20000, ''],
    ]);
    expect(parseFecFileName(FEC_NAME)).toEqual({ siren: '793456120', closingDate: '2026-12-31' });
  });

  it('names the line and the field of an impossible date and a malformed amount', async () => {
    const r = await parseFec(fixtureText('793456120FEC20261231-erreurs.txt'), { pause: now });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.errors).toEqual([
      { line: 3, field: 'EcritureDate', code: 'fec.date', params: { value: '20263101' } },
      { line: 4, field: 'Credit', code: 'fec.amount', params: { value: '1.800,0x' } },
    ]);
  });

  it('accepts ";", DD/MM/YYYY and Montant + Sens, and says it guessed', async () => {
    const text = [
      'JournalCode;JournalLib;EcritureNum;EcritureDate;CompteNum;CompteLib;CompAuxNum;CompAuxLib;PieceRef;PieceDate;EcritureLib;Montant;Sens;EcritureLet;DateLet;ValidDate;Montantdevise;Idevise',
      'VT;Ventes;1;15/01/2026;411000;Clients;C9;"Dupont; fils";F9;15/01/2026;Facture;1 234,56;D;;;15/01/2026;;',
      'VT;Ventes;1;15/01/2026;706000;Ventes;;;F9;15/01/2026;Facture;1 234,56;C;;;15/01/2026;;',
    ].join('\n');
    const r = await parseFec(text, { pause: now });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.errors).toEqual([]);
    expect(r.value.lines[0]).toMatchObject({
      compAuxLib: 'Dupont; fils',
      debit: 123456,
      credit: 0,
      ecritureDate: '2026-01-15',
    });
    expect(r.value.guesses).toEqual([
      { code: 'fec.guess.separator', params: { separator: ';' } },
      { code: 'fec.guess.dateFormat', params: { format: 'JJ/MM/AAAA' } },
    ]);
  });

  it('refuses a wrong column count, reports progress and can be cancelled', async () => {
    const header =
      'JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise';
    const good = 'VT|Ventes|1|20260115|411000|Clients|C1|Dupont|F1|20260115|Facture|10,00|0,00||||||';
    const text = [header, good, 'VT|Ventes|1|20260115|411000', good, good].join('\n');
    const progress: [number, number][] = [];
    const r = await parseFec(text, {
      pause: now,
      chunkLines: 2,
      onProgress: (d, t) => progress.push([d, t]),
    });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.errors).toEqual([
      { line: 3, code: 'import.columnCount', params: { found: 5, expected: 18 } },
    ]);
    expect(progress).toEqual([
      [2, 4],
      [4, 4],
    ]);
    const controller = new AbortController();
    const cancelled = await parseFec(text, {
      chunkLines: 1,
      onProgress: () => controller.abort(),
      signal: controller.signal,
      pause: now,
    });
    expect(cancelled).toEqual({ ok: false, error: { code: 'import.cancelled' } });
  });

  it('says an empty file and a file that is not a FEC', async () => {
    expect(await parseFec('')).toEqual({ ok: false, error: { code: 'import.empty' } });
    expect(await parseFec('a;b\n1;2\n')).toEqual({ ok: false, error: { code: 'fec.notFec' } });
  });
});

describe('deriveOpenReceivables', () => {
  it('finds the open invoices, nets partial payments and marks opening balances', async () => {
    const r = await parseFec(fixtureText(FEC_NAME), { pause: now });
    if (!r.ok) throw new Error(r.error.code);
    const open = deriveOpenReceivables(r.value.lines, { paymentTermsDays: 30 });
    // Open balance by hand (unlettered or partially lettered 411 lines, Σ Debit − Σ Credit):
    //   C001: AN 1 500,00 + FA-0101 (1 200,00 − 500,00 same ref)          = 2 200,00
    //   C002: FA-0103 960,00 − cheque 200,00 (FA-0102 lettered A: settled)  =   760,00
    //   C003: AN 300,00 + FA-0104 600,00 − 250,00 (lettering B unbalanced) =   650,00
    //   total                                                               = 3 610,00
    expect(open.openBalance).toBe(361000);
    expect(
      open.invoices.map((i) => [
        i.number,
        i.clientKey,
        i.issueDate,
        i.dueDate,
        i.amountInclVat,
        !!i.openingBalance,
      ]),
    ).toEqual([
      ['AN (C001)', 'ref:C001', '2026-01-01', '2026-01-31', 150000, true],
      ['AN (C003)', 'ref:C003', '2026-01-01', '2026-01-31', 30000, true],
      ['FA-2026-0101', 'ref:C001', '2026-01-15', '2026-02-14', 120000, false],
      ['FA-2026-0103', 'ref:C002', '2026-03-10', '2026-04-09', 96000, false],
      ['FA-2026-0104', 'ref:C003', '2026-05-05', '2026-06-04', 60000, false],
    ]);
    expect(open.payments.map((p) => [p.reference, p.date, p.amount, p.allocations])).toEqual([
      ['FA-2026-0101', '2026-02-15', 50000, [{ invoiceNumber: 'FA-2026-0101', amount: 50000 }]],
      // credits under another ref go to the customer's oldest open invoice
      ['CHQ-7781', '2026-04-10', 20000, [{ invoiceNumber: 'FA-2026-0103', amount: 20000 }]],
      ['VIR-0605', '2026-06-05', 25000, [{ invoiceNumber: 'AN (C003)', amount: 25000 }]],
    ]);
    expect(open.settled).toEqual([{ number: 'FA-2026-0102', date: '2026-02-20', line: 10 }]);
    expect(open.clients.map((c) => [c.key, c.name])).toEqual([
      ['ref:C001', 'Boulangerie Dupré'],
      ['ref:C003', 'Garage Martin & Fils'],
      ['ref:C002', 'Société Œnologique du Sud'],
    ]);
    expect(open.guesses.map((g) => g.code)).toEqual([
      'fec.guess.partialLettering',
      'fec.guess.creditsAllocated',
      'fec.guess.dueDates',
      'fec.guess.exclVat',
      'fec.guess.openingBalances',
      'fec.guess.sharedPieceRef',
    ]);
  });
});
