import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPANY_SETTINGS } from '../../../../renderer/src/domain/companySettings';
import type { CompanySettings } from '../../../../renderer/src/domain/model';
import {
  draftFromPolicy,
  parseBounds,
  parsePolicyDraft,
  type PolicyDraft,
} from '../../../../renderer/src/ui/settings/policyDraft';

const BASE: CompanySettings = { ...DEFAULT_COMPANY_SETTINGS, name: 'Atelier Martin' };
const zones = (tz: string) => ['Europe/Paris', 'America/Martinique'].includes(tz);
const draft = (changes: Partial<PolicyDraft> = {}): PolicyDraft => ({
  ...draftFromPolicy(BASE, 'fr'),
  ...changes,
});

describe('policy draft', () => {
  it('shows the stored settings as the French user reads them', () => {
    expect(draftFromPolicy({ ...BASE, contractualRate: 1215, tolerance: 150_000 }, 'fr')).toMatchObject({
      paymentTermsDays: '30',
      contractualRate: '12,15',
      fixedIndemnity: '40,00',
      // 150 000 cents = 1 500,00 € (a narrow no-break space groups the thousands)
      tolerance: expect.stringMatching(/^1\s500,00$/),
      agingBounds: '30, 60, 90',
      envelope: { leftMm: '110', topMm: '50', widthMm: '85', heightMm: '33' },
      formalNoticeDeadlineDays: '8',
    });
    expect(draftFromPolicy(BASE, 'en').contractualRate).toBe('');
  });

  it('parses a complete draft into the settings', () => {
    const r = parsePolicyDraft(
      BASE,
      draft({
        paymentTermsDays: ' 45 ',
        contractualRate: '12,15 %', // 1215 bp
        fixedIndemnity: '40', // 4 000 cents
        tolerance: '5,50', // 550 cents
        minDaysBetweenActions: '10',
        agingBounds: '15; 30 60,90',
        envelope: { leftMm: '20', topMm: '45,5', widthMm: '95', heightMm: '45' },
        formalNoticeDeadlineDays: '15',
        schedulerTime: '07:05',
        timeZone: 'America/Martinique',
      }),
      zones,
    );
    expect(r).toEqual({
      ok: true,
      settings: {
        ...BASE,
        paymentTermsDays: 45,
        contractualRate: 1215,
        fixedIndemnity: 4000,
        tolerance: 550,
        minDaysBetweenActions: 10,
        agingBuckets: { bounds: [15, 30, 60, 90] },
        envelope: { leftMm: 20, topMm: 45.5, widthMm: 95, heightMm: 45 },
        formalNoticeDeadlineDays: 15,
        schedulerTime: '07:05',
        timeZone: 'America/Martinique',
      },
    });
    // An empty rate is the legal default (ECB + 10 points): stored as null.
    const legal = parsePolicyDraft({ ...BASE, contractualRate: 900 }, draft({ contractualRate: ' ' }), zones);
    expect(legal.ok && legal.settings.contractualRate).toBeNull();
  });

  it('refuses every wrong field at once, each with its code', () => {
    const r = parsePolicyDraft(
      BASE,
      draft({
        paymentTermsDays: '30,5',
        contractualRate: '100,01', // 10 001 bp > 100 %
        fixedIndemnity: '1 000,01', // 100 001 cents > 1 000,00 €
        tolerance: 'cinq',
        minDaysBetweenActions: '61',
        agingBounds: '30, 60, 45',
        envelope: { leftMm: 'x', topMm: '281', widthMm: '85', heightMm: '33' },
        schedulerTime: '24:00',
        timeZone: 'Paris',
      }),
      zones,
    );
    expect(r).toEqual({
      ok: false,
      errors: {
        paymentTermsDays: {
          code: 'settings.policy.wholeNumber',
          params: { value: '30,5', min: 0, max: 365 },
        },
        contractualRate: { code: 'settings.policy.rateTooHigh', params: { value: '100,01' } },
        fixedIndemnity: { code: 'money.tooLarge', params: { value: '1 000,01' } },
        tolerance: { code: 'money.invalid', params: { value: 'cinq' } },
        minDaysBetweenActions: {
          code: 'settings.policy.outOfRange',
          params: { value: '61', min: 0, max: 60 },
        },
        agingBounds: { code: 'aging.boundsNotIncreasing', params: { value: 45 } },
        'envelope.leftMm': { code: 'settings.policy.notANumber', params: { value: 'x' } },
        'envelope.topMm': { code: 'settings.policy.outOfRange', params: { value: '281', min: 0, max: 280 } },
        schedulerTime: { code: 'settings.policy.timeInvalid', params: { value: '24:00' } },
        timeZone: { code: 'settings.policy.timeZoneInvalid', params: { value: 'Paris' } },
      },
    });
  });

  it('reads the envelope window in French decimals only, not as JavaScript numbers', () => {
    const envelope = (leftMm: string) =>
      parsePolicyDraft(
        BASE,
        draft({ envelope: { leftMm, topMm: '50', widthMm: '85', heightMm: '33' } }),
        zones,
      );
    // "52,5" mm = 52.5; " 110 " is trimmed; "52.5" is what the draft shows for a stored 52.5.
    for (const [text, mm] of [
      ['110', 110],
      ['52,5', 52.5],
      [' 110 ', 110],
      ['52.5', 52.5],
    ] as const) {
      const r = envelope(text);
      expect(r.ok && r.settings.envelope.leftMm).toBe(mm);
    }
    // Number() reads "0x10" as 16, "1e2" as 100, "+5" as 5, "0b1" as 1; the rest are not one decimal either.
    for (const text of ['0x10', '1e2', '1E2', '+5', '', 'Infinity', '1 10', '5,', ',5', '1,2,3', '0b1']) {
      const r = envelope(text);
      expect(!r.ok && r.errors['envelope.leftMm']).toEqual({
        code: 'settings.policy.notANumber',
        params: { value: text },
      });
    }
  });

  it('says which aging bound is not a number, and caps the buckets at eight', () => {
    expect(parseBounds('30, 6O, 90')).toEqual({ bounds: [30, 90], bad: '6O' });
    const bad = parsePolicyDraft(BASE, draft({ agingBounds: '30, 6O' }), zones);
    expect(!bad.ok && bad.errors.agingBounds).toEqual({
      code: 'aging.boundInvalid',
      params: { value: '6O' },
    });
    const empty = parsePolicyDraft(BASE, draft({ agingBounds: ' ' }), zones);
    expect(!empty.ok && empty.errors.agingBounds).toEqual({ code: 'aging.boundsEmpty' });
    const many = parsePolicyDraft(BASE, draft({ agingBounds: '10 20 30 40 50 60 70 80 90' }), zones);
    expect(!many.ok && many.errors.agingBounds).toEqual({
      code: 'settings.policy.tooManyBuckets',
      params: { max: 8 },
    });
  });

  it('gives back the same settings when nothing was changed (the formatted amounts parse again)', () => {
    const stored = { ...BASE, contractualRate: 1215, tolerance: 150_000 };
    expect(parsePolicyDraft(stored, draftFromPolicy(stored, 'fr'), zones)).toEqual({
      ok: true,
      settings: stored,
    });
  });

  it('refuses a negative payment term', () => {
    const r = parsePolicyDraft(BASE, draft({ paymentTermsDays: '-5' }), zones);
    expect(!r.ok && r.errors.paymentTermsDays).toEqual({
      code: 'settings.policy.outOfRange',
      params: { value: '-5', min: 0, max: 365 },
    });
  });
});
