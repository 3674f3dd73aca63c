/**
 * Which template a step uses. A scenario names its step's template once ('reminder-fr'):
 * the client's language picks the French or English one, and the channel picks the
 * letter or its e-mail twin ('email-reminder-fr'). The user's edited templates win over
 * the shipped ones with the same id.
 */
import { DEFAULT_TEMPLATES } from '../../documents/templates/defaults';
import type { Language, ScenarioStep, Template } from '../../domain/model';
import { templateIdFor } from '../../domain/scenarios';

export type TemplateChannel = Template['channel'];

function candidates(step: ScenarioStep, channel: TemplateChannel, lang: Language): string[] {
  const named = templateIdFor(step, lang);
  const byKind = `${step.kind}-${lang}`;
  const ids = channel === 'email' ? [named, named && `email-${named}`, `email-${byKind}`] : [named, byKind];
  // A step without letter (a call, a task) still gets the template of its kind when one exists.
  return ids.filter((id): id is string => typeof id === 'string' && id !== '');
}

export function stepTemplate(
  step: ScenarioStep,
  channel: TemplateChannel,
  lang: Language,
  userTemplates: readonly Template[],
): Template | null {
  const all = [...userTemplates, ...DEFAULT_TEMPLATES];
  for (const id of candidates(step, channel, lang)) {
    const found = all.find((t) => t.id === id && t.channel === channel);
    if (found) return found;
  }
  return null;
}
