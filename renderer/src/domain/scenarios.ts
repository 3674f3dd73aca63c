/**
 * Dunning scenarios ("plans de relance"): the ordered steps a company follows from the
 * courteous pre-reminder to the court file, with an offset in days from the due date.
 *
 * The three shipped scenarios have fixed ids (scenario and step ids are written in the
 * action journal, so they must never change between versions). Step ids are unique
 * across the shipped scenarios so a journal line names its step without ambiguity.
 */
import type { Client, Language, Scenario, ScenarioStep, StepKind } from './model';
import { domainError, type DomainError } from './result';

/** Letter and e-mail templates are named `${kind}-${lang}` ('reminder-fr'); the documents helper ships them. */
function template(kind: StepKind, lang: Language = 'fr'): string {
  return `${kind}-${lang}`;
}

const STANDARD: Scenario = {
  id: 'standard',
  name: 'Standard',
  isDefault: true,
  steps: [
    {
      id: 'standard-pre-reminder',
      offsetDays: -5,
      kind: 'pre-reminder',
      channel: 'email',
      templateId: template('pre-reminder'),
    },
    {
      id: 'standard-reminder-1',
      offsetDays: 2,
      kind: 'reminder',
      channel: 'email',
      templateId: template('reminder'),
    },
    {
      id: 'standard-reminder-2',
      offsetDays: 15,
      kind: 'reminder',
      channel: 'letter',
      // the second reminder recalls the first one: its own letter
      templateId: 'reminder2-fr',
    },
    {
      id: 'standard-last-reminder',
      offsetDays: 22,
      kind: 'last-reminder',
      channel: 'letter',
      templateId: template('last-reminder'),
    },
    {
      id: 'standard-formal-notice',
      offsetDays: 30,
      kind: 'formal-notice',
      channel: 'registered-letter',
      templateId: template('formal-notice'),
    },
    { id: 'standard-court-file', offsetDays: 45, kind: 'court-file', channel: 'task' },
  ],
};

/** "Client stratégique": the relationship matters, so someone calls before any letter goes out. */
const STRATEGIC: Scenario = {
  id: 'strategic',
  name: 'Client stratégique',
  steps: [
    // A call before the due date is a pre-reminder by phone (DESIGN: "e-mail or phone").
    { id: 'strategic-pre-call', offsetDays: -3, kind: 'pre-reminder', channel: 'phone' },
    { id: 'strategic-call-1', offsetDays: 3, kind: 'call', channel: 'phone' },
    {
      id: 'strategic-reminder',
      offsetDays: 10,
      kind: 'reminder',
      channel: 'email',
      templateId: template('reminder'),
    },
    { id: 'strategic-call-2', offsetDays: 20, kind: 'call', channel: 'phone' },
    {
      id: 'strategic-last-reminder',
      offsetDays: 30,
      kind: 'last-reminder',
      channel: 'letter',
      templateId: template('last-reminder'),
    },
    {
      id: 'strategic-formal-notice',
      offsetDays: 40,
      kind: 'formal-notice',
      channel: 'registered-letter',
      templateId: template('formal-notice'),
    },
    { id: 'strategic-court-file', offsetDays: 55, kind: 'court-file', channel: 'task' },
  ],
};

/** "Particulier": a consumer gets more time and gentler steps (no 40 € indemnity either). */
const CONSUMER: Scenario = {
  id: 'consumer',
  name: 'Particulier',
  steps: [
    {
      id: 'consumer-pre-reminder',
      offsetDays: -3,
      kind: 'pre-reminder',
      channel: 'email',
      templateId: template('pre-reminder'),
    },
    {
      id: 'consumer-reminder-1',
      offsetDays: 5,
      kind: 'reminder',
      channel: 'email',
      templateId: template('reminder'),
    },
    {
      id: 'consumer-reminder-2',
      offsetDays: 15,
      kind: 'reminder',
      channel: 'letter',
      // the second reminder recalls the first one: its own letter
      templateId: 'reminder2-fr',
    },
    {
      id: 'consumer-last-reminder',
      offsetDays: 30,
      kind: 'last-reminder',
      channel: 'letter',
      templateId: template('last-reminder'),
    },
    {
      id: 'consumer-formal-notice',
      offsetDays: 45,
      kind: 'formal-notice',
      channel: 'registered-letter',
      templateId: template('formal-notice'),
    },
    { id: 'consumer-court-file', offsetDays: 75, kind: 'court-file', channel: 'task' },
  ],
};

export const DEFAULT_SCENARIOS: Scenario[] = [STANDARD, STRATEGIC, CONSUMER];

export const STANDARD_SCENARIO_ID = 'standard';
export const CONSUMER_SCENARIO_ID = 'consumer';

/**
 * The scenario that applies to a client: its own when it still exists; otherwise a
 * consumer gets the consumer scenario (the user's edited copy, else the shipped one);
 * anyone else gets the scenario marked default, else 'standard', else the shipped standard.
 */
export function scenarioFor(client: Client, scenarios: readonly Scenario[]): Scenario {
  if (client.scenarioId !== undefined) {
    const own = scenarios.find((s) => s.id === client.scenarioId);
    if (own) return own;
  }
  if (client.kind === 'consumer') {
    return scenarios.find((s) => s.id === CONSUMER_SCENARIO_ID) ?? CONSUMER;
  }
  return (
    scenarios.find((s) => s.isDefault === true) ??
    scenarios.find((s) => s.id === STANDARD_SCENARIO_ID) ??
    STANDARD
  );
}

/**
 * The same choice as `scenarioFor`, resolved once for a whole list of clients: the
 * dunning engine asks for thousands of clients and should not scan the list each time.
 */
export function scenarioResolver(scenarios: readonly Scenario[]): (client: Client) => Scenario {
  const byId = new Map(scenarios.map((s) => [s.id, s] as const));
  const consumer = byId.get(CONSUMER_SCENARIO_ID) ?? CONSUMER;
  const fallback = scenarios.find((s) => s.isDefault === true) ?? byId.get(STANDARD_SCENARIO_ID) ?? STANDARD;
  return (client) => {
    const own = client.scenarioId === undefined ? undefined : byId.get(client.scenarioId);
    if (own) return own;
    return client.kind === 'consumer' ? consumer : fallback;
  };
}

/** The template of a step in the client's language: 'reminder-fr' becomes 'reminder-en' for an English client. */
export function templateIdFor(step: ScenarioStep, lang: Language): string | undefined {
  if (step.templateId === undefined) return undefined;
  const m = /^(.*)-(fr|en)$/.exec(step.templateId);
  return m ? `${m[1]}-${lang}` : step.templateId;
}

/** Steps by offset; equal offsets keep the user's order (Array.prototype.sort is stable). */
export function sortSteps(steps: readonly ScenarioStep[]): ScenarioStep[] {
  return [...steps].sort((a, b) => a.offsetDays - b.offsetDays);
}

export const MIN_OFFSET_DAYS = -60;
export const MAX_OFFSET_DAYS = 365;

/**
 * What is wrong with a scenario the user edited, as error codes for the `dunning`
 * namespace (`errors.<code>`). An empty list means it can be saved.
 */
export function validateScenario(scenario: Scenario): DomainError[] {
  const errors: DomainError[] = [];
  if (scenario.name.trim() === '') errors.push(domainError('scenario.nameRequired'));
  if (scenario.steps.length === 0) errors.push(domainError('scenario.noSteps'));

  const seen = new Set<string>();
  let formalNotices = 0;
  let formalNoticeOffset: number | null = null;
  scenario.steps.forEach((step, index) => {
    const position = index + 1;
    if (step.id.trim() === '') errors.push(domainError('scenario.stepIdRequired', { position }));
    else if (seen.has(step.id))
      errors.push(domainError('scenario.stepIdDuplicate', { position, stepId: step.id }));
    seen.add(step.id);

    if (!Number.isInteger(step.offsetDays)) {
      errors.push(domainError('scenario.offsetNotInteger', { position, offset: step.offsetDays }));
    } else if (step.offsetDays < MIN_OFFSET_DAYS || step.offsetDays > MAX_OFFSET_DAYS) {
      errors.push(
        domainError('scenario.offsetOutOfRange', {
          position,
          offset: step.offsetDays,
          min: MIN_OFFSET_DAYS,
          max: MAX_OFFSET_DAYS,
        }),
      );
    }
    const previous = scenario.steps[index - 1];
    if (previous !== undefined && step.offsetDays < previous.offsetDays) {
      errors.push(
        domainError('scenario.stepsNotSorted', {
          position,
          offset: step.offsetDays,
          previous: previous.offsetDays,
        }),
      );
    }
    if (step.kind === 'formal-notice') {
      formalNotices += 1;
      formalNoticeOffset ??= step.offsetDays;
    }
  });

  // One mise en demeure: a second one would reset nothing legally and only weaken the first.
  if (formalNotices > 1) errors.push(domainError('scenario.formalNoticeTwice', { count: formalNotices }));

  // Going to court before the debtor was formally put on notice would be refused by the judge.
  if (formalNoticeOffset !== null) {
    const noticeAt = formalNoticeOffset;
    scenario.steps.forEach((step, index) => {
      if (step.kind === 'court-file' && step.offsetDays <= noticeAt) {
        errors.push(domainError('scenario.courtBeforeFormalNotice', { position: index + 1 }));
      }
    });
  }
  return errors;
}

/** Problems of the whole list: ids must be unique and at most one scenario can be the default. */
export function validateScenarioList(scenarios: readonly Scenario[]): DomainError[] {
  const errors: DomainError[] = [];
  const ids = new Set<string>();
  for (const s of scenarios) {
    if (ids.has(s.id)) errors.push(domainError('scenario.idDuplicate', { scenarioId: s.id }));
    ids.add(s.id);
  }
  const defaults = scenarios.filter((s) => s.isDefault === true).length;
  if (defaults > 1) errors.push(domainError('scenario.defaultTwice', { count: defaults }));
  return errors;
}
