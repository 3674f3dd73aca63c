/**
 * The shapes the database accepts, checked with zod where data enters (forms, imports,
 * dataset files, backups). Messages are error codes the UI translates (`errors` namespace);
 * `params.field` says which field is wrong.
 */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import type {
  Client,
  Dispute,
  Invoice,
  JournalEntry,
  Payment,
  PaymentPlan,
  PromiseToPay,
  Scenario,
  StoredDocument,
  Template,
} from '../domain/model';
import { MAX_CENTS } from '../domain/money';
import { domainError, err, ok, type DomainError, type Result } from '../domain/result';
import {
  ADDRESS_MAX_LENGTH,
  ADDRESS_MAX_LINES,
  isValidEmail,
  isValidFrenchVat,
  isValidRegisteredNumber,
  isValidSiren,
  isValidSiret,
} from '../domain/validation';

export const centsSchema = z
  .number({ error: 'money.invalid' })
  .int({ error: 'money.invalid' })
  .min(0, { error: 'money.negative' })
  .max(MAX_CENTS, { error: 'money.tooLarge' });

export const positiveCentsSchema = centsSchema.refine((n) => n > 0, { error: 'money.zero' });

export const isoDateSchema = z.string({ error: 'date.invalid' }).refine(isIsoDate, { error: 'date.invalid' });

export const isoDateTimeSchema = z
  .string({ error: 'date.invalid' })
  .refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), { error: 'date.invalid' });

const idSchema = z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' });
const textSchema = z.string({ error: 'validation.invalid' });
const requiredText = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' });
const languageSchema = z.enum(['fr', 'en'], { error: 'validation.invalid' });
const sirenSchema = z.string().refine(isValidSiren, { error: 'siren.invalid' });
const siretSchema = z.string().refine(isValidSiret, { error: 'siret.invalid' });
// Only a French number can be checked; a foreign customer's VAT number is kept as typed.
const vatSchema = z.string().refine((s) => !/^FR/i.test(s) || isValidFrenchVat(s), { error: 'vat.invalid' });

export const contactSchema = z.object({
  name: requiredText,
  email: z.string().refine(isValidEmail, { error: 'email.invalid' }).optional(),
  phone: textSchema.optional(),
  role: textSchema.optional(),
  billing: z.boolean().optional(),
  copy: z.boolean().optional(),
});

export const addressLinesSchema = z
  .array(textSchema.max(ADDRESS_MAX_LENGTH, { error: 'address.lineTooLong' }))
  .max(ADDRESS_MAX_LINES, { error: 'address.tooManyLines' });

export const clientSchema = z.object({
  id: idSchema,
  name: requiredText,
  kind: z.enum(['professional', 'consumer', 'public'], { error: 'validation.invalid' }),
  legalForm: textSchema.optional(),
  siren: sirenSchema.optional(),
  siret: siretSchema.optional(),
  vatNumber: vatSchema.optional(),
  addressLines: addressLinesSchema,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'client.countryInvalid' })
    .optional(),
  contacts: z.array(contactSchema),
  segment: textSchema.optional(),
  scenarioId: idSchema.optional(),
  language: languageSchema,
  notes: textSchema.optional(),
  insolvency: z.enum(['sauvegarde', 'redressement', 'liquidation']).optional(),
  insolvencyOpenedOn: isoDateSchema.optional(),
  createdAt: isoDateTimeSchema,
}) satisfies z.ZodType<Client>;

export const invoiceSchema = z
  .object({
    id: idSchema,
    number: requiredText,
    clientId: idSchema,
    issueDate: isoDateSchema,
    dueDate: isoDateSchema,
    amountInclVat: centsSchema,
    amountExclVat: centsSchema,
    currency: z.string().regex(/^[A-Z]{3}$/, { error: 'invoice.currencyInvalid' }),
    label: textSchema.optional(),
    source: z.enum(['manual', 'csv', 'fec', 'demo']),
    openingBalance: z.boolean().optional(),
    writtenOffOn: isoDateSchema.optional(),
  })
  .refine((i) => i.dueDate >= i.issueDate, { error: 'invoice.dueBeforeIssue', path: ['dueDate'] })
  .refine((i) => i.amountExclVat <= i.amountInclVat, {
    error: 'invoice.exclAboveIncl',
    path: ['amountExclVat'],
  }) satisfies z.ZodType<Invoice>;

export const allocationSchema = z.object({ invoiceId: idSchema, amount: positiveCentsSchema });

export const paymentSchema = z
  .object({
    id: idSchema,
    clientId: idSchema,
    kind: z.enum(['payment', 'credit-note']),
    date: isoDateSchema,
    amount: positiveCentsSchema,
    reference: textSchema.optional(),
    allocations: z.array(allocationSchema),
    source: z.enum(['manual', 'csv', 'fec', 'demo']).optional(),
  })
  .refine((p) => p.allocations.reduce((s, a) => s + a.amount, 0) <= p.amount, {
    error: 'payment.overAllocated',
    path: ['allocations'],
  }) satisfies z.ZodType<Payment>;

const stepKindSchema = z.enum([
  'pre-reminder',
  'reminder',
  'last-reminder',
  'formal-notice',
  'court-file',
  'call',
  'task',
]);
const channelSchema = z.enum(['email', 'letter', 'registered-letter', 'phone', 'task']);

export const scenarioSchema = z.object({
  id: idSchema,
  name: requiredText,
  steps: z.array(
    z.object({
      id: idSchema,
      offsetDays: z.number().int(),
      kind: stepKindSchema,
      channel: channelSchema,
      templateId: idSchema.optional(),
      label: textSchema.optional(),
    }),
  ),
  isDefault: z.boolean().optional(),
}) satisfies z.ZodType<Scenario>;

export const templateSchema = z.object({
  id: idSchema,
  name: requiredText,
  kind: z.union([stepKindSchema, z.literal('statement')]),
  channel: z.enum(['letter', 'email']),
  language: languageSchema,
  subject: textSchema,
  body: textSchema,
  builtIn: z.boolean().optional(),
}) satisfies z.ZodType<Template>;

export const journalEntrySchema = z.object({
  id: idSchema,
  clientId: idSchema,
  invoiceIds: z.array(idSchema),
  date: isoDateSchema,
  at: isoDateTimeSchema,
  type: z.enum([
    'step',
    'note',
    'call',
    'promise',
    'dispute',
    'payment-plan',
    'payment',
    'document',
    'email-sent',
    'export',
    'import',
  ]),
  scenarioId: idSchema.optional(),
  stepId: idSchema.optional(),
  stepKind: stepKindSchema.optional(),
  channel: channelSchema.optional(),
  outcome: z.enum(['done', 'skipped', 'postponed']).optional(),
  postponedTo: isoDateSchema.optional(),
  documentIds: z.array(idSchema).optional(),
  registered: z
    .object({
      number: z.string().refine(isValidRegisteredNumber, { error: 'registered.invalid' }).optional(),
      depositDate: isoDateSchema.optional(),
      firstPresentationDate: isoDateSchema.optional(),
      deliveredDate: isoDateSchema.optional(),
      returnedDate: isoDateSchema.optional(),
      returnReason: z.enum(['non-reclame', 'refuse', 'npai']).optional(),
    })
    .optional(),
  note: textSchema.optional(),
  followUpId: idSchema.optional(),
  event: z.enum(['opened', 'resolved', 'cancelled']).optional(),
}) satisfies z.ZodType<JournalEntry>;

const invoiceIdsSchema = z.array(idSchema).min(1, { error: 'followUp.noInvoice' });

export const promiseSchema = z
  .object({
    id: idSchema,
    clientId: idSchema,
    invoiceIds: invoiceIdsSchema,
    madeOn: isoDateSchema,
    promisedDate: isoDateSchema,
    amount: positiveCentsSchema,
    note: textSchema.optional(),
    cancelledOn: isoDateSchema.optional(),
  })
  .refine((p) => p.promisedDate >= p.madeOn, {
    error: 'promise.dateBeforeMade',
    path: ['promisedDate'],
  }) satisfies z.ZodType<PromiseToPay>;

export const disputeSchema = z
  .object({
    id: idSchema,
    clientId: idSchema,
    invoiceIds: invoiceIdsSchema,
    reason: requiredText,
    openedOn: isoDateSchema,
    resolvedOn: isoDateSchema.optional(),
    resolution: textSchema.optional(),
  })
  .refine((d) => d.resolvedOn === undefined || d.resolvedOn >= d.openedOn, {
    error: 'dispute.resolvedBeforeOpened',
    path: ['resolvedOn'],
  }) satisfies z.ZodType<Dispute>;

export const planSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  invoiceIds: invoiceIdsSchema,
  createdOn: isoDateSchema,
  instalments: z
    .array(z.object({ dueDate: isoDateSchema, amount: positiveCentsSchema }))
    .min(1, { error: 'plan.noInstalment' }),
  cancelledOn: isoDateSchema.optional(),
}) satisfies z.ZodType<PaymentPlan>;

export const storedDocumentSchema = z.object({
  id: idSchema,
  clientId: idSchema.optional(),
  invoiceIds: z.array(idSchema),
  kind: z.enum([
    'invoice-pdf',
    'delivery-note',
    'terms-of-sale',
    'acknowledgement-scan',
    'letter',
    'email',
    'statement',
    'dossier',
    'other',
  ]),
  fileName: requiredText,
  mimeType: requiredText,
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: isoDateTimeSchema,
  journalId: idSchema.optional(),
}) satisfies z.ZodType<StoredDocument>;

/** The first problem zod found, as a translatable error. */
export function toDomainError(error: z.ZodError): DomainError {
  const issue = error.issues[0];
  if (!issue) return domainError('validation.invalid');
  const field = issue.path.map(String).join('.');
  const code = /^[a-z][a-zA-Z]*\.[a-zA-Z.-]+$/.test(issue.message) ? issue.message : 'validation.invalid';
  return domainError(code, field ? { field } : undefined);
}

/** Parses untrusted input; the result carries the parsed (stripped, trimmed) value or one error. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown): Result<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const e = toDomainError(parsed.error);
  return err(e.code, e.params);
}
