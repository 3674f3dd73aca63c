/**
 * Demo data for a first look at the app, the screenshots and the benchmarks: realistic
 * clients of a small French business and a year and a half of invoices, payments,
 * reminders, promises, disputes and payment plans.
 *
 * PURE and deterministic: the same options give the same data (ids included) on every
 * machine; "today" is a parameter and nothing reads the clock.
 */
import { addDays, addMonths, isIsoDate, toDayNumber } from '../domain/dates';
import type {
  Client,
  Dispute,
  Invoice,
  IsoDate,
  JournalEntry,
  Payment,
  PaymentPlan,
  PromiseToPay,
  Scenario,
} from '../domain/model';
import { DEFAULT_SCENARIOS, scenarioResolver } from '../domain/scenarios';
import { castMorning, QUIET_DAYS, type Scene } from './morning';
import { draftClient, type DemoClientDraft } from './people';
import { Random } from './random';
import { CALL_NOTES, DISPUTE_REASONS } from './words';

export interface DemoOptions {
  clients: number;
  invoices: number;
  seed: number;
  today: IsoDate;
  /** the scenarios the journal follows; the shipped ones by default */
  scenarios?: readonly Scenario[];
  /** how far back the first invoices go (default 540 days) */
  historyDays?: number;
}

export interface DemoData {
  clients: Client[];
  invoices: Invoice[];
  payments: Payment[];
  journal: JournalEntry[];
  promises: PromiseToPay[];
  disputes: Dispute[];
  plans: PaymentPlan[];
}

/** How a client pays; a few are mixed into every demo. */
export type PaymentProfile = 'good' | 'slow' | 'bad' | 'promiser' | 'disputer' | 'planner';

const PROFILE_WEIGHTS: Record<PaymentProfile, number> = {
  good: 45,
  slow: 25,
  promiser: 10,
  disputer: 7,
  bad: 8,
  planner: 5,
};

/** The payments, reminders and agreements of one invoice, decided before they are written. */
interface InvoiceStory {
  invoice: Invoice;
  client: DemoClient;
  /** when the debtor pays what is left, undefined = never */
  paidOn?: IsoDate;
  /** a first part paid earlier */
  partial?: { on: IsoDate; amount: number };
  /** a credit note already written (dispute settled) */
  credited?: number;
  /** paid through a payment plan, whose payments are written with the plan */
  inPlan?: boolean;
  /** reminders stop from this day (dispute, promise, plan) ... */
  pauseFrom?: IsoDate;
  /** ... and resume on this one (a broken promise); undefined = stay paused */
  resumeOn?: IsoDate;
  /** the invoice plays a scene of the demo's morning (morning.ts) */
  scene?: Scene;
}

interface DemoClient {
  client: Client;
  draft: DemoClientDraft;
  profile: PaymentProfile;
  termsDays: number;
  weight: number;
  /** set for the clients cast in the morning's scenes */
  scene?: Scene;
}

export function generateDemo(options: DemoOptions): DemoData {
  const { today, seed } = options;
  if (!isIsoDate(today)) throw new RangeError(`today must be an ISO date: ${today}`);
  const random = new Random(seed);
  const history = options.historyDays ?? 540;
  const resolve = scenarioResolver(options.scenarios ?? DEFAULT_SCENARIOS);

  const clients = makeClients(random, options.clients, today, history);
  for (const [c, scene] of castMorning(random, clients, resolve, today)) {
    c.scene = scene;
    c.profile = 'good'; // its older invoices were paid on time: nothing else of it is pending
  }
  const invoices = makeInvoices(random, clients, options.invoices, today, history);

  const out: DemoData = {
    clients: clients.map((c) => c.client),
    invoices: invoices.map((s) => s.invoice),
    payments: [],
    journal: [],
    promises: [],
    disputes: [],
    plans: [],
  };
  const writer = new JournalWriter(random, out.journal);

  for (const story of invoices) decideFate(random, story, today, out, writer);
  makePaymentPlans(random, invoices, today, out, writer);
  for (const story of invoices) {
    writePayments(random, story, today, out, writer);
    const scenario = resolve(story.client.client);
    writeSteps(random, story, scenario, today, writer);
    const noNews = story.scene?.noNews;
    if (noNews)
      writer.add(story.invoice.clientId, [story.invoice.id], noNews.on, {
        type: 'step',
        scenarioId: scenario.id,
        stepId: noNews.stepId,
        stepKind: 'court-file',
        channel: 'task',
        outcome: 'postponed',
        postponedTo: noNews.postponedTo,
        note: 'En attente de l’accusé de réception.',
      });
  }
  makeOnAccountPayments(random, clients, today, out, writer);

  out.journal.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  out.payments.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}

function makeClients(random: Random, count: number, today: IsoDate, history: number): DemoClient[] {
  const clients: DemoClient[] = [];
  for (let k = 0; k < count; k++) {
    const audience = random.weighted({ professional: 82, public: 5, consumer: 8, english: 5 } as const);
    const draft = draftClient(random, audience);
    const profile: PaymentProfile =
      audience === 'public'
        ? 'slow'
        : audience === 'consumer'
          ? random.weighted({ good: 60, slow: 20, bad: 10, promiser: 10 })
          : random.weighted(PROFILE_WEIGHTS);
    const createdOn = addDays(today, -history - random.int(10, 400));
    const client: Client = {
      ...draft.client,
      id: random.uuid(),
      createdAt: `${createdOn}T08:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`,
    };
    // A strategic account gets the phone-first scenario.
    if (draft.audience === 'french-company' && client.segment === 'Grand compte' && random.chance(0.5))
      client.scenarioId = 'strategic';
    if (profile === 'planner' || (profile === 'bad' && random.chance(0.3)))
      client.notes = 'Client à surveiller : retards fréquents.';
    const termsDays =
      audience === 'consumer'
        ? random.pick([0, 8, 15])
        : audience === 'public'
          ? 30
          : random.pick([30, 30, 45, 60]);
    // A few big customers get most invoices, as in real ledgers.
    const weight = 1 / Math.pow(1 - random.next() * 0.97, 0.8);
    clients.push({ client, draft, profile, termsDays, weight });
  }
  return clients;
}

function makeInvoices(
  random: Random,
  clients: DemoClient[],
  count: number,
  today: IsoDate,
  history: number,
): InvoiceStory[] {
  if (clients.length === 0 || count === 0) return [];
  const cumulative: number[] = [];
  let total = 0;
  for (const c of clients) cumulative.push((total += c.weight));
  const pickClient = (k: number): DemoClient => {
    if (k < clients.length) return clients[k]!; // every client has at least one invoice
    const r = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return clients[lo]!;
  };

  // A client of the morning's scenes gets its scene's invoice first, then only invoices that
  // fell due long ago (QUIET_DAYS): another one would add a step or hold the scene's one.
  const quietFrom = addDays(today, -QUIET_DAYS);
  const drafts: { client: DemoClient; issueDate: IsoDate; scene?: Scene }[] = [];
  for (let k = 0; k < count; k++) {
    const issueDate = addDays(today, -random.int(0, history));
    let client = pickClient(k);
    const scene = k < clients.length ? client.scene : undefined;
    if (scene) {
      drafts.push({ client, issueDate: addDays(scene.dueDate, -client.termsDays), scene });
      continue;
    }
    for (
      let tries = 0;
      client.scene && addDays(issueDate, client.termsDays) > quietFrom && tries < 8 + clients.length;
      tries++
    )
      client = tries < 8 ? pickClient(clients.length) : clients[(k + tries) % clients.length]!;
    drafts.push({ client, issueDate });
  }
  drafts.sort((a, b) => (a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : 0));

  const perYear = new Map<string, number>();
  return drafts.map(({ client, issueDate, scene }): InvoiceStory => {
    const year = issueDate.slice(0, 4);
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    const amountExclVat = invoiceAmount(random, client);
    // Customers abroad are invoiced without French VAT (reverse charge / export).
    const abroad = client.client.country !== undefined && client.client.country !== 'FR';
    const amountInclVat = abroad ? amountExclVat : Math.round((amountExclVat * 12) / 10);
    const invoice: Invoice = {
      id: random.uuid(),
      number: `FA-${year}-${String(seq).padStart(6, '0')}`,
      clientId: client.client.id,
      issueDate,
      dueDate: addDays(issueDate, client.termsDays),
      amountInclVat,
      amountExclVat,
      currency: 'EUR',
      label: random.pick(client.draft.labels),
      source: 'demo',
    };
    return scene ? { invoice, client, scene } : { invoice, client };
  });
}

function invoiceAmount(random: Random, client: DemoClient): number {
  const [low, high] =
    client.draft.audience === 'consumer'
      ? [3.7, 5.3]
      : client.draft.audience === 'public'
        ? [5, 6.6]
        : [4.3, 6.3];
  const cents = Math.round(Math.pow(10, low + random.next() * (high - low)));
  // Most invoices are whole euros.
  return random.chance(0.6) ? Math.max(100, Math.round(cents / 100) * 100) : cents;
}

/** Decides when the invoice is paid and what happened on the way (promise, dispute). */
function decideFate(
  random: Random,
  story: InvoiceStory,
  today: IsoDate,
  out: DemoData,
  writer: JournalWriter,
): void {
  const { invoice, client } = story;
  if (story.scene) {
    playScene(random, story, story.scene, today, out, writer);
    return;
  }
  const due = invoice.dueDate;
  const later = (min: number, max: number): IsoDate => addDays(due, random.int(min, max));
  switch (client.profile) {
    case 'good':
      // the clients of the morning's scenes pay everything else: their history stays quiet
      story.paidOn = random.chance(0.02) && !client.scene ? undefined : later(-8, 6);
      if (story.paidOn === undefined && due < addDays(today, -100)) story.paidOn = later(40, 100);
      break;
    case 'slow':
      story.paidOn = later(8, 70);
      break;
    case 'bad':
    case 'planner':
      story.paidOn = random.chance(0.35) ? undefined : later(35, 160);
      // Most old debts were recovered in the end, after the formal notice or the court file:
      // a small business does not carry a year of unpaid invoices at the last stage.
      if (story.paidOn === undefined && due < addDays(today, -100) && random.chance(0.75))
        story.paidOn = later(40, 100);
      break;
    case 'promiser': {
      story.paidOn = later(15, 80);
      const madeOn = later(18, 35);
      if (random.chance(0.45) && madeOn <= today && madeOn < story.paidOn) {
        const promisedDate = addDays(madeOn, random.int(7, 20));
        const kept = random.chance(0.7);
        story.pauseFrom = madeOn;
        if (kept) {
          story.paidOn = addDays(promisedDate, random.int(-2, 0));
        } else {
          story.paidOn = random.chance(0.3) ? undefined : addDays(promisedDate, random.int(20, 90));
          story.resumeOn = addDays(promisedDate, 3);
        }
        const promise: PromiseToPay = {
          id: random.uuid(),
          clientId: invoice.clientId,
          invoiceIds: [invoice.id],
          madeOn,
          promisedDate,
          amount: invoice.amountInclVat,
          note:
            random.pick(['Promesse faite par téléphone.', 'Engagement écrit reçu par e-mail.', '']) ||
            undefined,
        };
        if (promise.note === undefined) delete promise.note;
        // A broken promise stays an alert until someone deals with it: in the demo's past the
        // user did, a week or so later (the morning's own broken promise is in morning.ts).
        const closedOn = addDays(promisedDate, random.int(4, 12));
        if (!kept && closedOn <= today) promise.cancelledOn = closedOn;
        out.promises.push(promise);
        writer.add(invoice.clientId, [invoice.id], madeOn, {
          type: 'promise',
          note: promise.note,
          followUpId: promise.id,
          event: 'opened',
        });
        if (promise.cancelledOn)
          writer.add(invoice.clientId, [invoice.id], promise.cancelledOn, {
            type: 'promise',
            note: 'Promesse non tenue.',
            followUpId: promise.id,
            event: 'cancelled',
          });
      }
      break;
    }
    case 'disputer': {
      story.paidOn = later(0, 40);
      const openedOn = later(3, 15);
      if (random.chance(0.25) && openedOn <= today) {
        const resolvedOn = addDays(openedOn, random.int(10, 60));
        const resolved = resolvedOn <= today && random.chance(0.7);
        const dispute: Dispute = {
          id: random.uuid(),
          clientId: invoice.clientId,
          invoiceIds: [invoice.id],
          reason: random.pick(DISPUTE_REASONS),
          openedOn,
        };
        story.pauseFrom = openedOn;
        if (resolved) {
          // Settled with a credit note for part of the invoice; the rest is paid soon after.
          const credit = Math.round((invoice.amountInclVat * random.int(10, 40)) / 100);
          dispute.resolvedOn = resolvedOn;
          dispute.resolution = `Avoir de ${(credit / 100).toFixed(2).replace('.', ',')} € accordé.`;
          out.payments.push({
            id: random.uuid(),
            clientId: invoice.clientId,
            kind: 'credit-note',
            date: resolvedOn,
            amount: credit,
            reference: `AV-${invoice.number.slice(3)}`,
            allocations: [{ invoiceId: invoice.id, amount: credit }],
            source: 'demo',
          });
          writer.add(invoice.clientId, [invoice.id], resolvedOn, {
            type: 'payment',
            note: `AV-${invoice.number.slice(3)}`,
          });
          story.credited = credit;
          story.paidOn = addDays(resolvedOn, random.int(3, 25));
        } else {
          story.paidOn = undefined;
        }
        out.disputes.push(dispute);
        writer.add(invoice.clientId, [invoice.id], openedOn, {
          type: 'dispute',
          note: dispute.reason,
          followUpId: dispute.id,
          event: 'opened',
        });
        if (dispute.resolvedOn)
          writer.add(invoice.clientId, [invoice.id], dispute.resolvedOn, {
            type: 'dispute',
            note: dispute.resolution,
            followUpId: dispute.id,
            event: 'resolved',
          });
      }
      break;
    }
  }
  // Nobody pays before the invoice exists.
  if (story.paidOn !== undefined && story.paidOn < invoice.issueDate) story.paidOn = invoice.issueDate;
  // Some debtors pay in two goes: a part first, the rest later.
  if (
    story.credited === undefined &&
    story.paidOn !== undefined &&
    client.scene === undefined &&
    invoice.amountInclVat >= 2000 &&
    random.chance(0.06)
  ) {
    story.partial = { on: addDays(due, random.int(0, 20)), amount: Math.round(invoice.amountInclVat / 2) };
    if (story.partial.on >= story.paidOn) story.paidOn = addDays(story.partial.on, random.int(10, 40));
  }
}

/** The invoice of a morning scene (morning.ts): open, with the promise, dispute or plan its scene needs. */
function playScene(
  random: Random,
  story: InvoiceStory,
  scene: Scene,
  today: IsoDate,
  out: DemoData,
  writer: JournalWriter,
): void {
  const { invoice } = story;
  const clientId = invoice.clientId;
  story.paidOn = undefined;
  if (scene.promise) {
    const promise: PromiseToPay = {
      id: random.uuid(),
      clientId,
      invoiceIds: [invoice.id],
      madeOn: scene.promise.madeOn,
      promisedDate: scene.promise.promisedDate,
      amount: invoice.amountInclVat,
      note: random.pick(['Promesse faite par téléphone.', 'Engagement écrit reçu par e-mail.']),
    };
    out.promises.push(promise);
    writer.add(clientId, [invoice.id], promise.madeOn, {
      type: 'promise',
      note: promise.note,
      followUpId: promise.id,
      event: 'opened',
    });
  }
  if (scene.disputeOn) {
    const dispute: Dispute = {
      id: random.uuid(),
      clientId,
      invoiceIds: [invoice.id],
      reason: random.pick(DISPUTE_REASONS),
      openedOn: scene.disputeOn,
    };
    out.disputes.push(dispute);
    writer.add(clientId, [invoice.id], dispute.openedOn, {
      type: 'dispute',
      note: dispute.reason,
      followUpId: dispute.id,
      event: 'opened',
    });
  }
  if (scene.planOn) {
    // Four monthly instalments; the first one, due before today, paid on time.
    const count = 4;
    const share = Math.floor(invoice.amountInclVat / count);
    const plan: PaymentPlan = {
      id: random.uuid(),
      clientId,
      invoiceIds: [invoice.id],
      createdOn: scene.planOn,
      instalments: Array.from({ length: count }, (_, k) => ({
        dueDate: addMonths(scene.planOn!, k + 1),
        amount: k < count - 1 ? share : invoice.amountInclVat - share * (count - 1),
      })),
    };
    out.plans.push(plan);
    writer.add(clientId, [invoice.id], plan.createdOn, {
      type: 'payment-plan',
      followUpId: plan.id,
      event: 'opened',
    });
    for (const [k, inst] of plan.instalments.entries()) {
      const paidOn = addDays(inst.dueDate, -random.int(0, 2));
      if (inst.dueDate >= today || paidOn > today) break;
      const reference = `ECHEANCE ${k + 1}/${count}`;
      out.payments.push({
        id: random.uuid(),
        clientId,
        kind: 'payment',
        date: paidOn,
        amount: inst.amount,
        reference,
        allocations: [{ invoiceId: invoice.id, amount: inst.amount }],
        source: 'demo',
      });
      writer.add(clientId, [invoice.id], paidOn, { type: 'payment', note: reference });
    }
    story.inPlan = true;
  }
}

/** Clients that pay badly agree a plan for what they owed 30 days before it started. */
function makePaymentPlans(
  random: Random,
  stories: InvoiceStory[],
  today: IsoDate,
  out: DemoData,
  writer: JournalWriter,
): void {
  const byClient = new Map<string, InvoiceStory[]>();
  for (const s of stories)
    if (s.client.profile === 'planner')
      byClient.set(s.invoice.clientId, [...(byClient.get(s.invoice.clientId) ?? []), s]);
  for (const [clientId, list] of byClient) {
    const createdOn = addDays(today, -random.int(20, 120));
    const covered = list.filter(
      (s) =>
        s.invoice.dueDate < addDays(createdOn, -30) &&
        (s.paidOn === undefined || s.paidOn > createdOn) &&
        s.partial === undefined &&
        s.credited === undefined &&
        s.pauseFrom === undefined,
    );
    if (covered.length === 0) continue;
    const total = covered.reduce((sum, s) => sum + s.invoice.amountInclVat, 0);
    const count = random.int(3, 6);
    const instalments = Array.from({ length: count }, (_, k) => ({
      dueDate: addMonths(createdOn, k + 1),
      amount: k < count - 1 ? Math.floor(total / count) : total - Math.floor(total / count) * (count - 1),
    }));
    const plan: PaymentPlan = {
      id: random.uuid(),
      clientId,
      invoiceIds: covered.map((s) => s.invoice.id),
      createdOn,
      instalments,
    };
    const kept = random.chance(0.75);
    const cancelledOn = addDays(createdOn, random.int(40, 60));
    if (!kept && cancelledOn <= today) plan.cancelledOn = cancelledOn;
    out.plans.push(plan);
    writer.add(clientId, plan.invoiceIds, createdOn, {
      type: 'payment-plan',
      followUpId: plan.id,
      event: 'opened',
    });
    if (plan.cancelledOn)
      writer.add(clientId, plan.invoiceIds, plan.cancelledOn, {
        type: 'payment-plan',
        note: 'Échéancier non respecté.',
        followUpId: plan.id,
        event: 'cancelled',
      });

    // The instalments paid so far, spread over the plan's invoices oldest first.
    let queue = covered.map((s) => ({ story: s, left: s.invoice.amountInclVat }));
    for (const [k, inst] of instalments.entries()) {
      const paidOn = addDays(inst.dueDate, random.int(-3, 2));
      if (paidOn > today || (!kept && k >= 1)) break;
      let rest = inst.amount;
      const allocations: { invoiceId: string; amount: number }[] = [];
      for (const item of queue) {
        if (rest === 0) break;
        const part = Math.min(rest, item.left);
        if (part === 0) continue;
        allocations.push({ invoiceId: item.story.invoice.id, amount: part });
        item.left -= part;
        rest -= part;
      }
      queue = queue.filter((q) => q.left > 0);
      const reference = `ECHEANCE ${k + 1}/${count}`;
      out.payments.push({
        id: random.uuid(),
        clientId,
        kind: 'payment',
        date: paidOn,
        amount: inst.amount,
        reference,
        allocations,
        source: 'demo',
      });
      writer.add(
        clientId,
        allocations.map((a) => a.invoiceId),
        paidOn,
        { type: 'payment', note: reference },
      );
    }
    for (const s of covered) {
      s.paidOn = undefined; // the plan's payments are written above
      s.pauseFrom = createdOn;
      if (!kept && plan.cancelledOn) s.resumeOn = plan.cancelledOn;
      s.inPlan = true;
    }
  }
}

function writePayments(
  random: Random,
  story: InvoiceStory,
  today: IsoDate,
  out: DemoData,
  writer: JournalWriter,
): void {
  if (story.inPlan) return;
  const { invoice } = story;
  let left = invoice.amountInclVat - (story.credited ?? 0);
  const pay = (on: IsoDate, amount: number, kind: 'payment'): void => {
    const reference = random.pick(['VIR', 'VIREMENT', 'CHQ', 'VIR SEPA']) + ` ${invoice.number}`;
    out.payments.push({
      id: random.uuid(),
      clientId: invoice.clientId,
      kind,
      date: on,
      amount,
      reference,
      allocations: [{ invoiceId: invoice.id, amount }],
      source: 'demo',
    });
    writer.add(invoice.clientId, [invoice.id], on, { type: 'payment', note: reference });
  };
  if (story.partial && story.partial.on <= today) {
    pay(story.partial.on, story.partial.amount, 'payment');
    left -= story.partial.amount;
  }
  if (story.paidOn !== undefined && story.paidOn <= today && left > 0) pay(story.paidOn, left, 'payment');
}

/** The reminders done for an invoice, following its client's scenario, stopped by payment or agreement. */
function writeSteps(
  random: Random,
  story: InvoiceStory,
  scenario: Scenario,
  today: IsoDate,
  writer: JournalWriter,
): void {
  const { invoice } = story;
  if (invoice.amountInclVat === 0) return;
  // Reminders are done until the day before the payment arrives, and never today (still to do);
  // for a scene of the morning, not from its holdFrom day either (that is the work to do).
  let stop = story.paidOn !== undefined && story.paidOn <= today ? story.paidOn : today;
  if (story.scene && story.scene.holdFrom < stop) stop = story.scene.holdFrom;
  let last: IsoDate | undefined;
  for (const step of scenario.steps) {
    let on = addDays(invoice.dueDate, step.offsetDays);
    if (story.pauseFrom !== undefined && on >= story.pauseFrom) {
      if (story.resumeOn === undefined) return;
      if (on < story.resumeOn) on = story.resumeOn;
    }
    // After a pause the steps go one by one, a week apart, never in a burst.
    if (last !== undefined && toDayNumber(on) - toDayNumber(last) < 7) on = addDays(last, 7);
    if (on >= stop) return;
    // Nobody announces a due date before the invoice is sent (a consumer paying on receipt).
    if (on < invoice.issueDate) continue;
    const entry: Omit<JournalEntry, 'id' | 'at' | 'clientId' | 'invoiceIds' | 'date'> = {
      type: 'step',
      scenarioId: scenario.id,
      stepId: step.id,
      stepKind: step.kind,
      channel: step.channel,
      outcome: 'done',
    };
    if (step.channel === 'phone') entry.note = random.pick(CALL_NOTES);
    if (step.channel === 'registered-letter') {
      const returned = random.chance(0.15);
      entry.registered = {
        number: `1A${random.digits(11)}`,
        depositDate: on,
        firstPresentationDate: addDays(on, 2),
        // the scene's letter: neither the acknowledgement of receipt nor the envelope came back
        ...(story.scene?.noNews
          ? {}
          : returned
            ? { returnedDate: addDays(on, 17), returnReason: 'non-reclame' as const }
            : { deliveredDate: addDays(on, random.int(2, 5)) }),
      };
      // what La Poste has not told yet is not known yet
      if ((entry.registered.deliveredDate ?? '') > today) delete entry.registered.deliveredDate;
      if ((entry.registered.returnedDate ?? '') > today) {
        delete entry.registered.returnedDate;
        delete entry.registered.returnReason;
      }
    }
    writer.add(invoice.clientId, [invoice.id], on, entry);
    last = on;
  }
}

/** A few clients pay a deposit or round up: money on account, allocated to nothing. */
function makeOnAccountPayments(
  random: Random,
  clients: DemoClient[],
  today: IsoDate,
  out: DemoData,
  writer: JournalWriter,
): void {
  for (const c of clients) {
    if (!random.chance(0.02)) continue;
    const date = addDays(today, -random.int(5, 200));
    const amount = random.int(50, 2000) * 100;
    out.payments.push({
      id: random.uuid(),
      clientId: c.client.id,
      kind: 'payment',
      date,
      amount,
      reference: 'ACOMPTE',
      allocations: [],
      source: 'demo',
    });
    writer.add(c.client.id, [], date, { type: 'payment', note: 'ACOMPTE' });
  }
}

/** Journal lines stamped during office hours of their day, with ids from the demo's stream. */
class JournalWriter {
  constructor(
    private readonly random: Random,
    private readonly entries: JournalEntry[],
  ) {}

  add(
    clientId: string,
    invoiceIds: string[],
    date: IsoDate,
    fields: Omit<JournalEntry, 'id' | 'at' | 'clientId' | 'invoiceIds' | 'date'>,
  ): void {
    const hour = String(this.random.int(7, 16)).padStart(2, '0');
    const minute = String(this.random.int(0, 59)).padStart(2, '0');
    const entry: JournalEntry = {
      id: this.random.uuid(),
      clientId,
      invoiceIds,
      date,
      at: `${date}T${hour}:${minute}:00.000Z`,
      ...fields,
    };
    if (entry.note === undefined) delete entry.note;
    this.entries.push(entry);
  }
}
