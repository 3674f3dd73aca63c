import { describe, expect, it } from 'vitest';
import { listClientJournal } from '../../../../renderer/src/db/journal';
import { DEFAULT_SCENARIOS } from '../../../../renderer/src/domain/scenarios';
import { jumpToStep, laterSteps, recordStepOutcome } from '../../../../renderer/src/ui/actions';
import { account, CLIENT_ID, INVOICE_ID, proposedSteps, step, target, TODAY } from './fixtures';

const STANDARD = DEFAULT_SCENARIOS.find((s) => s.id === 'standard')!.steps;

/*
 * FA-2026-0042 is due on 31 Oct. On 27 Nov it is 27 days late: the pre-reminder (-5) is
 * past its use, so the engine proposes the first reminder (+2, due since 2 Nov).
 */
describe('recordStepOutcome', () => {
  it('starts from the first reminder for an untouched invoice', async () => {
    expect(await proposedSteps(await account(), TODAY)).toEqual(['standard-reminder-1']);
  });

  it("'done' writes the step line and the engine moves on (the next letter waits 7 days: 27 Nov + 7 = 4 Dec)", async () => {
    const db = await account();
    const r = await recordStepOutcome(db, target('standard-reminder-1'), TODAY, 'done', {
      note: '  Relance envoyée  ',
    });
    expect(r).toEqual({
      ok: true,
      value: {
        id: 'id-1',
        clientId: CLIENT_ID,
        invoiceIds: [INVOICE_ID],
        date: TODAY,
        at: '2026-11-27T09:00:00.000Z',
        type: 'step',
        scenarioId: 'standard',
        stepId: 'standard-reminder-1',
        stepKind: 'reminder',
        channel: 'email',
        outcome: 'done',
        note: 'Relance envoyée',
      },
    });
    expect(await proposedSteps(db, TODAY)).toEqual([]);
    expect(await proposedSteps(db, '2026-12-03')).toEqual([]);
    // Second reminder: due since 31 Oct + 15 = 15 Nov, held by spacing until 4 Dec.
    expect(await proposedSteps(db, '2026-12-04')).toEqual(['standard-reminder-2']);
  });

  it("'postponed' keeps the step but hides it until the chosen date", async () => {
    const db = await account();
    const r = await recordStepOutcome(db, target('standard-reminder-1'), TODAY, 'postponed', {
      postponedTo: '2026-12-01',
    });
    expect(r.ok && r.value).toMatchObject({
      outcome: 'postponed',
      postponedTo: '2026-12-01',
      stepId: 'standard-reminder-1',
    });
    expect(await proposedSteps(db, TODAY)).toEqual([]);
    expect(await proposedSteps(db, '2026-11-30')).toEqual([]);
    expect(await proposedSteps(db, '2026-12-01')).toEqual(['standard-reminder-1']);
  });

  it("'skipped' moves on at once: a skipped step is not a contact for the spacing rule", async () => {
    const db = await account();
    const r = await recordStepOutcome(db, target('standard-reminder-1'), TODAY, 'skipped');
    expect(r.ok && r.value).toMatchObject({ outcome: 'skipped', stepId: 'standard-reminder-1' });
    expect(r.ok && 'postponedTo' in r.value).toBe(false);
    expect(await proposedSteps(db, TODAY)).toEqual(['standard-reminder-2']);
  });

  it('refuses a postponement to today or before, and writes nothing', async () => {
    const db = await account();
    for (const postponedTo of [undefined, TODAY, '2026-11-20']) {
      const r = await recordStepOutcome(db, target('standard-reminder-1'), TODAY, 'postponed', {
        ...(postponedTo ? { postponedTo } : {}),
      });
      expect(r).toEqual({ ok: false, error: { code: 'action.postponeInPast' } });
    }
    expect(await db.journal.count()).toBe(0);
  });

  it('stores a registered number compact, and refuses a wrong one', async () => {
    const db = await account();
    const ok = await recordStepOutcome(db, target('standard-formal-notice'), TODAY, 'done', {
      registered: { number: ' 1a 123 456 7890 1 ', depositDate: TODAY },
    });
    expect(ok.ok && ok.value.registered).toEqual({ number: '1A12345678901', depositDate: TODAY });

    const bad = await recordStepOutcome(db, target('standard-formal-notice'), TODAY, 'done', {
      registered: { number: '1A 123' },
    });
    expect(bad).toEqual({
      ok: false,
      error: { code: 'action.registeredInvalid', params: { value: '1A 123' } },
    });

    // A blank number is left out: the label may be stuck on the receipt later.
    const blank = await recordStepOutcome(db, target('standard-formal-notice'), TODAY, 'done', {
      registered: { number: '  ' },
    });
    expect(blank.ok && 'registered' in blank.value).toBe(false);
  });
});

describe('jumpToStep', () => {
  it('records every step from the current one up to the chosen one as skipped', async () => {
    const db = await account();
    const r = await jumpToStep(db, target('standard-reminder-1'), STANDARD, 'standard-formal-notice', TODAY);
    expect(r.ok && r.value.map((e) => [e.stepId, e.outcome, e.date])).toEqual([
      ['standard-reminder-1', 'skipped', TODAY],
      ['standard-reminder-2', 'skipped', TODAY],
      ['standard-last-reminder', 'skipped', TODAY],
    ]);
    expect((await listClientJournal(db, CLIENT_ID)).map((e) => e.stepId)).toEqual([
      'standard-reminder-1',
      'standard-reminder-2',
      'standard-last-reminder',
    ]);
    // Formal notice: 31 Oct + 30 = 30 Nov; nothing before, then it is the step proposed.
    expect(await proposedSteps(db, '2026-11-29')).toEqual([]);
    expect(await proposedSteps(db, '2026-11-30')).toEqual(['standard-formal-notice']);
  });

  it('refuses to jump to the current step, backwards, or to a step of another plan', async () => {
    const db = await account();
    for (const to of ['standard-reminder-1', 'standard-pre-reminder', 'strategic-call-1']) {
      expect(await jumpToStep(db, target('standard-reminder-1'), STANDARD, to, TODAY)).toEqual({
        ok: false,
        error: { code: 'action.jumpNotAhead' },
      });
    }
    expect(await db.journal.count()).toBe(0);
  });

  it('lists the later steps in offset order', () => {
    expect(laterSteps(STANDARD, step('standard-last-reminder')).map((s) => s.id)).toEqual([
      'standard-formal-notice',
      'standard-court-file',
    ]);
    expect(laterSteps(STANDARD, step('strategic-call-1'))).toEqual([]);
  });
});
