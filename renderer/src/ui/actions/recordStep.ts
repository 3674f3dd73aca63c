/**
 * The journal lines that move the dunning on: a step done, postponed or skipped. The
 * engine reads nothing else (dunning/evaluate.ts), so the action leaves today's list as
 * soon as one of these is written.
 */
import type { RecouvreDb } from '../../db/database';
import { addJournalEntry, type JournalInput } from '../../db/journal';
import type {
  IsoDate,
  JournalEntry,
  RegisteredLetterTracking,
  ScenarioStep,
  StepOutcome,
} from '../../domain/model';
import { err, ok, type Result } from '../../domain/result';
import { sortSteps } from '../../domain/scenarios';
import { formatRegisteredNumber, isValidRegisteredNumber } from '../../domain/validation';
import type { ActionTarget } from './actionTarget';

export interface StepDetails {
  /** required with 'postponed', after `today` */
  postponedTo?: IsoDate;
  registered?: RegisteredLetterTracking;
  documentIds?: string[];
  note?: string;
}

export async function recordStepOutcome(
  database: RecouvreDb,
  target: ActionTarget,
  today: IsoDate,
  outcome: StepOutcome,
  details: StepDetails = {},
): Promise<Result<JournalEntry>> {
  const line = stepLine(target, today, outcome, details);
  return line.ok ? addJournalEntry(database, line.value) : line;
}

/** The 'step' line for an outcome, checked, not yet written (a flow may write it with other lines). */
export function stepLine(
  target: ActionTarget,
  today: IsoDate,
  outcome: StepOutcome,
  details: StepDetails = {},
): Result<JournalInput> {
  if (outcome === 'postponed' && (details.postponedTo === undefined || details.postponedTo <= today)) {
    return err('action.postponeInPast');
  }
  const registered = details.registered && cleanRegistered(details.registered);
  if (registered && !registered.ok) return registered;
  const note = details.note?.trim();
  return ok({
    clientId: target.clientId,
    invoiceIds: target.invoiceIds,
    date: today,
    type: 'step',
    scenarioId: target.scenarioId,
    stepId: target.step.id,
    stepKind: target.step.kind,
    channel: target.step.channel,
    outcome,
    ...(outcome === 'postponed' ? { postponedTo: details.postponedTo } : {}),
    ...(details.documentIds?.length ? { documentIds: details.documentIds } : {}),
    ...(registered?.ok && registered.value ? { registered: registered.value } : {}),
    ...(note ? { note } : {}),
  });
}

/** The number is optional when the letter is posted (the label may be stuck on later) but must be right when given. */
function cleanRegistered(r: RegisteredLetterTracking): Result<RegisteredLetterTracking | undefined> {
  const out: RegisteredLetterTracking = { ...r };
  const number = r.number?.trim();
  if (number) {
    if (!isValidRegisteredNumber(number)) return err('action.registeredInvalid', { value: number });
    out.number = formatRegisteredNumber(number).replace(/\s/g, '');
  } else {
    delete out.number;
  }
  for (const key of Object.keys(out) as (keyof RegisteredLetterTracking)[])
    if (out[key] === undefined) delete out[key];
  return ok(Object.keys(out).length > 0 ? out : undefined);
}

/** The steps after the current one, to jump to ("Passer à l'étape…"). */
export function laterSteps(steps: readonly ScenarioStep[], current: ScenarioStep): ScenarioStep[] {
  const sorted = sortSteps(steps);
  const index = sorted.findIndex((s) => s.id === current.id);
  return index < 0 ? [] : sorted.slice(index + 1);
}

/**
 * Jumps ahead: every step from the current one up to (not including) the chosen one is
 * recorded as skipped, so the chronology says what was left out and the engine proposes
 * the chosen step next. Skipped steps do not count as contacts for the spacing rule.
 */
export async function jumpToStep(
  database: RecouvreDb,
  target: ActionTarget,
  steps: readonly ScenarioStep[],
  toStepId: string,
  today: IsoDate,
): Promise<Result<JournalEntry[]>> {
  const sorted = sortSteps(steps);
  const from = sorted.findIndex((s) => s.id === target.step.id);
  const to = sorted.findIndex((s) => s.id === toStepId);
  if (from < 0 || to <= from) return err('action.jumpNotAhead');
  const written: JournalEntry[] = [];
  for (const step of sorted.slice(from, to)) {
    const r = await recordStepOutcome(database, { ...target, step }, today, 'skipped');
    if (!r.ok) return r;
    written.push(r.value);
  }
  return ok(written);
}
