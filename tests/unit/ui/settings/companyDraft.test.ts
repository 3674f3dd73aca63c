import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPANY_SETTINGS } from '../../../../renderer/src/domain/companySettings';
import type { CompanySettings } from '../../../../renderer/src/domain/model';
import {
  addressLinesOf,
  applyCompanyDraft,
  draftFromSettings,
  validateCompanyDraft,
  vatFromSiren,
  type CompanyDraft,
} from '../../../../renderer/src/ui/settings/companyDraft';

const SETTINGS: CompanySettings = {
  ...DEFAULT_COMPANY_SETTINGS,
  name: 'Atelier Martin',
  legalForm: 'SARL',
  siren: '732829320',
  // SIREN 732829320: 732829320 mod 97 = 43; key = (12 + 3 × 43) mod 97 = 141 mod 97 = 44.
  vatNumber: 'FR44732829320',
  addressLines: ['8 RUE DU PORT', 'BATIMENT B', '69002 LYON'],
  city: 'Lyon',
  email: 'compta@atelier-martin.example',
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPP',
};

const draft = (changes: Partial<CompanyDraft> = {}): CompanyDraft => ({
  ...draftFromSettings(SETTINGS),
  ...changes,
});

describe('company draft', () => {
  it('splits the stored address into street lines and "postcode CITY", and shows the IBAN in groups of four', () => {
    expect(draftFromSettings(SETTINGS)).toMatchObject({
      address1: '8 RUE DU PORT',
      address2: 'BATIMENT B',
      postcodeCity: '69002 LYON',
      iban: 'FR76 3000 6000 0112 3456 7890 189',
    });
    expect(draftFromSettings({ ...SETTINGS, addressLines: [], iban: '' })).toMatchObject({
      address1: '',
      address2: '',
      postcodeCity: '',
      iban: '',
    });
  });

  it('accepts the settings as they are, and an empty optional field', () => {
    expect(validateCompanyDraft(draft())).toEqual({});
    expect(validateCompanyDraft(draft({ siren: '', vatNumber: '', email: '', iban: '', bic: '' }))).toEqual(
      {},
    );
  });

  it('refuses each wrong field with its code', () => {
    expect(validateCompanyDraft(draft({ name: '  ' }))).toEqual({
      name: { code: 'settings.company.nameRequired' },
    });
    // Luhn: 732829321 fails the check digit.
    expect(validateCompanyDraft(draft({ siren: '732 829 321', vatNumber: '' }))).toEqual({
      siren: { code: 'siren.invalid', params: { value: '732 829 321' } },
    });
    expect(validateCompanyDraft(draft({ vatNumber: 'FR45732829320' }))).toEqual({
      vatNumber: { code: 'vat.invalid', params: { value: 'FR45732829320' } },
    });
    // A valid number, but of another company (SIREN 404833048: key (12 + 3 × 56) mod 97 = 83).
    expect(validateCompanyDraft(draft({ vatNumber: 'FR83404833048' }))).toEqual({
      vatNumber: { code: 'settings.company.vatNotSiren' },
    });
    expect(validateCompanyDraft(draft({ postcodeCity: '69002 Lyon' }))).toEqual({
      postcodeCity: { code: 'address.cityNotCapitals', params: { line: 3, value: '69002 Lyon' } },
    });
    expect(validateCompanyDraft(draft({ email: 'compta@' })).email?.code).toBe('email.invalid');
    expect(validateCompanyDraft(draft({ iban: 'FR76 3000 6000 0112 3456 7890 188' })).iban?.code).toBe(
      'iban.invalid',
    );
    expect(validateCompanyDraft(draft({ bic: 'AGRI FR' }))).toEqual({
      bic: { code: 'settings.company.bicInvalid', params: { value: 'AGRI FR' } },
    });
  });

  it('stores identifiers compact and upper-case, and keeps the other settings', () => {
    const applied = applyCompanyDraft(
      { ...SETTINGS, logoDataUrl: 'data:image/png;base64,AAAA' },
      draft({
        siren: '732 829 320',
        vatNumber: 'fr 44 732 829 320',
        iban: 'fr76 3000 6000 0112 3456 7890 189',
        bic: 'agri frpp',
        address2: '  ',
        logoDataUrl: undefined,
      }),
    );
    expect(applied).toMatchObject({
      siren: '732829320',
      vatNumber: 'FR44732829320',
      iban: 'FR7630006000011234567890189',
      bic: 'AGRIFRPP',
      addressLines: ['8 RUE DU PORT', '69002 LYON'],
      paymentTermsDays: 30,
    });
    expect('logoDataUrl' in applied).toBe(false);
  });

  it('offers the VAT number only for a valid SIREN', () => {
    expect(vatFromSiren('732829320')).toBe('FR44732829320');
    expect(vatFromSiren('732829321')).toBeNull();
    expect(addressLinesOf(draft({ address1: '', address2: '' }))).toEqual(['69002 LYON']);
  });
});
