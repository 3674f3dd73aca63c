/**
 * What the debtor said and what was agreed: promises to pay, disputes, payment plans.
 * Each pauses the escalation (see the dunning engine), so each is written to the
 * journal in the same transaction, for the user's history and the lawyer's chronology.
 */
import type { Dispute, FollowUpEvent, JournalType, PaymentPlan, PromiseToPay } from '../domain/model';
import { err, ok, type Result } from '../domain/result';
import type { RecouvreDb } from './database';
import { newJournalEntry } from './journal';
import { disputeSchema, parseWith, planSchema, promiseSchema } from './validation';

type WithOptionalId<T extends { id: string }> = Omit<T, 'id'> & { id?: string };

export type PromiseInput = WithOptionalId<PromiseToPay>;
export type DisputeInput = WithOptionalId<Dispute>;
export type PlanInput = WithOptionalId<PaymentPlan>;

export interface FollowUps {
  promises: PromiseToPay[];
  disputes: Dispute[];
  plans: PaymentPlan[];
}

/** The invoices must exist and belong to the client. */
async function invoicesProblem(
  db: RecouvreDb,
  clientId: string,
  invoiceIds: readonly string[],
): Promise<Result<never> | null> {
  if (!(await db.clients.get(clientId))) return err('followUp.unknownClient', { clientId });
  const invoices = await db.invoices.bulkGet([...invoiceIds]);
  const bad = invoices.findIndex((i) => i === undefined || i.clientId !== clientId);
  return bad >= 0 ? err('followUp.unknownInvoice', { invoiceId: invoiceIds[bad] ?? '' }) : null;
}

async function recordWithJournal<T extends { id: string; clientId: string; invoiceIds: string[] }>(
  db: RecouvreDb,
  table: 'promises' | 'disputes' | 'plans',
  record: T,
  journal: { type: JournalType; date: string; note?: string },
): Promise<Result<T>> {
  return db.transaction('rw', [db.table(table), db.clients, db.invoices, db.journal], async () => {
    const problem = await invoicesProblem(db, record.clientId, record.invoiceIds);
    if (problem) return problem;
    if (await db.table(table).get(record.id)) return err<T>('followUp.duplicateId');
    await db.table(table).add(record);
    await db.journal.add(
      newJournalEntry(db, {
        clientId: record.clientId,
        invoiceIds: record.invoiceIds,
        ...journal,
        followUpId: record.id,
        event: 'opened',
      }),
    );
    return ok(record);
  });
}

export async function recordPromise(db: RecouvreDb, input: PromiseInput): Promise<Result<PromiseToPay>> {
  const parsed = parseWith(promiseSchema, { ...input, id: input.id ?? db.newId() });
  if (!parsed.ok) return parsed;
  const p = parsed.value;
  return recordWithJournal(db, 'promises', p, { type: 'promise', date: p.madeOn, note: p.note });
}

export async function openDispute(db: RecouvreDb, input: DisputeInput): Promise<Result<Dispute>> {
  const parsed = parseWith(disputeSchema, { ...input, id: input.id ?? db.newId() });
  if (!parsed.ok) return parsed;
  const d = parsed.value;
  return recordWithJournal(db, 'disputes', d, { type: 'dispute', date: d.openedOn, note: d.reason });
}

export async function createPaymentPlan(db: RecouvreDb, input: PlanInput): Promise<Result<PaymentPlan>> {
  const parsed = parseWith(planSchema, { ...input, id: input.id ?? db.newId() });
  if (!parsed.ok) return parsed;
  const plan = parsed.value;
  return recordWithJournal(db, 'plans', plan, { type: 'payment-plan', date: plan.createdOn });
}

const JOURNAL_TYPE_OF = {
  promises: 'promise',
  disputes: 'dispute',
  plans: 'payment-plan',
} as const satisfies Record<string, JournalType>;

/**
 * Changes a follow-up and writes the journal line that says so, in one transaction: a
 * cancelled promise without its line (or the reverse) would lie to the chronology.
 */
async function amend<T extends { id: string; clientId: string; invoiceIds: string[] }>(
  db: RecouvreDb,
  table: 'promises' | 'disputes' | 'plans',
  id: string,
  schema: Parameters<typeof parseWith<T>>[0],
  changes: Partial<T>,
  journal: { date: string; event: FollowUpEvent; note?: string },
): Promise<Result<T>> {
  return db.transaction('rw', [db.table(table), db.journal], async () => {
    const current: unknown = await db.table(table).get(id);
    if (!current) return err<T>('followUp.notFound', { id });
    const parsed = parseWith(schema, { ...(current as object), ...changes });
    if (!parsed.ok) return parsed;
    const record = parsed.value;
    await db.table(table).put(record);
    await db.journal.add(
      newJournalEntry(db, {
        clientId: record.clientId,
        invoiceIds: record.invoiceIds,
        type: JOURNAL_TYPE_OF[table],
        followUpId: record.id,
        ...journal,
      }),
    );
    return parsed;
  });
}

/** `note`: the journal line's text, written in the user's language by the caller. */
export function cancelPromise(
  db: RecouvreDb,
  id: string,
  on: string,
  note?: string,
): Promise<Result<PromiseToPay>> {
  return amend<PromiseToPay>(
    db,
    'promises',
    id,
    promiseSchema,
    { cancelledOn: on },
    { date: on, event: 'cancelled', note },
  );
}

/** The journal line says `note`, or the resolution itself when the caller gives no note. */
export function resolveDispute(
  db: RecouvreDb,
  id: string,
  resolution: { resolvedOn: string; resolution?: string },
  note: string | undefined = resolution.resolution,
): Promise<Result<Dispute>> {
  return amend<Dispute>(db, 'disputes', id, disputeSchema, resolution, {
    date: resolution.resolvedOn,
    event: 'resolved',
    note,
  });
}

export function cancelPaymentPlan(
  db: RecouvreDb,
  id: string,
  on: string,
  note?: string,
): Promise<Result<PaymentPlan>> {
  return amend<PaymentPlan>(
    db,
    'plans',
    id,
    planSchema,
    { cancelledOn: on },
    { date: on, event: 'cancelled', note },
  );
}

/** A client's promises, disputes and plans, oldest first. */
export async function listFollowUps(db: RecouvreDb, clientId: string): Promise<FollowUps> {
  const [promises, disputes, plans] = await Promise.all([
    db.promises.where('clientId').equals(clientId).sortBy('madeOn'),
    db.disputes.where('clientId').equals(clientId).sortBy('openedOn'),
    db.plans.where('clientId').equals(clientId).sortBy('createdOn'),
  ]);
  return { promises, disputes, plans };
}
