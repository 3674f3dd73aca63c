/**
 * The letters of a print batch: today's letters ('today') or one action's letter (its
 * key), each turned into the same LetterInput the Word file is built from.
 */
import type { RecouvreDb } from '../../db/database';
import type { LetterInput } from '../../documents/letters/types';
import type { DueAction } from '../../domain/dunning';
import type { Client, CompanySettings, IsoDate } from '../../domain/model';
import { err, ok, type Result } from '../../domain/result';
import { letterInputOf, loadActionData } from '../actions/actionData';
import { targetOf } from '../actions/actionTarget';
import { stepTemplate } from '../actions/stepTemplate';
import { isLetterAction, TODAY_BATCH } from '../today/todayGroups';

export interface PrintLetter {
  action: DueAction;
  client: Client;
  input: LetterInput;
}

export function batchActions(actions: readonly DueAction[], batch: string): DueAction[] {
  const letters = actions.filter(isLetterAction);
  return batch === TODAY_BATCH ? letters : letters.filter((a) => a.key === batch);
}

export async function loadPrintLetters(
  database: RecouvreDb,
  actions: readonly DueAction[],
  company: CompanySettings,
  today: IsoDate,
): Promise<Result<PrintLetter[]>> {
  const out: PrintLetter[] = [];
  for (const action of actions) {
    const target = targetOf(action);
    const data = await loadActionData(database, target, company, today);
    if (!data.ok) return data;
    const template = stepTemplate(action.step, 'letter', data.value.client.language, data.value.templates);
    if (!template) return err('action.noTemplate', { step: action.step.id });
    out.push({
      action,
      client: data.value.client,
      input: letterInputOf(data.value, template, company, today),
    });
  }
  return ok(out);
}
