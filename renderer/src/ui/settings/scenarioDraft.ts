/**
 * Editing a scenario on screen: moving, adding and removing steps, and the templates a
 * step may use. The checks themselves are the domain's (validateScenario).
 */
import { DEFAULT_TEMPLATES } from '../../documents/templates/defaults';
import type { Channel, Scenario, ScenarioStep, StepKind, Template } from '../../domain/model';

export const STEP_KINDS: readonly StepKind[] = [
  'pre-reminder',
  'reminder',
  'last-reminder',
  'formal-notice',
  'court-file',
  'call',
  'task',
];
export const CHANNELS: readonly Channel[] = ['email', 'letter', 'registered-letter', 'phone', 'task'];

/** A short random suffix: step ids are written in the journal, they must never be reused. */
function suffix(): string {
  return crypto.randomUUID().slice(0, 8);
}

export function moveStep(steps: readonly ScenarioStep[], index: number, by: -1 | 1): ScenarioStep[] {
  const to = index + by;
  if (to < 0 || to >= steps.length) return [...steps];
  const next = [...steps];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** A new step after the last one: a call a week later, the user changes what they want. */
export function newStep(scenario: Scenario): ScenarioStep {
  const last = scenario.steps[scenario.steps.length - 1];
  return {
    id: `${scenario.id}-${suffix()}`,
    offsetDays: (last?.offsetDays ?? 0) + 7,
    kind: 'call',
    channel: 'phone',
  };
}

export function newScenario(name: string): Scenario {
  const id = `plan-${suffix()}`;
  return {
    id,
    name,
    steps: [
      {
        id: `${id}-${suffix()}`,
        offsetDays: 2,
        kind: 'reminder',
        channel: 'email',
        templateId: 'email-reminder-fr',
      },
    ],
  };
}

/**
 * The templates a step can use, French versions (the client's language picks the English
 * twin when the letter goes out): e-mail templates for the e-mail channel, letter
 * templates for the postal ones, none for a call or a task. The user's edited copies
 * replace the shipped ones of the same id.
 */
export function templatesFor(
  kind: StepKind,
  channel: Channel,
  userTemplates: readonly Template[],
): Template[] {
  const wanted =
    channel === 'email' ? 'email' : channel === 'letter' || channel === 'registered-letter' ? 'letter' : null;
  if (wanted === null) return [];
  const byId = new Map<string, Template>();
  for (const t of [...DEFAULT_TEMPLATES, ...userTemplates]) byId.set(t.id, t);
  return [...byId.values()].filter((t) => t.channel === wanted && t.kind === kind && t.language === 'fr');
}

/**
 * Which option shows as chosen. Shipped scenarios name the letter ('reminder-fr') also
 * for an e-mail step, whose e-mail twin ('email-reminder-fr') is then the one used.
 */
export function chosenTemplate(step: ScenarioStep, options: readonly Template[]): string {
  if (!step.templateId) return '';
  const exact = options.find((t) => t.id === step.templateId);
  if (exact) return exact.id;
  return options.find((t) => t.id === `email-${step.templateId}`)?.id ?? '';
}

/** Same content, step by step: a save is offered only when something changed. */
export function sameScenario(a: Scenario | undefined, b: Scenario | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
