/**
 * CSV lists of clients, invoices or payments, as exported by French invoicing tools
 * (";" and decimal commas), spreadsheets ("," or tab) and English tools. Every rejected
 * row comes back with the line the user sees in a text editor (header = line 1) and the
 * column at fault; accepted rows become an ImportPlan that db/import writes.
 */
import Papa from 'papaparse';
import { addDays, parseFrenchDate } from '../dates';
import type { Cents, IsoDate, PaymentKind } from '../model';
import { parseMoney } from '../money';
import type { DomainError } from '../result';
import { isValidSiren, isValidSiret } from '../validation';
import { REQUIRED_FIELDS, type CsvMapping } from './csvMapping';
import {
  clientKeyOf,
  emptyPlan,
  type ImportedClient,
  type ImportIssue,
  type ImportKind,
  type ImportPlan,
} from './plan';

export type CsvDelimiter = ';' | ',' | '\t';

export interface CsvHeader {
  headers: string[];
  delimiter: CsvDelimiter;
}

export interface CsvImportOptions {
  /** where the data comes from ("Facturation Pro", the file name…): the mapping is remembered under it */
  sourceName?: string;
  fileName?: string;
  /** invoices without a due date column: due = issue date + these days; without it the column is required */
  paymentTermsDays?: number;
}

export interface CsvImportResult {
  kind: ImportKind;
  delimiter: CsvDelimiter;
  headers: string[];
  /** data rows read (empty lines excluded) */
  rowCount: number;
  /** the accepted rows, typed, ready for applyImport (plan.errors = the rejected ones) */
  plan: ImportPlan;
  errors: ImportIssue[];
}

function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The separator is the one the header line uses most (outside quotes). */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ';' || c === ',' || c === '\t')) counts[c] += 1;
  }
  const best = (Object.keys(counts) as CsvDelimiter[]).sort((a, b) => counts[b] - counts[a])[0];
  return best && counts[best] > 0 ? best : ';';
}

export function readCsvHeader(text: string): CsvHeader {
  const normalized = normalizeNewlines(text);
  const firstLine = normalized.slice(0, normalized.indexOf('\n') >>> 0);
  const delimiter = detectDelimiter(firstLine);
  const parsed = Papa.parse<string[]>(firstLine, { delimiter });
  return { headers: (parsed.data[0] ?? []).map((h) => h.trim()), delimiter };
}

type Cells = (field: string) => string;

interface RowContext {
  line: number;
  cell: Cells;
  /** the header of the field's column, for error messages */
  column: (field: string) => string;
  issues: ImportIssue[];
}

function fail(ctx: RowContext, field: string, error: DomainError): void {
  ctx.issues.push({
    line: ctx.line,
    field: ctx.column(field),
    code: error.code,
    ...(error.params ? { params: error.params } : {}),
  });
}

function required(ctx: RowContext, field: string): string | undefined {
  const v = ctx.cell(field);
  if (v === '') {
    fail(ctx, field, { code: 'import.required' });
    return undefined;
  }
  return v;
}

function money(ctx: RowContext, field: string, options: { optional?: boolean } = {}): Cents | undefined {
  const v = ctx.cell(field);
  if (v === '' && options.optional) return undefined;
  const r = parseMoney(v);
  if (!r.ok) {
    fail(ctx, field, r.error);
    return undefined;
  }
  return r.value;
}

function date(ctx: RowContext, field: string, options: { optional?: boolean } = {}): IsoDate | undefined {
  const v = ctx.cell(field);
  if (v === '' && options.optional) return undefined;
  const r = parseFrenchDate(v);
  if (!r.ok) {
    fail(ctx, field, r.error);
    return undefined;
  }
  return r.value;
}

/** SIREN from a SIREN or SIRET cell (spaces allowed); an invalid one is an error, not dropped. */
function siren(ctx: RowContext, field: string): string | undefined {
  const raw = ctx.cell(field);
  if (raw === '') return undefined;
  const digits = raw.replace(/[\s.\u00a0]/g, '');
  if (isValidSiren(digits)) return digits;
  if (isValidSiret(digits)) return digits.slice(0, 9);
  fail(ctx, field, { code: 'import.siren', params: { value: raw } });
  return undefined;
}

function clientFromRow(ctx: RowContext, nameField: string): ImportedClient | undefined {
  const name = required(ctx, nameField);
  const s = siren(ctx, 'siren');
  const siretRaw = ctx.cell('siret').replace(/\s/g, '');
  if (siretRaw !== '' && !isValidSiret(siretRaw))
    fail(ctx, 'siret', { code: 'import.siret', params: { value: siretRaw } });
  if (name === undefined) return undefined;
  const ref = ctx.cell('clientRef');
  const address = [ctx.cell('address'), ctx.cell('address2')].filter((l) => l !== '');
  const town = [ctx.cell('postalCode'), ctx.cell('city').toUpperCase()].filter((l) => l !== '').join(' ');
  if (town !== '') address.push(town);
  const email = ctx.cell('email');
  const client: ImportedClient = {
    key: clientKeyOf({
      siren: s ?? (isValidSiret(siretRaw) ? siretRaw.slice(0, 9) : undefined),
      sourceKey: ref || undefined,
      name,
    }),
    name,
    line: ctx.line,
  };
  const sirenValue = s ?? (isValidSiret(siretRaw) ? siretRaw.slice(0, 9) : undefined);
  if (sirenValue) client.siren = sirenValue;
  if (isValidSiret(siretRaw)) client.siret = siretRaw;
  if (ref) client.sourceKey = ref;
  if (address.length > 0) client.addressLines = address;
  if (email) client.email = email;
  const vat = ctx.cell('vatNumber').replace(/\s/g, '').toUpperCase();
  if (vat) client.vatNumber = vat;
  const phone = ctx.cell('phone');
  if (phone) client.phone = phone;
  const contact = ctx.cell('contactName');
  if (contact) client.contactName = contact;
  const country = ctx.cell('country');
  if (country && country.length === 2) client.kind = 'professional';
  return client;
}

/** "Payé" may hold an amount or a yes/no. */
function paidAmount(ctx: RowContext, total: Cents): Cents | undefined {
  const paid = ctx.cell('paid');
  const remaining = ctx.cell('remaining');
  if (remaining !== '') {
    const r = money(ctx, 'remaining');
    if (r === undefined) return undefined;
    if (r > total) {
      fail(ctx, 'remaining', { code: 'import.remainingAboveTotal', params: { value: remaining } });
      return undefined;
    }
    return total - r;
  }
  if (paid === '') return 0;
  const yesNo = paid.trim().toLowerCase();
  if (['oui', 'yes', 'o', 'y', 'x', 'payé', 'payée', 'paid'].includes(yesNo)) return total;
  if (['non', 'no', 'n', 'impayé', 'impayée', 'unpaid'].includes(yesNo)) return 0;
  const p = money(ctx, 'paid');
  if (p === undefined) return undefined;
  if (p > total) {
    fail(ctx, 'paid', { code: 'import.paidAboveTotal', params: { value: paid } });
    return undefined;
  }
  return p;
}

function paymentKind(raw: string): PaymentKind {
  return /avoir|credit note|credit-note/i.test(raw) ? 'credit-note' : 'payment';
}

export function parseCsvImport(
  text: string,
  kind: ImportKind,
  mapping: CsvMapping,
  options: CsvImportOptions = {},
): CsvImportResult {
  const normalized = normalizeNewlines(text);
  const { headers, delimiter } = readCsvHeader(normalized);
  const plan = emptyPlan('csv', options.sourceName ?? options.fileName ?? 'csv', options.fileName ?? '');
  plan.mapping = Object.fromEntries(
    Object.entries(mapping).filter((e): e is [string, string] => e[1] !== undefined),
  );
  const result: CsvImportResult = { kind, delimiter, headers, rowCount: 0, plan, errors: plan.errors };

  if (normalized.trim() === '') {
    plan.errors.push({ line: 1, code: 'import.empty' });
    return result;
  }
  const columnIndex = new Map<string, number>();
  for (const [field, header] of Object.entries(mapping)) {
    if (header === undefined || header === '') continue;
    const at = headers.indexOf(header);
    if (at < 0)
      plan.errors.push({ line: 1, field: header, code: 'import.columnNotFound', params: { column: header } });
    else columnIndex.set(field, at);
  }
  const requiredFields = [...REQUIRED_FIELDS[kind]];
  if (kind === 'invoices' && options.paymentTermsDays === undefined) requiredFields.push('dueDate');
  if (
    kind === 'payments' &&
    !['clientName', 'clientRef', 'siren', 'invoiceNumber'].some((f) => columnIndex.has(f))
  ) {
    plan.errors.push({
      line: 1,
      field: 'clientName',
      code: 'import.columnMissing',
      params: { field: 'clientName' },
    });
  }
  for (const field of requiredFields) {
    if (!columnIndex.has(field))
      plan.errors.push({ line: 1, field, code: 'import.columnMissing', params: { field } });
  }
  if (plan.errors.length > 0) return result;

  const clientsByKey = new Map<string, ImportedClient>();
  const invoiceLines = new Map<string, number>();
  let cursor = 0;
  let line = 1;
  let first = true;
  Papa.parse<string[]>(normalized, {
    delimiter,
    newline: '\n',
    step: (row) => {
      const start = cursor;
      cursor = row.meta.cursor;
      const rowLine = line;
      for (let i = start; i < cursor; i++) if (normalized.charCodeAt(i) === 10) line += 1;
      if (first) {
        first = false;
        return;
      }
      const cellsRaw = row.data;
      if (cellsRaw.length === 1 && (cellsRaw[0] ?? '').trim() === '') return; // empty line
      result.rowCount += 1;
      if (cellsRaw.length !== headers.length) {
        plan.errors.push({
          line: rowLine,
          code: 'import.columnCount',
          params: { found: cellsRaw.length, expected: headers.length },
        });
        return;
      }
      const issues: ImportIssue[] = [];
      const ctx: RowContext = {
        line: rowLine,
        issues,
        cell: (field) => {
          const at = columnIndex.get(field);
          return at === undefined ? '' : (cellsRaw[at] ?? '').trim();
        },
        column: (field) => {
          const at = columnIndex.get(field);
          return at === undefined ? field : (headers[at] ?? field);
        },
      };
      if (kind === 'clients') {
        const client = clientFromRow(ctx, 'name');
        if (client && issues.length === 0) addClient(client);
      } else if (kind === 'invoices') {
        readInvoice(ctx);
      } else {
        readPayment(ctx);
      }
      plan.errors.push(...issues);
    },
  });
  return result;

  function addClient(client: ImportedClient): void {
    const known = clientsByKey.get(client.key);
    if (known) {
      Object.assign(known, { ...client, line: known.line });
      return;
    }
    clientsByKey.set(client.key, client);
    plan.clients.push(client);
  }

  function readInvoice(ctx: RowContext): void {
    const number = required(ctx, 'number');
    const client = clientFromRow(ctx, 'clientName');
    const issueDate = date(ctx, 'issueDate');
    const due = date(ctx, 'dueDate', { optional: options.paymentTermsDays !== undefined });
    const total = money(ctx, 'amountInclVat');
    const exclVat = money(ctx, 'amountExclVat', { optional: true });
    const paid = total === undefined ? undefined : paidAmount(ctx, total);
    if (issueDate && due && due < issueDate) {
      fail(ctx, 'dueDate', { code: 'import.dueBeforeIssue', params: { due, issue: issueDate } });
    }
    if (total !== undefined && exclVat !== undefined && exclVat > total) {
      fail(ctx, 'amountExclVat', { code: 'import.exclAboveIncl' });
    }
    if (number !== undefined) {
      const firstLine = invoiceLines.get(number);
      if (firstLine !== undefined) {
        fail(ctx, 'number', { code: 'import.duplicateNumber', params: { number, firstLine } });
      } else {
        invoiceLines.set(number, ctx.line);
      }
    }
    if (
      ctx.issues.length > 0 ||
      !number ||
      !client ||
      !issueDate ||
      total === undefined ||
      paid === undefined
    )
      return;
    addClient(client);
    const dueDate = due ?? addDays(issueDate, options.paymentTermsDays ?? 0);
    const label = ctx.cell('label');
    plan.invoices.push({
      number,
      clientKey: client.key,
      issueDate,
      dueDate,
      amountInclVat: total,
      amountExclVat: exclVat ?? total,
      ...(label ? { label } : {}),
      line: ctx.line,
    });
    if (paid > 0) {
      plan.payments.push({
        clientKey: client.key,
        kind: 'payment',
        date: issueDate,
        amount: paid,
        reference: `Import ${number}`,
        allocations: [{ invoiceNumber: number, amount: paid }],
        matchBy: 'reference',
        line: ctx.line,
      });
    }
  }

  function readPayment(ctx: RowContext): void {
    const paidOn = date(ctx, 'date');
    const amount = money(ctx, 'amount');
    if (amount === 0) fail(ctx, 'amount', { code: 'import.zeroAmount' });
    const invoiceNumber = ctx.cell('invoiceNumber');
    const hasClient =
      ctx.cell('clientName') !== '' || ctx.cell('siren') !== '' || ctx.cell('clientRef') !== '';
    let client: ImportedClient | undefined;
    if (hasClient && ctx.cell('clientName') !== '') client = clientFromRow(ctx, 'clientName');
    const s = hasClient && ctx.cell('clientName') === '' ? siren(ctx, 'siren') : undefined;
    if (!hasClient && invoiceNumber === '') fail(ctx, 'clientName', { code: 'import.paymentWithoutClient' });
    if (ctx.issues.length > 0 || !paidOn || amount === undefined) return;
    let clientKey: string | undefined;
    if (client) {
      addClient(client);
      clientKey = client.key;
    } else if (s) {
      clientKey = `siren:${s}`;
    } else if (ctx.cell('clientRef') !== '') {
      clientKey = `ref:${ctx.cell('clientRef')}`;
    }
    const reference = ctx.cell('reference');
    plan.payments.push({
      ...(clientKey ? { clientKey } : {}),
      kind: paymentKind(ctx.cell('kind')),
      date: paidOn,
      amount,
      ...(reference ? { reference } : {}),
      allocations: invoiceNumber ? [{ invoiceNumber, amount }] : [],
      matchBy: 'reference-date-amount',
      line: ctx.line,
    });
  }
}
