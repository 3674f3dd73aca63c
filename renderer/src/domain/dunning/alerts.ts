/**
 * The morning alerts: things nobody scheduled but somebody must look at today. They are
 * codes with raw parameters (cents, ISO dates); the UI formats the amounts and dates and
 * translates `alerts.<code>` in the `dunning` namespace.
 */
import { invoiceBalances } from '../balances';
import { addMonths, daysBetween } from '../dates';
import { limitationWarning } from '../limitation';
import type { Client, HalfYearRates, IsoDate } from '../model';
import { missingCurrentHalf } from '../rates';
import {
  invoicesUnderCommitment,
  isInCollectiveProcedure,
  planStatus,
  promiseStatus,
  ReceivedIndex,
} from './pauses';
import type { DunningInput } from './types';

export type DunningAlertCode =
  | 'rate-missing'
  | 'promise-broken'
  | 'instalment-missed'
  | 'registered-no-news'
  | 'limitation-near'
  | 'limitation-passed'
  | 'insolvency-declare';

export interface DunningAlert {
  /** stable across days: `${code}:${id of the promise, plan, journal line, invoice or half-year}` */
  key: string;
  code: DunningAlertCode;
  clientId: string | null;
  invoiceIds: string[];
  /** amounts in cents, dates 'YYYY-MM-DD', plus `client` (its name) when there is one */
  params: Record<string, string | number>;
}

export interface AlertsInput extends DunningInput {
  rates: HalfYearRates[];
  /** a registered letter with no news after this many days since deposit (La Poste keeps it 15 days) */
  registeredNoNewsDays?: number;
  /** warn this many days before a claim becomes time-barred */
  limitationDays?: number;
}

export const REGISTERED_NO_NEWS_DAYS = 15;
export const LIMITATION_WARNING_DAYS = 90;
/**
 * The claim is declared within two months of the BODACC publication of the opening
 * judgment (Code de commerce L622-24, R622-24). The publication usually follows the
 * judgment by a few days: judgment + 2 months is the date to aim before, not the legal end.
 */
export const DECLARATION_MONTHS = 2;

const ORDER: Record<DunningAlertCode, number> = {
  'rate-missing': 0,
  'insolvency-declare': 1,
  'limitation-passed': 2,
  'limitation-near': 3,
  'promise-broken': 4,
  'instalment-missed': 5,
  'registered-no-news': 6,
};

export function dailyAlerts(input: AlertsInput): DunningAlert[] {
  const { today } = input;
  const alerts: DunningAlert[] = [];
  const clients = new Map(input.clients.map((c) => [c.id, c] as const));
  const withClient = (
    clientId: string,
    params: Record<string, string | number>,
  ): Record<string, string | number> => ({
    client: clients.get(clientId)?.name ?? clientId,
    ...params,
  });

  // Interest computed without the current half-year's rate would be wrong in every letter.
  const half = missingCurrentHalf(input.rates, today);
  if (half !== null)
    alerts.push({
      key: `rate-missing:${half}`,
      code: 'rate-missing',
      clientId: null,
      invoiceIds: [],
      params: { half },
    });

  // What is still open: a promise or plan on invoices since paid or written off is moot.
  const balances = invoiceBalances(input.invoices, input.payments, today);
  const tolerance = Math.max(0, input.tolerance);
  const openIds = new Set<string>();
  for (const inv of input.invoices) {
    if (inv.issueDate > today) continue;
    if (inv.writtenOffOn !== undefined && inv.writtenOffOn <= today) continue;
    const b = balances.get(inv.id) ?? inv.amountInclVat;
    if (b > 0 && b >= tolerance) openIds.add(inv.id);
  }
  const stillOpen = (ids: readonly string[]): string[] => ids.filter((id) => openIds.has(id));

  const received = new ReceivedIndex(
    input.payments,
    invoicesUnderCommitment(input.promises, input.plans),
    today,
  );

  // A broken promise is reported until the user records a newer promise for the client
  // (made after the broken date) or cancels it.
  const latestPromiseMade = new Map<string, IsoDate>();
  for (const p of input.promises) {
    if (p.madeOn > today) continue;
    const last = latestPromiseMade.get(p.clientId);
    if (last === undefined || p.madeOn > last) latestPromiseMade.set(p.clientId, p.madeOn);
  }
  for (const p of input.promises) {
    const status = promiseStatus(p, received, today);
    if (status.state !== 'broken') continue;
    if ((latestPromiseMade.get(p.clientId) ?? '') > p.promisedDate) continue;
    const invoiceIds = stillOpen(p.invoiceIds);
    if (invoiceIds.length === 0) continue;
    alerts.push({
      key: `promise-broken:${p.id}`,
      code: 'promise-broken',
      clientId: p.clientId,
      invoiceIds,
      params: withClient(p.clientId, {
        promiseId: p.id,
        promisedDate: p.promisedDate,
        amount: p.amount,
        received: status.received,
        missing: p.amount - status.received,
      }),
    });
  }

  for (const plan of input.plans) {
    const status = planStatus(plan, received, today);
    if (status.state !== 'missed' || status.missedDueDate === null) continue;
    const invoiceIds = stillOpen(plan.invoiceIds);
    if (invoiceIds.length === 0) continue;
    alerts.push({
      key: `instalment-missed:${plan.id}`,
      code: 'instalment-missed',
      clientId: plan.clientId,
      invoiceIds,
      params: withClient(plan.clientId, {
        planId: plan.id,
        dueDate: status.missedDueDate,
        missing: status.dueSoFar - status.paid,
      }),
    });
  }

  // A registered letter neither delivered nor returned long after deposit: ask La Poste,
  // the acknowledgement of receipt is the proof the lawyer will need.
  const noNewsDays = input.registeredNoNewsDays ?? REGISTERED_NO_NEWS_DAYS;
  for (const e of input.journal) {
    const r = e.registered;
    if (r?.depositDate === undefined || e.date > today) continue;
    const known = (d: IsoDate | undefined): boolean => d !== undefined && d <= today;
    if (known(r.deliveredDate) || known(r.returnedDate)) continue;
    const days = daysBetween(r.depositDate, today);
    if (days <= noNewsDays) continue;
    alerts.push({
      key: `registered-no-news:${e.id}`,
      code: 'registered-no-news',
      clientId: e.clientId,
      invoiceIds: [...e.invoiceIds],
      params: withClient(e.clientId, {
        journalId: e.id,
        number: r.number ?? '',
        depositDate: r.depositDate,
        days,
      }),
    });
  }

  // A debtor in a collective procedure is no longer chased (evaluate.ts): its claim must be
  // declared to the mandataire judiciaire, or it cannot be paid from the procedure. One
  // alert per client, as long as one of its invoices is open (not paid, not written off).
  const openByClient = new Map<string, { ids: string[]; amount: number }>();
  for (const inv of input.invoices) {
    if (!openIds.has(inv.id)) continue;
    const client = clients.get(inv.clientId);
    if (client?.insolvencyOpenedOn === undefined || !isInCollectiveProcedure(client, today)) continue;
    const open = openByClient.get(inv.clientId) ?? { ids: [], amount: 0 };
    open.ids.push(inv.id);
    open.amount += balances.get(inv.id) ?? inv.amountInclVat;
    openByClient.set(inv.clientId, open);
  }
  for (const [clientId, open] of openByClient) {
    const client = clients.get(clientId)!;
    const openedOn = client.insolvencyOpenedOn!;
    const deadline = addMonths(openedOn, DECLARATION_MONTHS);
    alerts.push({
      key: `insolvency-declare:${clientId}`,
      code: 'insolvency-declare',
      clientId,
      invoiceIds: open.ids,
      params: withClient(clientId, {
        procedure: client.insolvency!,
        openedOn,
        deadline,
        daysLeft: daysBetween(today, deadline),
        amount: open.amount,
      }),
    });
  }

  // Claims about to be time-barred (5 years B2B, 2 years for a consumer), disputed or not.
  const limitationDays = input.limitationDays ?? LIMITATION_WARNING_DAYS;
  for (const inv of input.invoices) {
    if (!openIds.has(inv.id)) continue;
    const client: Client | undefined = clients.get(inv.clientId);
    if (client === undefined) continue;
    const warning = limitationWarning(inv, client, today, limitationDays);
    if (warning === null) continue;
    const code: DunningAlertCode = warning.daysLeft < 0 ? 'limitation-passed' : 'limitation-near';
    alerts.push({
      key: `${code}:${inv.id}`,
      code,
      clientId: inv.clientId,
      invoiceIds: [inv.id],
      params: withClient(inv.clientId, {
        invoiceNumber: inv.number,
        date: warning.date,
        daysLeft: warning.daysLeft,
        balance: balances.get(inv.id) ?? inv.amountInclVat,
      }),
    });
  }

  return alerts.sort((a, b) => ORDER[a.code] - ORDER[b.code] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
