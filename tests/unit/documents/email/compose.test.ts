import { describe, expect, it } from 'vitest';
import { composeEmail, recipientsOf } from '../../../../renderer/src/documents/email/compose';
import type { Client, Template } from '../../../../renderer/src/domain/model';
import { header, readEml } from './readEml';

const client: Client = {
  id: 'c1',
  name: 'Dupont SARL',
  kind: 'professional',
  addressLines: ['12 rue des Lilas', '75011 PARIS'],
  contacts: [
    { name: 'Hélène Martin', email: 'helene.martin@dupont-sarl.fr', billing: true },
    { name: 'Paul Dupont', email: 'paul@dupont-sarl.fr', copy: true },
    { name: 'Standard', phone: '01 00 00 00 00', copy: true },
    { name: 'Hélène (copie)', email: 'HELENE.MARTIN@dupont-sarl.fr', copy: true },
  ],
  language: 'fr',
  createdAt: '2026-01-05T09:00:00.000Z',
};

const template: Template = {
  id: 'email-reminder-fr',
  name: 'Relance e-mail',
  kind: 'reminder',
  channel: 'email',
  language: 'fr',
  subject: 'Relance : facture n° {{factures.liste}} — échéance dépassée',
  body: 'Bonjour {{client.contact}},\n\nSauf erreur de notre part :\n{{factures.tableau}}\n\nN° LRAR : {{lrar.numero}}\n{{inconnu}}\n\nCordialement,\n{{signataire.nom}}',
};

describe('composeEmail', () => {
  it('writes To from the billing contacts, Cc from the copied ones, and both outputs agree', () => {
    const r = composeEmail({
      template,
      client,
      context: {
        values: {
          'factures.liste': 'FA-2026-001',
          'client.contact': 'Mme Martin',
          'signataire.nom': 'Claire Durand',
        },
      },
      blocks: { 'factures.tableau': '- FA-2026-001 du 02/10/2026 : 1 234,56 €' },
      from: { name: 'Atelier Lumière', address: 'compta@atelier-lumiere.fr' },
      attachments: [
        { fileName: 'FA-2026-001.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) },
      ],
      date: new Date(Date.UTC(2026, 10, 27, 8, 30)),
    });
    if (!r.ok) throw new Error(r.error.code);
    const v = r.value;
    expect(v.subject).toBe('Relance : facture n° FA-2026-001 — échéance dépassée');
    expect(v.body).toBe(
      'Bonjour Mme Martin,\n\nSauf erreur de notre part :\n- FA-2026-001 du 02/10/2026 : 1 234,56 €\n\nN° LRAR : […]\n{{inconnu}}\n\nCordialement,\nClaire Durand',
    );
    expect(v.missing).toEqual(['lrar.numero']);
    expect(v.unknown).toEqual(['inconnu']);
    expect(
      v.mailto.url.startsWith('mailto:helene.martin@dupont-sarl.fr?cc=paul@dupont-sarl.fr&subject='),
    ).toBe(true);
    const eml = readEml(v.eml);
    expect(header(eml, 'To')).toEqual(['Hélène Martin <helene.martin@dupont-sarl.fr>']);
    expect(header(eml, 'Cc')).toEqual(['Paul Dupont <paul@dupont-sarl.fr>']);
    expect(header(eml, 'Subject')).toEqual([v.subject]);
    expect(eml.attachments.map((a) => a.fileName)).toEqual(['FA-2026-001.pdf']);
  });

  it('returns errors as values: no billing e-mail, invalid address, letter template', () => {
    const base = { template, context: { values: {} }, attachments: [], date: new Date(0) };
    const noBilling = composeEmail({
      ...base,
      client: { ...client, contacts: [{ name: 'X', email: 'x@y.fr', copy: true }] },
    });
    expect(noBilling).toEqual({
      ok: false,
      error: { code: 'email.to.empty', params: { client: 'Dupont SARL' } },
    });
    const bad = composeEmail({
      ...base,
      client: { ...client, contacts: [{ name: 'X', email: 'x@y.fr\nBcc: z@evil.test', billing: true }] },
    });
    expect(bad.ok === false && bad.error.code).toBe('email.address.invalid');
    const letter = composeEmail({ ...base, client, template: { ...template, channel: 'letter' } });
    expect(letter.ok === false && letter.error.code).toBe('email.template.notEmail');
  });

  it('recipientsOf skips contacts without e-mail and duplicates', () => {
    expect(recipientsOf(client).cc.map((m) => m.address)).toEqual(['paul@dupont-sarl.fr']);
  });
});
