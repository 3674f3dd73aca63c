/**
 * The demo's morning: a dozen clients whose last invoice is placed, relative to `today`,
 * so that the dunning engine has a realistic day of work to show: an e-mail
 * pre-reminder, reminders, a letter, a last reminder, a formal notice by registered
 * letter, a call to a strategic client, a court file; a broken promise and a registered
 * letter without news as alerts; and clients paused by a promise, a dispute and a plan.
 *
 * Left to chance, a ledger kept up to date every day proposes one or two actions a
 * morning (every step whose date passed was done the day it fell due): a poor first look.
 * Each scene fixes the due date of one invoice and the day from which its steps are not
 * done yet ("holdFrom"); the rest of the client's history is old and paid, so nothing
 * else of that client (the 7 days between two actions, another step) gets in the way.
 */
import { addDays } from '../domain/dates';
import type { Client, IsoDate, Scenario, ScenarioStep, StepKind } from '../domain/model';
import { sortSteps } from '../domain/scenarios';
import type { Audience } from './people';
import type { Random } from './random';

export type SceneKind =
  | 'pre-reminder'
  | 'reminder'
  | 'second-reminder'
  | 'last-reminder'
  | 'formal-notice'
  | 'strategic-call'
  | 'court-file'
  | 'broken-promise'
  | 'registered-no-news'
  | 'pending-promise'
  | 'open-dispute'
  | 'kept-plan';

/** The order clients are cast in: with few clients, the first scenes are the ones played. */
export const SCENE_KINDS: readonly SceneKind[] = [
  'pre-reminder',
  'reminder',
  'second-reminder',
  'last-reminder',
  'formal-notice',
  'strategic-call',
  'broken-promise',
  'registered-no-news',
  'pending-promise',
  'open-dispute',
  'kept-plan',
  'court-file',
];

export interface Scene {
  kind: SceneKind;
  /** due date of the scene's invoice (its issue date is this minus the client's terms) */
  dueDate: IsoDate;
  /** the steps falling on or after this day are not done yet: they are this morning's work */
  holdFrom: IsoDate;
  promise?: { madeOn: IsoDate; promisedDate: IsoDate };
  disputeOn?: IsoDate;
  planOn?: IsoDate;
  /** the registered letter is neither delivered nor returned; the court file waits for news */
  noNews?: { stepId: string; on: IsoDate; postponedTo: IsoDate };
}

/** The client's other invoices fall due at least this long before today: paid, long quiet. */
export const QUIET_DAYS = 45;

/** A step of the scenario by kind and rank (0 = first of that kind), with the offset of the step before it. */
function stepOf(
  scenario: Scenario,
  kind: StepKind,
  ordinal = 0,
): { step: ScenarioStep; previousOffset: number | null } | null {
  const steps = sortSteps(scenario.steps);
  let seen = 0;
  for (const [i, step] of steps.entries()) {
    if (step.kind !== kind) continue;
    if (seen++ < ordinal) continue;
    return { step, previousOffset: i > 0 ? steps[i - 1]!.offsetDays : null };
  }
  return null;
}

/** Which step each scene brings due today (kind and rank in the client's scenario). */
const TARGET: Partial<Record<SceneKind, [StepKind, number]>> = {
  'pre-reminder': ['pre-reminder', 0],
  reminder: ['reminder', 0],
  'second-reminder': ['reminder', 1],
  'last-reminder': ['last-reminder', 0],
  'formal-notice': ['formal-notice', 0],
  'strategic-call': ['call', 1],
  'court-file': ['court-file', 0],
};

/**
 * The dates of one scene for a client following `scenario`, or null when the scenario
 * has no such step (a user's own scenarios passed in the options).
 */
export function planScene(random: Random, kind: SceneKind, scenario: Scenario, today: IsoDate): Scene | null {
  const target = TARGET[kind];
  if (target) {
    const found = stepOf(scenario, target[0], target[1]);
    if (!found) return null;
    const offset = found.step.offsetDays;
    // A day or two late at most (the office was closed yesterday), but never so late that
    // the previous step was done less than 7 days ago: the engine would then wait.
    const gap = found.previousOffset === null ? 7 : offset - found.previousOffset;
    const lag = random.int(Math.min(2, Math.max(0, 7 - gap)), 2);
    const dueDate = addDays(today, -offset - lag);
    return { kind, dueDate, holdFrom: addDays(dueDate, offset) };
  }
  switch (kind) {
    case 'broken-promise': {
      // Promised after the first reminder, ten days later; the day passed without payment,
      // so the second reminder is back on today's list with the alert.
      const dueDate = addDays(today, -random.int(19, 22));
      const madeOn = addDays(dueDate, random.int(5, 7));
      return { kind, dueDate, holdFrom: madeOn, promise: { madeOn, promisedDate: addDays(madeOn, 10) } };
    }
    case 'registered-no-news': {
      const notice = stepOf(scenario, 'formal-notice');
      const court = stepOf(scenario, 'court-file');
      if (!notice || !court) return null;
      // Deposited 17 to 21 days ago (La Poste keeps a letter 15 days); the court file was
      // put off until the acknowledgement of receipt comes back.
      const dueDate = addDays(today, -random.int(17, 21) - notice.step.offsetDays);
      return {
        kind,
        dueDate,
        holdFrom: addDays(dueDate, notice.step.offsetDays + 1),
        noNews: {
          stepId: court.step.id,
          on: addDays(today, -random.int(1, 3)),
          postponedTo: addDays(today, random.int(6, 10)),
        },
      };
    }
    case 'pending-promise': {
      const madeOn = addDays(today, -random.int(1, 4));
      return {
        kind,
        dueDate: addDays(today, -random.int(8, 12)),
        holdFrom: madeOn,
        promise: { madeOn, promisedDate: addDays(today, random.int(5, 12)) },
      };
    }
    case 'open-dispute': {
      const disputeOn = addDays(today, -random.int(1, 4));
      return { kind, dueDate: addDays(today, -random.int(20, 28)), holdFrom: disputeOn, disputeOn };
    }
    case 'kept-plan': {
      // Agreed after the formal notice; the first instalment is paid, the second not due yet.
      const planOn = addDays(today, -random.int(35, 50));
      return { kind, dueDate: addDays(planOn, -random.int(35, 45)), holdFrom: planOn, planOn };
    }
    default:
      return null;
  }
}

export interface Castable {
  client: Client;
  draft: { audience: Audience };
  /** how many invoices the client tends to get: scenes go to small clients first */
  weight: number;
  termsDays: number;
}

/**
 * Casts one client per scene (French companies; an English one may get the first
 * reminder; the strategic call goes to a "Grand compte" on the phone-first scenario)
 * and plans its dates. Changes the chosen clients' segment and scenario as needed.
 */
export function castMorning<C extends Castable>(
  random: Random,
  clients: readonly C[],
  resolve: (client: Client) => Scenario,
  today: IsoDate,
): Map<C, Scene> {
  const cast = new Map<C, Scene>();
  const audience = (c: C): Audience => c.draft.audience;
  const free = (c: C): boolean =>
    !cast.has(c) && (audience(c) === 'french-company' || audience(c) === 'english') && c.termsDays >= 30;
  for (const kind of SCENE_KINDS) {
    const english = kind === 'reminder';
    const eligible = clients.filter(
      (c) => free(c) && (audience(c) === 'french-company' || english) && c.weight < 2,
    );
    const pool = eligible.length > 0 ? eligible : clients.filter((c) => free(c) && audience(c) !== 'english');
    if (pool.length === 0) break;
    const chosen = random.pick(pool);
    if (kind === 'strategic-call') {
      chosen.client.segment = 'Grand compte';
      chosen.client.scenarioId = 'strategic';
    } else {
      delete chosen.client.scenarioId;
    }
    const scene = planScene(random, kind, resolve(chosen.client), today);
    if (scene) cast.set(chosen, scene);
  }
  return cast;
}
