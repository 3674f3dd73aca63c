import { z } from 'zod';
import type { CompanySettings } from './model';

/**
 * The company settings as stored (electron-store / localStorage): parsed at the edge,
 * so a hand-edited or older settings file falls back field by field to the defaults
 * instead of breaking the app.
 */
export const DEFAULT_COMPANY_SETTINGS: CompanySettings = {
  name: '',
  legalForm: '',
  siren: '',
  vatNumber: '',
  addressLines: [],
  city: '',
  email: '',
  phone: '',
  iban: '',
  bic: '',
  signatoryName: '',
  signatoryTitle: '',
  paymentTermsDays: 30,
  contractualRate: null,
  fixedIndemnity: 4000,
  agingBuckets: { bounds: [30, 60, 90] },
  tolerance: 500,
  minDaysBetweenActions: 7,
  formalNoticeDeadlineDays: 8,
  // DL window envelope, window on the right (LEGAL.md §8, configurable)
  envelope: { leftMm: 110, topMm: 50, widthMm: 85, heightMm: 33 },
  schedulerTime: '08:30',
  timeZone: 'Europe/Paris',
  startAtLogin: false,
  showTray: false,
};

const d = DEFAULT_COMPANY_SETTINGS;

export const companySettingsSchema = z.object({
  name: z.string().max(200).catch(d.name),
  legalForm: z.string().max(100).catch(d.legalForm),
  siren: z.string().max(20).catch(d.siren),
  vatNumber: z.string().max(20).catch(d.vatNumber),
  addressLines: z.array(z.string().max(100)).max(6).catch(d.addressLines),
  city: z.string().max(100).catch(d.city),
  email: z.string().max(200).catch(d.email),
  phone: z.string().max(40).catch(d.phone),
  iban: z.string().max(50).catch(d.iban),
  bic: z.string().max(20).catch(d.bic),
  signatoryName: z.string().max(100).catch(d.signatoryName),
  signatoryTitle: z.string().max(100).catch(d.signatoryTitle),
  logoDataUrl: z
    .string()
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/)
    .max(2_000_000)
    .optional()
    .catch(undefined),
  paymentTermsDays: z.number().int().min(0).max(365).catch(d.paymentTermsDays),
  contractualRate: z.number().int().min(0).max(10_000).nullable().catch(d.contractualRate),
  fixedIndemnity: z.number().int().min(0).max(100_000).catch(d.fixedIndemnity),
  agingBuckets: z
    .object({ bounds: z.array(z.number().int().min(1).max(3650)).min(1).max(8) })
    .refine((b) => b.bounds.every((v, i, a) => i === 0 || v > (a[i - 1] ?? 0)))
    .catch(d.agingBuckets),
  tolerance: z.number().int().min(0).max(1_000_000).catch(d.tolerance),
  minDaysBetweenActions: z.number().int().min(0).max(60).catch(d.minDaysBetweenActions),
  formalNoticeDeadlineDays: z.union([z.literal(8), z.literal(15)]).catch(d.formalNoticeDeadlineDays),
  envelope: z
    .object({
      leftMm: z.number().min(0).max(200),
      topMm: z.number().min(0).max(280),
      widthMm: z.number().min(20).max(200),
      heightMm: z.number().min(10).max(120),
    })
    .catch(d.envelope),
  schedulerTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .catch(d.schedulerTime),
  timeZone: z.string().min(1).max(60).catch(d.timeZone),
  startAtLogin: z.boolean().catch(d.startAtLogin),
  showTray: z.boolean().catch(d.showTray),
});

/** Reads stored settings: anything missing or malformed takes its default. */
export function parseCompanySettings(stored: unknown): CompanySettings {
  const base = stored && typeof stored === 'object' ? stored : {};
  return companySettingsSchema.parse({ ...DEFAULT_COMPANY_SETTINGS, ...base }) as CompanySettings;
}
