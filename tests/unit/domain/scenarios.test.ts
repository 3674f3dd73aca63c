import { DEFAULT_TEMPLATES } from '../../../renderer/src/documents/templates/defaults';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../renderer/src/domain/model';
import {
  DEFAULT_SCENARIOS,
  scenarioFor,
  scenarioResolver,
  sortSteps,
  templateIdFor,
  validateScenario,
  validateScenarioList,
} from '../../../renderer/src/domain/scenarios';
import { client } from './fixtures';

const byId = (id: string): Scenario => DEFAULT_SCENARIOS.find((s) => s.id === id)!;
const timeline = (s: Scenario) => s.steps.map((x) => `${x.offsetDays}:${x.kind}:${x.channel}`);

describe('DEFAULT_SCENARIOS', () => {
  it('ships standard, strategic and consumer with fixed ids', () => {
    expect(DEFAULT_SCENARIOS.map((s) => [s.id, s.name, s.isDefault ?? false])).toEqual([
      ['standard', 'Standard', true],
      ['strategic', 'Client stratégique', false],
      ['consumer', 'Particulier', false],
    ]);
  });

  it('standard follows the usual French escalation', () => {
    expect(timeline(byId('standard'))).toEqual([
      '-5:pre-reminder:email',
      '2:reminder:email',
      '15:reminder:letter',
      '22:last-reminder:letter',
      '30:formal-notice:registered-letter',
      '45:court-file:task',
    ]);
    expect(byId('standard').steps.map((s) => s.id)).toEqual([
      'standard-pre-reminder',
      'standard-reminder-1',
      'standard-reminder-2',
      'standard-last-reminder',
      'standard-formal-notice',
      'standard-court-file',
    ]);
  });

  it('strategic calls before any letter', () => {
    const s = byId('strategic');
    expect(timeline(s)).toEqual([
      '-3:pre-reminder:phone',
      '3:call:phone',
      '10:reminder:email',
      '20:call:phone',
      '30:last-reminder:letter',
      '40:formal-notice:registered-letter',
      '55:court-file:task',
    ]);
    const firstLetter = s.steps.findIndex((x) => x.channel === 'letter' || x.channel === 'registered-letter');
    expect(s.steps.slice(0, firstLetter).filter((x) => x.channel === 'phone').length).toBeGreaterThanOrEqual(
      2,
    );
  });

  it('consumer is gentler', () => {
    expect(timeline(byId('consumer'))).toEqual([
      '-3:pre-reminder:email',
      '5:reminder:email',
      '15:reminder:letter',
      '30:last-reminder:letter',
      '45:formal-notice:registered-letter',
      '75:court-file:task',
    ]);
  });

  it('are valid, sorted, with unique step ids across scenarios and shipped templates of their kind', () => {
    for (const s of DEFAULT_SCENARIOS) {
      expect(validateScenario(s)).toEqual([]);
      expect(sortSteps(s.steps)).toEqual(s.steps);
    }
    const ids = DEFAULT_SCENARIOS.flatMap((s) => s.steps.map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const step of DEFAULT_SCENARIOS.flatMap((s) => s.steps)) {
      if (step.channel === 'email' || step.channel === 'letter' || step.channel === 'registered-letter') {
        const shipped = DEFAULT_TEMPLATES.find((t) => t.id === step.templateId);
        expect(shipped?.kind, step.id).toBe(step.kind);
        expect(step.templateId).toMatch(/-fr$/);
      } else {
        expect(step.templateId).toBeUndefined();
      }
    }
    expect(validateScenarioList(DEFAULT_SCENARIOS)).toEqual([]);
  });
});

describe('scenarioFor', () => {
  const custom: Scenario = { id: 'vip', name: 'VIP', steps: [] };
  const userDefault: Scenario = { id: 'house', name: 'Maison', steps: [], isDefault: true };
  const standardNotDefault = { ...byId('standard'), isDefault: false };

  it("gives the client's own scenario when it exists", () => {
    expect(scenarioFor(client('c', { scenarioId: 'vip' }), [...DEFAULT_SCENARIOS, custom]).id).toBe('vip');
  });

  it('falls back when the own scenario was deleted', () => {
    expect(scenarioFor(client('c', { scenarioId: 'gone' }), DEFAULT_SCENARIOS).id).toBe('standard');
  });

  it('gives consumers the consumer scenario, even when another is the default', () => {
    expect(scenarioFor(client('c', { kind: 'consumer' }), [userDefault, ...DEFAULT_SCENARIOS]).id).toBe(
      'consumer',
    );
    // the user's list has no consumer scenario: the shipped one
    expect(scenarioFor(client('c', { kind: 'consumer' }), [userDefault]).id).toBe('consumer');
  });

  it('gives others the default scenario, else standard, else the shipped standard', () => {
    expect(scenarioFor(client('c'), [standardNotDefault, userDefault]).id).toBe('house');
    expect(scenarioFor(client('c', { kind: 'public' }), [custom, standardNotDefault]).id).toBe('standard');
    expect(scenarioFor(client('c'), [custom])).toBe(byId('standard'));
  });

  it('scenarioResolver agrees with scenarioFor', () => {
    const lists = [[...DEFAULT_SCENARIOS, custom], [userDefault, custom], [custom], []];
    const cs = [
      client('a'),
      client('b', { kind: 'consumer' }),
      client('c', { scenarioId: 'vip' }),
      client('d', { scenarioId: 'gone' }),
    ];
    for (const list of lists) {
      const resolve = scenarioResolver(list);
      for (const c of cs) expect(resolve(c)).toBe(scenarioFor(c, list));
    }
  });
});

describe('templateIdFor', () => {
  it("picks the template in the client's language", () => {
    const step = byId('standard').steps[1]!;
    expect(templateIdFor(step, 'en')).toBe('reminder-en');
    expect(templateIdFor(step, 'fr')).toBe('reminder-fr');
    expect(templateIdFor({ ...step, templateId: 'mine' }, 'en')).toBe('mine');
    expect(templateIdFor(byId('standard').steps[5]!, 'fr')).toBeUndefined();
  });
});

describe('validateScenario', () => {
  const s = (steps: Scenario['steps'], name = 'Test'): Scenario => ({ id: 't', name, steps });
  const st = (id: string, offsetDays: number, kind: Scenario['steps'][number]['kind'] = 'reminder') => ({
    id,
    offsetDays,
    kind,
    channel: 'letter' as const,
  });

  it('requires a name and at least one step', () => {
    expect(validateScenario(s([], ' '))).toEqual([
      { code: 'scenario.nameRequired' },
      { code: 'scenario.noSteps' },
    ]);
  });

  it('requires steps sorted by offset', () => {
    expect(validateScenario(s([st('a', 10), st('b', 5), st('c', 5)]))).toEqual([
      { code: 'scenario.stepsNotSorted', params: { position: 2, offset: 5, previous: 10 } },
    ]);
  });

  it('keeps offsets within −60…365 days and whole', () => {
    expect(validateScenario(s([st('a', -60), st('b', 365)]))).toEqual([]);
    expect(validateScenario(s([st('a', -61), st('b', 1.5), st('c', 366)]))).toEqual([
      { code: 'scenario.offsetOutOfRange', params: { position: 1, offset: -61, min: -60, max: 365 } },
      { code: 'scenario.offsetNotInteger', params: { position: 2, offset: 1.5 } },
      { code: 'scenario.offsetOutOfRange', params: { position: 3, offset: 366, min: -60, max: 365 } },
    ]);
  });

  it('allows at most one formal notice, before the court file', () => {
    expect(validateScenario(s([st('a', 30, 'formal-notice'), st('b', 40, 'formal-notice')]))).toEqual([
      { code: 'scenario.formalNoticeTwice', params: { count: 2 } },
    ]);
    expect(validateScenario(s([st('a', 30, 'court-file'), st('b', 30, 'formal-notice')]))).toEqual([
      { code: 'scenario.courtBeforeFormalNotice', params: { position: 1 } },
    ]);
  });

  it('requires unique step ids', () => {
    expect(validateScenario(s([st('a', 1), st('a', 2)]))).toEqual([
      { code: 'scenario.stepIdDuplicate', params: { position: 2, stepId: 'a' } },
    ]);
  });

  it('checks a list: unique ids, one default', () => {
    const a: Scenario = { id: 'x', name: 'X', steps: [], isDefault: true };
    expect(validateScenarioList([a, { ...a }])).toEqual([
      { code: 'scenario.idDuplicate', params: { scenarioId: 'x' } },
      { code: 'scenario.defaultTwice', params: { count: 2 } },
    ]);
  });
});
