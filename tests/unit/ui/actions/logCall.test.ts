import { describe, expect, it } from 'vitest';
import type { Client } from '../../../../renderer/src/domain/model';
import { logCall, phoneNumbersOf } from '../../../../renderer/src/ui/actions';
import { account, CLIENT_ID, INVOICE_ID, proposedSteps, target, TODAY } from './fixtures';

describe('logCall', () => {
  it('writes a call line with the outcome and the note, and leaves the step to do when the call was not the step', async () => {
    const db = await account();
    const r = await logCall(db, {
      target: target('standard-reminder-1'),
      today: TODAY,
      outcomeLabel: 'Message laissé ',
      note: ' Rappeler vendredi ',
      completeStep: false,
    });
    expect(r).toEqual({
      ok: true,
      value: {
        callEntry: {
          id: 'id-1',
          clientId: CLIENT_ID,
          invoiceIds: [INVOICE_ID],
          date: TODAY,
          at: '2026-11-27T09:00:00.000Z',
          type: 'call',
          scenarioId: 'standard',
          stepId: 'standard-reminder-1',
          stepKind: 'reminder',
          channel: 'phone',
          note: 'Message laissé — Rappeler vendredi',
        },
        stepEntry: null,
      },
    });
    expect(await proposedSteps(db, TODAY)).toEqual(['standard-reminder-1']);
  });

  it('records the phone step done when the call took place', async () => {
    const db = await account();
    const r = await logCall(db, {
      target: target('strategic-call-1', 'strategic'),
      today: TODAY,
      outcomeLabel: 'Interlocuteur joint',
      note: '',
      completeStep: true,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.callEntry.note).toBe('Interlocuteur joint');
    expect(r.value.stepEntry).toMatchObject({
      id: 'id-2',
      type: 'step',
      outcome: 'done',
      stepId: 'strategic-call-1',
      channel: 'phone',
      note: 'Interlocuteur joint',
    });
  });

  it('writes no note when there is nothing to say', async () => {
    const db = await account();
    const r = await logCall(db, {
      target: target('standard-reminder-1'),
      today: TODAY,
      outcomeLabel: ' ',
      note: '',
      completeStep: false,
    });
    expect(r.ok && 'note' in r.value.callEntry).toBe(false);
  });

  it('refuses a call for a client that is gone', async () => {
    const db = await account();
    const r = await logCall(db, {
      target: { ...target('standard-reminder-1'), clientId: 'client-gone', invoiceIds: [] },
      today: TODAY,
      outcomeLabel: 'Joint',
      note: '',
      completeStep: true,
    });
    expect(r).toEqual({ ok: false, error: { code: 'journal.unknownClient' } });
    expect(await db.journal.count()).toBe(0);
  });
});

describe('phoneNumbersOf', () => {
  const client = (contacts: Client['contacts']): Client => ({
    id: 'c',
    name: 'Menuiserie Lefèvre',
    kind: 'professional',
    addressLines: [],
    contacts,
    language: 'fr',
    createdAt: '2026-01-01T00:00:00.000Z',
  });

  it('lists the billing contacts first, with a dialable tel: link', () => {
    const numbers = phoneNumbersOf(
      client([
        { name: 'Jean Lefèvre', role: 'Gérant', phone: '02 40 00 00 01' },
        { name: 'Sans téléphone', email: 'x@example.fr' },
        { name: 'Comptabilité', phone: '02.40.12.34.56', billing: true },
      ]),
    );
    expect(numbers).toEqual([
      { contact: 'Comptabilité', number: '02.40.12.34.56', href: 'tel:0240123456' },
      { contact: 'Jean Lefèvre', role: 'Gérant', number: '02 40 00 00 01', href: 'tel:0240000001' },
    ]);
  });

  it('drops the "(0)" of an international number written the French way', () => {
    // "+33 (0)2 40 12 34 56" is dialled +33 2 40 12 34 56: the 0 is only for calls from France.
    const [n] = phoneNumbersOf(client([{ name: 'Comptabilité', phone: '+33 (0)2 40 12 34 56' }]));
    expect(n?.href).toBe('tel:+33240123456');
  });

  it('offers no link for a phone field without digits', () => {
    expect(phoneNumbersOf(client([{ name: 'A', phone: 'voir le standard' }]))).toEqual([]);
  });
});
