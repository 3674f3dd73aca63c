import { describe, expect, it } from 'vitest';
import type { ScenarioStep, Template } from '../../../../renderer/src/domain/model';
import { stepTemplate } from '../../../../renderer/src/ui/actions';
import { step } from './fixtures';

const id = (t: Template | null) => t?.id ?? null;

describe('stepTemplate', () => {
  it("picks the client's language from the template the scenario names", () => {
    expect(id(stepTemplate(step('standard-reminder-2'), 'letter', 'fr', []))).toBe('reminder2-fr');
    expect(id(stepTemplate(step('standard-reminder-2'), 'letter', 'en', []))).toBe('reminder2-en');
  });

  it('finds the e-mail twin of a letter template for the e-mail channel', () => {
    // standard-reminder-1 names 'reminder-fr' (a letter): the e-mail is 'email-reminder-<lang>'.
    expect(id(stepTemplate(step('standard-reminder-1'), 'email', 'fr', []))).toBe('email-reminder-fr');
    expect(id(stepTemplate(step('standard-reminder-1'), 'email', 'en', []))).toBe('email-reminder-en');
    expect(id(stepTemplate(step('standard-reminder-1'), 'letter', 'en', []))).toBe('reminder-en');
  });

  it("lets the user's edited copy win over the shipped template of the same id", () => {
    const edited: Template = {
      id: 'email-reminder-fr',
      name: 'Rappel (ma version)',
      kind: 'reminder',
      channel: 'email',
      language: 'fr',
      subject: 'Petit rappel',
      body: 'Bonjour,',
    };
    expect(stepTemplate(step('standard-reminder-1'), 'email', 'fr', [edited])).toBe(edited);
    // The English client still gets the shipped English one.
    expect(id(stepTemplate(step('standard-reminder-1'), 'email', 'en', [edited]))).toBe('email-reminder-en');
  });

  it("falls back to the template of the step's kind when the step names none", () => {
    const byPhone: ScenarioStep = { id: 'x', offsetDays: 10, kind: 'last-reminder', channel: 'phone' };
    expect(id(stepTemplate(byPhone, 'letter', 'fr', []))).toBe('last-reminder-fr');
    expect(id(stepTemplate(byPhone, 'email', 'en', []))).toBe('email-last-reminder-en');
  });

  it('returns null when nothing fits (a call, a formal notice by e-mail)', () => {
    expect(stepTemplate(step('strategic-call-1'), 'letter', 'fr', [])).toBeNull();
    expect(stepTemplate(step('standard-formal-notice'), 'email', 'fr', [])).toBeNull();
  });
});
