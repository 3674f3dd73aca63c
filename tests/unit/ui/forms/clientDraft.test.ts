import { describe, expect, it } from 'vitest';
import type { Client } from '../../../../renderer/src/domain/model';
import {
  addressSlots,
  clientChanges,
  draftFromClient,
  emptyClientDraft,
  fieldOfRepositoryError,
  validateClientDraft,
  type ClientDraft,
} from '../../../../renderer/src/ui/forms/clientDraft';

function draft(changes: Partial<ClientDraft> = {}): ClientDraft {
  return {
    ...emptyClientDraft(),
    name: 'Menuiserie Lefèvre',
    legalForm: 'SARL',
    siren: '732 829 320',
    address: ['', '', '12 RUE DES LILAS', '', '44000 NANTES'],
    contacts: [
      {
        name: 'Service comptabilité',
        email: 'compta@lefevre.example',
        phone: '02 40 12 34 56',
        role: '',
        billing: true,
        copy: false,
      },
    ],
    ...changes,
  };
}

describe('client draft', () => {
  it('places stored address lines: the last in the postcode slot, the others ending at the street slot', () => {
    expect(addressSlots(['12 RUE DES LILAS', '44000 NANTES'])).toEqual([
      '',
      '',
      '12 RUE DES LILAS',
      '',
      '44000 NANTES',
    ]);
    expect(addressSlots(['SERVICE ACHATS', 'BAT C', '12 RUE DES LILAS', '44000 NANTES'])).toEqual([
      'SERVICE ACHATS',
      'BAT C',
      '12 RUE DES LILAS',
      '',
      '44000 NANTES',
    ]);
    expect(addressSlots([])).toEqual(['', '', '', '', '']);
  });

  it('turns a correct draft into the repository input, identifiers compact, blanks left out', () => {
    expect(
      validateClientDraft(
        draft({ siret: '732 829 320 00009', vatNumber: 'fr 44 732829320', segment: ' BTP ' }),
      ),
    ).toEqual({
      errors: {},
      input: {
        name: 'Menuiserie Lefèvre',
        kind: 'professional',
        legalForm: 'SARL',
        // SIREN 732829320: VAT key (12 + 3 × (732829320 mod 97)) mod 97 = (12 + 3 × 43) mod 97 = 44.
        siren: '732829320',
        siret: '73282932000009',
        vatNumber: 'FR44732829320',
        addressLines: ['12 RUE DES LILAS', '44000 NANTES'],
        contacts: [
          {
            name: 'Service comptabilité',
            email: 'compta@lefevre.example',
            phone: '02 40 12 34 56',
            billing: true,
          },
        ],
        language: 'fr',
        segment: 'BTP',
      },
    });
  });

  it('reads back a stored client unchanged', () => {
    const { input } = validateClientDraft(draft());
    const stored: Client = { ...input!, id: 'c1', createdAt: '2026-01-01T00:00:00.000Z' };
    expect(validateClientDraft(draftFromClient(stored)).input).toEqual(input);
  });

  it('refuses each wrong field with its code, all at once', () => {
    const { errors, input } = validateClientDraft(
      draft({
        name: ' ',
        siren: '732 829 321',
        vatNumber: 'X1',
        country: 'fra',
        contacts: [
          { name: '', email: 'compta@', phone: 'abc', role: '', billing: true, copy: false },
          { name: 'Jean', email: '', phone: '', role: '', billing: true, copy: false },
          { name: '', email: '', phone: '', role: '', billing: false, copy: false },
        ],
      }),
    );
    expect(input).toBeNull();
    expect(errors).toEqual({
      name: { code: 'form.required' },
      siren: { code: 'siren.invalid', params: { value: '732 829 321' } },
      vatNumber: { code: 'vat.invalid', params: { value: 'X1' } },
      country: { code: 'form.countryInvalid', params: { value: 'fra' } },
      'contacts.0.name': { code: 'form.contactNameRequired' },
      'contacts.0.email': { code: 'email.invalid', params: { value: 'compta@' } },
      'contacts.0.phone': { code: 'form.phoneInvalid', params: { value: 'abc' } },
      'contacts.1.email': { code: 'form.billingNeedsEmail' },
    });
  });

  it('checks that the SIRET and the VAT number belong to the SIREN typed', () => {
    const { errors } = validateClientDraft(draft({ siret: '40483304800006', vatNumber: 'FR83404833048' }));
    expect(errors).toEqual({
      siret: { code: 'form.siretNotSiren', params: { siren: '732829320' } },
      vatNumber: { code: 'form.vatNotSiren', params: { expected: 'FR44732829320' } },
    });
  });

  it('puts an address problem on the input it comes from', () => {
    expect(validateClientDraft(draft({ address: ['', '', '', '', ''] })).errors).toEqual({
      'address.4': { code: 'form.addressRequired' },
    });
    const { errors } = validateClientDraft(
      draft({ address: ['', '', '12 RUE DES LILAS', '', '44000 Nantes'] }),
    );
    expect(errors['address.4']?.code).toBe('address.cityNotCapitals');
  });

  it('ignores company identifiers for a consumer and keeps a foreign VAT number as typed', () => {
    const consumer = validateClientDraft(draft({ kind: 'consumer', siren: 'n/a', legalForm: 'SARL' }));
    expect(consumer.errors).toEqual({});
    expect(consumer.input).not.toHaveProperty('siren');
    expect(consumer.input).not.toHaveProperty('legalForm');
    const belgian = validateClientDraft(
      draft({
        siren: '',
        vatNumber: 'BE 0123.456.789',
        country: 'be',
        address: ['', '', 'RUE NEUVE 1', '', '1000 BRUXELLES'],
      }),
    );
    expect(belgian.input).toMatchObject({ vatNumber: 'BE0123456789', country: 'BE' });
  });

  it("puts the repository's refusals next to the field it names, else on top of the form", () => {
    expect(fieldOfRepositoryError({ code: 'email.invalid', params: { field: 'contacts.0.email' } })).toBe(
      'contacts.0.email',
    );
    expect(fieldOfRepositoryError({ code: 'siren.invalid', params: { field: 'siren' } })).toBe('siren');
    expect(fieldOfRepositoryError({ code: 'client.unknownScenario', params: { scenarioId: 'x' } })).toBe(
      'form',
    );
    expect(fieldOfRepositoryError({ code: 'address.lineTooLong', params: { field: 'addressLines.2' } })).toBe(
      'form',
    );
  });

  it('needs the opening date of a collective procedure, typed the French way and not in the future', () => {
    const today = '2026-03-31';
    expect(validateClientDraft(draft({ insolvency: 'redressement' }), today).errors).toEqual({
      insolvencyOpenedOn: { code: 'form.insolvencyDateRequired' },
    });
    expect(
      validateClientDraft(draft({ insolvency: 'redressement', insolvencyOpenedOn: '31/02/2026' }), today)
        .errors.insolvencyOpenedOn?.code,
    ).toBe('date.impossible');
    expect(
      validateClientDraft(draft({ insolvency: 'redressement', insolvencyOpenedOn: '01/04/2026' }), today)
        .errors,
    ).toEqual({ insolvencyOpenedOn: { code: 'form.insolvencyDateFuture' } });
    const ok = validateClientDraft(
      draft({ insolvency: 'redressement', insolvencyOpenedOn: '16/03/2026' }),
      today,
    );
    expect(ok.errors).toEqual({});
    expect(ok.input).toMatchObject({ insolvency: 'redressement', insolvencyOpenedOn: '2026-03-16' });
    // read back as typed
    const stored: Client = { ...ok.input!, id: 'c1', createdAt: '2026-01-01T00:00:00.000Z' };
    expect(draftFromClient(stored)).toMatchObject({
      insolvency: 'redressement',
      insolvencyOpenedOn: '16/03/2026',
    });
  });

  it('keeps no procedure when "none" is chosen, nor for a consumer; an edit clears what was emptied', () => {
    const none = validateClientDraft(draft({ insolvency: '', insolvencyOpenedOn: '16/03/2026' }));
    expect(none.input).not.toHaveProperty('insolvency');
    const consumer = validateClientDraft(draft({ kind: 'consumer', insolvency: 'liquidation' }));
    expect(consumer.errors).toEqual({});
    expect(consumer.input).not.toHaveProperty('insolvency');
    const changes = clientChanges(none.input!);
    expect(Object.keys(changes)).toEqual(
      expect.arrayContaining(['insolvency', 'insolvencyOpenedOn', 'notes']),
    );
    expect(changes.insolvency).toBeUndefined();
    expect(changes.name).toBe('Menuiserie Lefèvre');
  });

  it('puts a refused opening date next to its input', () => {
    expect(fieldOfRepositoryError({ code: 'date.invalid', params: { field: 'insolvencyOpenedOn' } })).toBe(
      'insolvencyOpenedOn',
    );
  });
});
