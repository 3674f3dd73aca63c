import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scenario, Template } from '../../../../renderer/src/domain/model';
import { DEFAULT_SCENARIOS, validateScenario } from '../../../../renderer/src/domain/scenarios';
import {
  chosenTemplate,
  moveStep,
  newScenario,
  newStep,
  sameScenario,
  templatesFor,
} from '../../../../renderer/src/ui/settings/scenarioDraft';

const STANDARD = DEFAULT_SCENARIOS.find((s) => s.id === 'standard')!;

afterEach(() => vi.restoreAllMocks());

function fixedUuids(...uuids: `${string}-${string}-${string}-${string}-${string}`[]) {
  const spy = vi.spyOn(crypto, 'randomUUID');
  for (const u of uuids) spy.mockReturnValueOnce(u);
}

describe('scenario editing', () => {
  it('moves a step up or down, and leaves the list alone at the ends', () => {
    const ids = (s: Scenario['steps']) => s.map((x) => x.id);
    expect(ids(moveStep(STANDARD.steps, 1, -1)).slice(0, 2)).toEqual([
      'standard-reminder-1',
      'standard-pre-reminder',
    ]);
    expect(ids(moveStep(STANDARD.steps, 0, -1))).toEqual(ids(STANDARD.steps));
    expect(ids(moveStep(STANDARD.steps, 5, 1))).toEqual(ids(STANDARD.steps));
    // The shipped list is not touched.
    expect(STANDARD.steps[0]!.id).toBe('standard-pre-reminder');
  });

  it('adds a call a week after the last step, with a fresh id', () => {
    fixedUuids('a1b2c3d4-0000-4000-8000-000000000000');
    // court file at +45 → new step at 45 + 7 = 52
    expect(newStep(STANDARD)).toEqual({
      id: 'standard-a1b2c3d4',
      offsetDays: 52,
      kind: 'call',
      channel: 'phone',
    });
    fixedUuids('ffffffff-0000-4000-8000-000000000000');
    expect(newStep({ id: 'vide', name: 'Vide', steps: [] }).offsetDays).toBe(7);
  });

  it('starts a new plan with one e-mail reminder, and the plan is valid as it is', () => {
    fixedUuids('11111111-0000-4000-8000-000000000000', '22222222-0000-4000-8000-000000000000');
    const plan = newScenario('Grands comptes');
    expect(plan).toEqual({
      id: 'plan-11111111',
      name: 'Grands comptes',
      steps: [
        {
          id: 'plan-11111111-22222222',
          offsetDays: 2,
          kind: 'reminder',
          channel: 'email',
          templateId: 'email-reminder-fr',
        },
      ],
    });
    expect(validateScenario(plan)).toEqual([]);
  });

  it('offers the French templates of the step kind and channel, the user’s copy in place of the shipped one', () => {
    const edited: Template = {
      id: 'reminder-fr',
      name: 'Relance (ma version)',
      kind: 'reminder',
      channel: 'letter',
      language: 'fr',
      subject: 'Relance',
      body: 'Madame, Monsieur,',
    };
    expect(templatesFor('reminder', 'letter', []).map((t) => t.id)).toEqual(['reminder-fr', 'reminder2-fr']);
    expect(templatesFor('reminder', 'registered-letter', [edited]).map((t) => t.name)).toEqual([
      'Relance (ma version)',
      expect.any(String),
    ]);
    expect(templatesFor('reminder', 'email', []).map((t) => t.id)).toEqual(['email-reminder-fr']);
    expect(templatesFor('call', 'phone', [])).toEqual([]);
    expect(templatesFor('court-file', 'task', [])).toEqual([]);
  });

  it("shows an e-mail step's letter template as its e-mail twin", () => {
    const options = templatesFor('reminder', 'email', []);
    expect(chosenTemplate(STANDARD.steps[1]!, options)).toBe('email-reminder-fr');
    expect(chosenTemplate({ ...STANDARD.steps[1]!, templateId: undefined }, options)).toBe('');
    expect(chosenTemplate({ ...STANDARD.steps[1]!, templateId: 'gone-fr' }, options)).toBe('');
  });

  it('compares two versions of a plan by content', () => {
    expect(sameScenario(STANDARD, structuredClone(STANDARD))).toBe(true);
    expect(sameScenario(STANDARD, { ...STANDARD, name: 'Standard 2' })).toBe(false);
    expect(sameScenario(undefined, undefined)).toBe(true);
  });
});
