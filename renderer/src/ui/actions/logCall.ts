/**
 * "Appeler": the numbers to dial and the note of what was said. A call is written as a
 * 'call' line of the journal (the lawyer's chronology lists it); when the call was the
 * step of the day and it took place, the step is recorded done too.
 */
import type { RecouvreDb } from '../../db/database';
import { addJournalEntry } from '../../db/journal';
import type { Client, IsoDate, JournalEntry } from '../../domain/model';
import { ok, type Result } from '../../domain/result';
import type { ActionTarget } from './actionTarget';
import { recordStepOutcome } from './recordStep';

export type CallOutcome = 'reached' | 'voicemail' | 'no-answer' | 'wrong-number';

export const CALL_OUTCOMES: readonly CallOutcome[] = ['reached', 'voicemail', 'no-answer', 'wrong-number'];

export interface PhoneNumber {
  contact: string;
  role?: string;
  number: string;
  /** tel: URL, digits and a leading + only */
  href: string;
}

/** The client's phone numbers, billing contacts first. */
export function phoneNumbersOf(client: Client): PhoneNumber[] {
  const contacts = [...client.contacts].sort(
    (a, b) => Number(b.billing ?? false) - Number(a.billing ?? false),
  );
  return contacts.flatMap((c) => {
    const number = c.phone?.trim();
    if (!number) return [];
    // "+33 (0)2 40 …" is how French numbers are often written: the (0) is not dialled from abroad.
    const dial = number
      .replace(/\(0\)/g, '')
      .replace(/[^\d+]/g, '')
      .replace(/(?!^)\+/g, '');
    return dial
      ? [{ contact: c.name, ...(c.role ? { role: c.role } : {}), number, href: `tel:${dial}` }]
      : [];
  });
}

export interface LogCallInput {
  target: ActionTarget;
  today: IsoDate;
  /** the outcome as the user reads it in their language ("Joint", "Messagerie") */
  outcomeLabel: string;
  note: string;
  /** also record the step done (a phone step whose call took place) */
  completeStep: boolean;
}

export interface CallLogged {
  callEntry: JournalEntry;
  stepEntry: JournalEntry | null;
}

export async function logCall(database: RecouvreDb, input: LogCallInput): Promise<Result<CallLogged>> {
  const { target, today } = input;
  const note = [input.outcomeLabel.trim(), input.note.trim()].filter(Boolean).join(' — ');
  const call = await addJournalEntry(database, {
    clientId: target.clientId,
    invoiceIds: target.invoiceIds,
    date: today,
    type: 'call',
    scenarioId: target.scenarioId,
    stepId: target.step.id,
    stepKind: target.step.kind,
    channel: 'phone',
    ...(note ? { note } : {}),
  });
  if (!call.ok) return call;
  if (!input.completeStep) return ok({ callEntry: call.value, stepEntry: null });
  const step = await recordStepOutcome(database, target, today, 'done', { ...(note ? { note } : {}) });
  if (!step.ok) return step;
  return ok({ callEntry: call.value, stepEntry: step.value });
}
