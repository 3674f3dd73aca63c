/**
 * "Conditions et pénalités" as typed: days, amounts, a percentage, the aging buckets
 * ("30, 60, 90"), the envelope window in millimetres and the scheduler's hour. Parsed
 * to the stored settings only when everything is right.
 */
import { validateAgingBounds } from '../../domain/aging';
import type { CompanySettings, EnvelopeWindow, Language } from '../../domain/model';
import { formatAmount, parseMoney } from '../../domain/money';
import type { DomainError } from '../../domain/result';
import { parsePercent, percentInput } from './percent';

export interface PolicyDraft {
  paymentTermsDays: string;
  /** empty = the legal default (ECB + 10 points) */
  contractualRate: string;
  fixedIndemnity: string;
  formalNoticeDeadlineDays: '8' | '15';
  tolerance: string;
  minDaysBetweenActions: string;
  agingBounds: string;
  envelope: Record<keyof EnvelopeWindow, string>;
  schedulerTime: string;
  timeZone: string;
  startAtLogin: boolean;
  showTray: boolean;
}

export type PolicyField = Exclude<keyof PolicyDraft, 'envelope'> | `envelope.${keyof EnvelopeWindow}`;
export type PolicyErrors = Partial<Record<PolicyField, DomainError>>;

export const ENVELOPE_FIELDS: readonly (keyof EnvelopeWindow)[] = ['leftMm', 'topMm', 'widthMm', 'heightMm'];
// The limits of the stored settings' schema (domain/companySettings.ts).
const ENVELOPE_LIMITS: Record<keyof EnvelopeWindow, [number, number]> = {
  leftMm: [0, 200],
  topMm: [0, 280],
  widthMm: [20, 200],
  heightMm: [10, 120],
};

export function draftFromPolicy(s: CompanySettings, lang: Language): PolicyDraft {
  return {
    paymentTermsDays: String(s.paymentTermsDays),
    contractualRate: s.contractualRate === null ? '' : percentInput(s.contractualRate, lang),
    fixedIndemnity: formatAmount(s.fixedIndemnity, lang),
    formalNoticeDeadlineDays: s.formalNoticeDeadlineDays === 15 ? '15' : '8',
    tolerance: formatAmount(s.tolerance, lang),
    minDaysBetweenActions: String(s.minDaysBetweenActions),
    agingBounds: s.agingBuckets.bounds.join(', '),
    envelope: {
      leftMm: String(s.envelope.leftMm),
      topMm: String(s.envelope.topMm),
      widthMm: String(s.envelope.widthMm),
      heightMm: String(s.envelope.heightMm),
    },
    schedulerTime: s.schedulerTime,
    timeZone: s.timeZone,
    startAtLogin: s.startAtLogin,
    showTray: s.showTray,
  };
}

/** "30, 60, 90" or "30 60 90" or "30;60;90" → [30, 60, 90]; `bad` is the first piece that is not a whole number. */
export function parseBounds(text: string): { bounds: number[]; bad: string | null } {
  const pieces = text.split(/[\s,;]+/).filter((p) => p !== '');
  const bad = pieces.find((p) => !/^\d+$/.test(p)) ?? null;
  return { bounds: pieces.filter((p) => /^\d+$/.test(p)).map(Number), bad };
}

function wholeDays(text: string, min: number, max: number): number | DomainError {
  const t = text.trim();
  if (!/^-?\d+$/.test(t)) return { code: 'settings.policy.wholeNumber', params: { value: text, min, max } };
  const n = Number(t);
  if (n < min || n > max) return { code: 'settings.policy.outOfRange', params: { value: text, min, max } };
  return n;
}

/**
 * Digits with at most one decimal separator: "110", "52,5" (and "52.5", which the draft
 * itself shows for a stored 52.5). Number() alone would also take "0x10", "1e2" or
 * "Infinity", which no one means as a distance on an envelope.
 */
const DECIMAL = /^\d+(?:[,.]\d+)?$/;

function millimetres(text: string, min: number, max: number): number | DomainError {
  const t = text.trim();
  if (!DECIMAL.test(t)) return { code: 'settings.policy.notANumber', params: { value: text } };
  const n = Number(t.replace(',', '.'));
  if (n < min || n > max) return { code: 'settings.policy.outOfRange', params: { value: text, min, max } };
  return n;
}

const isError = (v: unknown): v is DomainError => typeof v === 'object' && v !== null && 'code' in v;

export type PolicyResult = { ok: true; settings: CompanySettings } | { ok: false; errors: PolicyErrors };

export function parsePolicyDraft(
  base: CompanySettings,
  d: PolicyDraft,
  validTimeZone: (tz: string) => boolean,
): PolicyResult {
  const errors: PolicyErrors = {};
  const take = <T>(field: PolicyField, v: T | DomainError): T | undefined => {
    if (isError(v)) {
      errors[field] = v;
      return undefined;
    }
    return v;
  };

  const paymentTermsDays = take('paymentTermsDays', wholeDays(d.paymentTermsDays, 0, 365));
  let contractualRate: number | null = null;
  if (d.contractualRate.trim() !== '') {
    const r = parsePercent(d.contractualRate);
    if (!r.ok) errors.contractualRate = r.error;
    else if (r.value > 10000)
      errors.contractualRate = { code: 'settings.policy.rateTooHigh', params: { value: d.contractualRate } };
    else contractualRate = r.value;
  }
  const money = (field: PolicyField, text: string, max: number): number | undefined => {
    const r = parseMoney(text);
    if (!r.ok) {
      errors[field] = r.error;
      return undefined;
    }
    if (r.value > max) {
      errors[field] = { code: 'money.tooLarge', params: { value: text } };
      return undefined;
    }
    return r.value;
  };
  const fixedIndemnity = money('fixedIndemnity', d.fixedIndemnity, 100_000);
  const tolerance = money('tolerance', d.tolerance, 1_000_000);
  const minDays = take('minDaysBetweenActions', wholeDays(d.minDaysBetweenActions, 0, 60));
  const { bounds, bad } = parseBounds(d.agingBounds);
  const boundError =
    bad !== null ? { code: 'aging.boundInvalid', params: { value: bad } } : validateAgingBounds(bounds)[0];
  if (boundError) errors.agingBounds = boundError;
  else if (bounds.length > 8)
    errors.agingBounds = { code: 'settings.policy.tooManyBuckets', params: { max: 8 } };
  const envelope: Partial<EnvelopeWindow> = {};
  for (const f of ENVELOPE_FIELDS) {
    const [min, max] = ENVELOPE_LIMITS[f];
    envelope[f] = take(`envelope.${f}`, millimetres(d.envelope[f], min, max));
  }
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(d.schedulerTime))
    errors.schedulerTime = { code: 'settings.policy.timeInvalid', params: { value: d.schedulerTime } };
  if (!validTimeZone(d.timeZone))
    errors.timeZone = { code: 'settings.policy.timeZoneInvalid', params: { value: d.timeZone } };

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      ...base,
      paymentTermsDays: paymentTermsDays!,
      contractualRate,
      fixedIndemnity: fixedIndemnity!,
      formalNoticeDeadlineDays: d.formalNoticeDeadlineDays === '15' ? 15 : 8,
      tolerance: tolerance!,
      minDaysBetweenActions: minDays!,
      agingBuckets: { bounds },
      envelope: envelope as EnvelopeWindow,
      schedulerTime: d.schedulerTime,
      timeZone: d.timeZone,
      startAtLogin: d.startAtLogin,
      showTray: d.showTray,
    },
  };
}
