import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatAmount,
  formatMoney,
  MAX_CENTS,
  parseMoney,
  roundHalfUp,
  sumCents,
} from '../../../renderer/src/domain/money';

// Intl fr-FR separates thousands with U+202F and puts U+00A0 before "€".
const nb = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formatMoney / formatAmount', () => {
  it('formats French and English', () => {
    expect(nb(formatMoney(123456))).toBe('1 234,56 €');
    expect(formatMoney(123456, 'en')).toBe('€1,234.56');
    expect(nb(formatMoney(5))).toBe('0,05 €');
    expect(nb(formatMoney(-4000))).toBe('-40,00 €');
    expect(nb(formatAmount(123456))).toBe('1 234,56');
    expect(formatAmount(100, 'en')).toBe('1.00');
    expect(nb(formatMoney(MAX_CENTS))).toBe('999 999 999,99 €');
  });
});

describe('parseMoney', () => {
  it.each([
    ['1 234,56', 123456],
    ['1234,56', 123456],
    ['1 234,56 €', 123456],
    ['1\u202f234,56\u00a0€', 123456],
    ['1.234,56', 123456],
    ['1234.56', 123456],
    ['€1,234.56', 123456],
    ['1.234', 123400],
    ['1.234.567', 123456700],
    ['12', 1200],
    ['12,5', 1250],
    [',50', 50],
    ['0,01', 1],
    ['12,340', 1234],
    ['1234.500', 123450],
    ['1.234.567,50', 123456750],
    ['  40 EUR ', 4000],
    ['999 999 999,99', MAX_CENTS],
  ])('accepts %j → %i', (text, cents) => {
    expect(parseMoney(text)).toEqual({ ok: true, value: cents });
  });

  it.each([
    ['12,3,4', 'money.invalid'],
    ['1.234,5x', 'money.invalid'],
    ['12,345', 'money.invalid'],
    ['1234.567', 'money.invalid'],
    ['12.', 'money.invalid'],
    ['1 2345', 'money.invalid'],
    ['12 34,56', 'money.invalid'],
    ['abc', 'money.invalid'],
    ['€', 'money.invalid'],
    ['', 'money.empty'],
    ['   ', 'money.empty'],
    ['1 000 000 000,00', 'money.tooLarge'],
    ['99999999999999999999', 'money.tooLarge'],
    ['-12', 'money.negative'],
  ])('rejects %j with %s', (text, code) => {
    const r = parseMoney(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });

  it('passes the typed text back for the message', () => {
    expect(parseMoney('12,3,4')).toEqual({
      ok: false,
      error: { code: 'money.invalid', params: { value: '12,3,4' } },
    });
  });

  it('accepts a negative amount only when asked', () => {
    expect(parseMoney('-12', { allowNegative: true })).toEqual({ ok: true, value: -1200 });
    expect(parseMoney('−1 234,50 €', { allowNegative: true })).toEqual({ ok: true, value: -123450 });
  });

  it('round-trips format → parse in both languages (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_CENTS }),
        fc.constantFrom('fr' as const, 'en' as const),
        (c, lang) => {
          expect(parseMoney(formatMoney(c, lang))).toEqual({ ok: true, value: c });
          expect(parseMoney(formatAmount(c, lang))).toEqual({ ok: true, value: c });
        },
      ),
    );
  });
});

describe('sumCents / roundHalfUp', () => {
  it('sums integers', () => {
    expect(sumCents([1, 2, 3])).toBe(6);
    expect(sumCents([])).toBe(0);
  });
  it('rounds half up', () => {
    expect(roundHalfUp(5n, 10n)).toBe(1); // 0.5 → 1
    expect(roundHalfUp(49n, 100n)).toBe(0);
    expect(roundHalfUp(15n, 10n)).toBe(2);
    expect(roundHalfUp(-15n, 10n)).toBe(-2);
  });
});
