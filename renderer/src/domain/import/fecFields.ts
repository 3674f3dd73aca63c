/**
 * Reading the cells of a FEC line fast enough for a million lines: dates and amounts
 * by hand (no regex, no Date), with a cache for dates since a year has only 365 of them.
 */
import { isLeapYear } from '../dates';
import { parseMoney } from '../money';
import type { Cents, IsoDate } from '../model';

export type FecDateFormat = 'AAAAMMJJ' | 'JJ/MM/AAAA' | 'AAAA-MM-JJ';

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function real(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return false;
  const max = m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] ?? 0);
  return d <= max;
}

function iso(y: number, m: number, d: number): IsoDate {
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export interface ParsedFecDate {
  date: IsoDate;
  format: FecDateFormat;
}

/** 20261231, 31/12/2026, 2026-12-31 (a time after a space is ignored); null when not a real date. */
export function parseFecDateUncached(raw: string): ParsedFecDate | null {
  const space = raw.indexOf(' ');
  const s = space > 0 ? raw.slice(0, space) : raw;
  if (s.length === 8) {
    const y = digits(s, 0, 4);
    const m = digits(s, 4, 6);
    const d = digits(s, 6, 8);
    return real(y, m, d) ? { date: iso(y, m, d), format: 'AAAAMMJJ' } : null;
  }
  if (s.length === 10 && s[2] === '/' && s[5] === '/') {
    const d = digits(s, 0, 2);
    const m = digits(s, 3, 5);
    const y = digits(s, 6, 10);
    return real(y, m, d) ? { date: iso(y, m, d), format: 'JJ/MM/AAAA' } : null;
  }
  if (s.length === 10 && s[4] === '-' && s[7] === '-') {
    const y = digits(s, 0, 4);
    const m = digits(s, 5, 7);
    const d = digits(s, 8, 10);
    return real(y, m, d) ? { date: iso(y, m, d), format: 'AAAA-MM-JJ' } : null;
  }
  return null;
}

export class FecDateReader {
  private readonly cache = new Map<string, ParsedFecDate | null>();
  readonly formats = new Set<FecDateFormat>();

  read(raw: string): IsoDate | null {
    let parsed = this.cache.get(raw);
    if (parsed === undefined) {
      parsed = parseFecDateUncached(raw.trim());
      if (this.cache.size < 100_000) this.cache.set(raw, parsed);
    }
    if (parsed === null) return null;
    this.formats.add(parsed.format);
    return parsed.date;
  }
}

/**
 * Signed cents of "1234,56", "1234.56", "-12,5", "0,00", "" (= 0) and, through parseMoney,
 * "1 234,56" or "1.234,56". Extra decimals are accepted when they are zeros ("12,3400").
 * null when it is not an amount.
 */
export function parseFecAmount(raw: string): Cents | null {
  const n = raw.length;
  if (n === 0) return 0;
  let i = 0;
  let negative = false;
  const first = raw.charCodeAt(0);
  if (first === 45 /* - */ || first === 43 /* + */) {
    negative = first === 45;
    i = 1;
  }
  let units = 0;
  let intDigits = 0;
  for (; i < n; i++) {
    const c = raw.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    units = units * 10 + c;
    intDigits++;
  }
  let cents = 0;
  if (i < n) {
    const sep = raw.charCodeAt(i);
    if (sep !== 44 /* , */ && sep !== 46 /* . */) return slowAmount(raw);
    i++;
    let decimals = 0;
    for (; i < n; i++) {
      const c = raw.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return slowAmount(raw);
      if (decimals < 2) cents = cents * 10 + c;
      else if (c !== 0) return null; // 12,345: a thousandth of a euro is not an amount
      decimals++;
    }
    if (decimals === 0) return slowAmount(raw);
    if (decimals === 1) cents *= 10;
    // "1.234" with a dot and three digits is 1 234 € for parseMoney, not 1,234 €
    if (sep === 46 && decimals === 3 && raw.charCodeAt(n - 1) !== 48) return slowAmount(raw);
  }
  if (intDigits === 0 && cents === 0 && i <= 1) return null;
  if (intDigits > 11) return null;
  const value = units * 100 + cents;
  return negative ? -value : value;
}

function slowAmount(raw: string): Cents | null {
  const r = parseMoney(raw, { allowNegative: true });
  return r.ok ? r.value : null;
}
