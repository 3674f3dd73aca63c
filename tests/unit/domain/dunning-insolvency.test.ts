/**
 * A collective procedure (sauvegarde, redressement, liquidation judiciaire) stops the
 * dunning: individual suits are stayed (Code de commerce L622-21) and the claim is
 * declared to the mandataire judiciaire within two months of the BODACC publication of
 * the opening judgment (L622-24, R622-24). Invoice i1: 1 200,00 €, due 2026-03-01,
 * scenario 'standard' → reminder-1 due from 2026-03-03 when nothing pauses it.
 */
import { describe, expect, it } from 'vitest';
import {
  clientDunningStatus,
  dailyAlerts,
  dueActions,
  type DunningInput,
} from '../../../renderer/src/domain/dunning';
import type { Client, HalfYearRates } from '../../../renderer/src/domain/model';
import { client, dispute, dunningInput, invoice, payment } from './fixtures';

const H1_2026: HalfYearRates = { half: '2026-H1', ecbRate: 215, legalRatePrivate: 667, legalRateOther: 262 };
const IN_RJ: Partial<Client> = {
  name: 'Menuiserie Lefèvre',
  insolvency: 'redressement',
  insolvencyOpenedOn: '2026-03-16',
};
const invoices = [invoice('i1', 'c1', '2026-03-01', 120_000), invoice('i2', 'c1', '2026-03-10', 30_000)];

function input(today: string, c1: Partial<Client>, over: Partial<DunningInput> = {}): DunningInput {
  return dunningInput({ clients: [client('c1', c1), client('c2')], invoices, ...over, today });
}

describe('collective procedure: no more reminders', () => {
  it('chases the client until the judgment, then pauses all its invoices', () => {
    expect(dueActions(input('2026-03-12', IN_RJ)).map((a) => a.key)).toEqual(['c1:standard-reminder-1']);
    expect(dueActions(input('2026-03-16', IN_RJ))).toEqual([]);
    expect(dueActions(input('2026-04-30', IN_RJ))).toEqual([]);
  });

  it('the board says why: insolvency, stronger than a dispute', () => {
    const disputes = [dispute('d1', 'c1', ['i1'], '2026-03-05')];
    expect(clientDunningStatus(input('2026-03-20', IN_RJ, { disputes })).get('c1')).toMatchObject({
      pausedReason: 'insolvency',
      pausedInvoiceCount: 2,
      nextStep: null,
      amountDue: 150_000,
    });
  });

  it('a procedure recorded without its date pauses from now; other clients go on', () => {
    const other = [invoice('i3', 'c2', '2026-03-01', 50_000)];
    const actions = dueActions(
      input('2026-03-20', { insolvency: 'liquidation' }, { invoices: [...invoices, ...other] }),
    );
    expect(actions.map((a) => a.clientId)).toEqual(['c2']);
  });
});

describe('collective procedure: the declaration alert', () => {
  const alerts = (today: string, c1: Partial<Client>, over: Partial<DunningInput> = {}) =>
    dailyAlerts({ ...input(today, c1, over), rates: [H1_2026] }).filter(
      (a) => a.code === 'insolvency-declare',
    );

  it('raises one alert per client with the deadline: judgment + 2 months', () => {
    // 16 March + 2 months = 16 May 2026; 20 March → 16 May = 11 + 30 + 16 = 57 days left.
    // Open: 1 200,00 + 300,00 = 1 500,00 €.
    expect(alerts('2026-03-20', IN_RJ)).toEqual([
      {
        key: 'insolvency-declare:c1',
        code: 'insolvency-declare',
        clientId: 'c1',
        invoiceIds: ['i1', 'i2'],
        params: {
          client: 'Menuiserie Lefèvre',
          procedure: 'redressement',
          openedOn: '2026-03-16',
          deadline: '2026-05-16',
          daysLeft: 57,
          amount: 150_000,
        },
      },
    ]);
  });

  it('clamps the deadline to the end of a shorter month', () => {
    // 31 December 2025 + 2 months → 28 February 2026 (no 31 February); 10 → 28 Feb = 18 days
    const [a] = alerts('2026-02-10', { insolvency: 'sauvegarde', insolvencyOpenedOn: '2025-12-31' });
    expect(a?.params).toMatchObject({ deadline: '2026-02-28', daysLeft: 18 });
  });

  it('stays after the deadline, until the invoices are paid or written off', () => {
    expect(alerts('2026-06-01', IN_RJ)[0]?.params.daysLeft).toBe(-16);
    const paid = [payment('p1', 'c1', '2026-05-02', 120_000, [['i1', 120_000]])];
    const writtenOff = [invoices[0]!, { ...invoices[1]!, writtenOffOn: '2026-05-20' }];
    expect(alerts('2026-06-01', IN_RJ, { payments: paid, invoices: writtenOff })).toEqual([]);
    // i2 alone still open before it is written off
    expect(alerts('2026-05-10', IN_RJ, { payments: paid, invoices: writtenOff })[0]).toMatchObject({
      invoiceIds: ['i2'],
      params: { amount: 30_000 },
    });
  });

  it('says nothing before the judgment, nor without a date, nor for a solvent client', () => {
    expect(alerts('2026-03-15', IN_RJ)).toEqual([]);
    expect(alerts('2026-03-20', { insolvency: 'redressement' })).toEqual([]);
    expect(alerts('2026-03-20', {})).toEqual([]);
  });

  it('comes right after a missing rate, before the other alerts', () => {
    const all = dailyAlerts({ ...input('2026-07-02', IN_RJ), rates: [H1_2026] });
    expect(all.map((a) => a.code)).toEqual(['rate-missing', 'insolvency-declare']);
  });
});
