import { describe, expect, it } from 'vitest';
import en from '../../../renderer/src/i18n/locales/en/errors.json';
import fr from '../../../renderer/src/i18n/locales/fr/errors.json';
import { parseFrenchDate } from '../../../renderer/src/domain/dates';
import type { Client, Invoice } from '../../../renderer/src/domain/model';
import { parseMoney } from '../../../renderer/src/domain/money';
import { latePenalties } from '../../../renderer/src/domain/penalties';
import { DEFAULT_RATES, halfYearRatesErrors } from '../../../renderer/src/domain/rates';
import type { DomainError, Result } from '../../../renderer/src/domain/result';
import {
  parseEmail,
  parseFrenchVat,
  parseIban,
  parseRegisteredNumber,
  parseSiren,
  parseSiret,
  postalAddressErrors,
} from '../../../renderer/src/domain/validation';

function lookup(resources: unknown, code: string): unknown {
  return code
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      resources,
    );
}

const errorOf = (r: Result<unknown>): DomainError[] => (r.ok ? [] : [r.error]);

// Every code the domain core emits, produced by real calls.
function emittedCodes(): Set<string> {
  const errors: DomainError[] = [];
  for (const t of ['', 'x', '12,3,4', '-1', '1 000 000 000']) errors.push(...errorOf(parseMoney(t)));
  for (const t of ['', 'x', '31/02/2026']) errors.push(...errorOf(parseFrenchDate(t)));
  for (const parse of [
    parseSiren,
    parseSiret,
    parseFrenchVat,
    parseIban,
    parseRegisteredNumber,
    parseEmail,
  ]) {
    errors.push(...errorOf(parse('')), ...errorOf(parse('x')));
  }
  errors.push(...postalAddressErrors([]));
  errors.push(...postalAddressErrors(['a', 'b', 'c', 'd,', 'e', 'f', 'Z'.repeat(40), 'PARIS']));
  errors.push(...postalAddressErrors(['1 rue', '75001 Paris']));
  errors.push(...halfYearRatesErrors({ half: 'x', ecbRate: 0.5, legalRatePrivate: 0, legalRateOther: 0 }));
  const client: Client = {
    id: 'c',
    name: 'c',
    kind: 'professional',
    addressLines: [],
    contacts: [],
    language: 'fr',
    createdAt: '2026-01-01T00:00:00Z',
    insolvency: 'liquidation',
  };
  const invoice: Invoice = {
    id: 'i',
    number: '1',
    clientId: 'c',
    issueDate: '2024-01-01',
    dueDate: '2024-01-31',
    amountInclVat: 100,
    amountExclVat: 100,
    currency: 'EUR',
    source: 'manual',
  };
  const p = latePenalties({
    invoice,
    payments: [],
    client,
    asOf: '2024-03-01',
    rates: DEFAULT_RATES,
    contractualRate: 100,
    fixedIndemnity: 4000,
  });
  errors.push(...p.warnings);
  const stopped = latePenalties({
    invoice,
    payments: [],
    client: { ...client, insolvencyOpenedOn: '2024-02-15' },
    asOf: '2024-03-01',
    rates: DEFAULT_RATES,
    contractualRate: null,
    fixedIndemnity: 4000,
  });
  errors.push(...stopped.warnings);
  return new Set(errors.map((e) => e.code));
}

describe('errors namespace', () => {
  const codes = emittedCodes();

  it('covers the codes emitted by the domain core', () => {
    expect(codes.size).toBeGreaterThan(20);
    for (const code of codes) {
      expect(typeof lookup(fr, code), `fr ${code}`).toBe('string');
      expect(typeof lookup(en, code), `en ${code}`).toBe('string');
    }
  });

  it('has the same keys in French and English', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && v ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(en)).toEqual(keys(fr));
  });
});
