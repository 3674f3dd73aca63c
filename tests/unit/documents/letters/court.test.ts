import { describe, expect, it } from 'vitest';
import { postcodeAndCity, suggestCourt } from '../../../../renderer/src/domain/court';
import { BIGCO, DUPONT, MARTIN } from './fixtures';

describe('suggestCourt', () => {
  it('a professional debtor goes to the tribunal de commerce of its registered office', () => {
    expect(suggestCourt(DUPONT)).toMatchObject({
      court: 'tribunal-de-commerce',
      cerfa: '12946',
      postcode: '75011',
      city: 'PARIS',
      onlineFiling: true,
      cerfaVersionVerified: false,
      warnings: [],
    });
  });
  it('a consumer goes to the tribunal judiciaire, on paper', () => {
    expect(suggestCourt(MARTIN)).toMatchObject({
      court: 'tribunal-judiciaire',
      cerfa: '12948',
      postcode: '33000',
      city: 'BORDEAUX',
      onlineFiling: false,
    });
  });
  it('reads the town without CEDEX', () => {
    expect(postcodeAndCity(BIGCO.addressLines)).toEqual({ postcode: '69003', city: 'LYON' });
  });
  it('a civil company is not a trader; a public body and insolvency are flagged', () => {
    expect(suggestCourt({ ...DUPONT, legalForm: 'SCI' })).toMatchObject({
      court: 'tribunal-judiciaire',
      warnings: [{ code: 'court.civilDebtor' }],
    });
    expect(suggestCourt({ ...DUPONT, kind: 'public' })).toMatchObject({
      court: 'administrative',
      cerfa: null,
    });
    expect(suggestCourt({ ...DUPONT, insolvency: 'redressement' }).warnings).toContainEqual({
      code: 'court.insolvency',
      params: { procedure: 'redressement' },
    });
    expect(suggestCourt({ ...DUPONT, addressLines: ['Quelque part'] }).warnings).toContainEqual({
      code: 'court.addressWithoutPostcode',
    });
  });
});
