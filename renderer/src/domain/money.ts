/**
 * Money is an integer number of euro cents. Parsing accepts what a French user types
 * (and what French spreadsheets export); formatting goes through Intl so the UI, CSV and
 * documents show the same figures.
 */
import type { Cents, Language } from './model';
import { err, ok, type Result } from './result';

/** 999 999 999,99 €: far above any invoice of a small business, safely inside 2^53. */
export const MAX_CENTS: Cents = 99_999_999_999;

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };
const currencyFormats = new Map<Language, Intl.NumberFormat>();
const amountFormats = new Map<Language, Intl.NumberFormat>();

function currencyFormat(lang: Language): Intl.NumberFormat {
  let f = currencyFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR' });
    currencyFormats.set(lang, f);
  }
  return f;
}

function amountFormat(lang: Language): Intl.NumberFormat {
  let f = amountFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    amountFormats.set(lang, f);
  }
  return f;
}

/** fr: "1 234,56 €" (Intl's narrow no-break spaces), en: "€1,234.56". */
export function formatMoney(cents: Cents, lang: Language = 'fr'): string {
  return currencyFormat(lang).format(cents / 100);
}

/** The figure without the currency: "1 234,56" (fr) / "1,234.56" (en), for tables and CSV. */
export function formatAmount(cents: Cents, lang: Language = 'fr'): string {
  return amountFormat(lang).format(cents / 100);
}

export interface ParseMoneyOptions {
  /** credit balances, adjustments: a leading minus is then accepted */
  allowNegative?: boolean;
}

// Every space Intl or a spreadsheet may put between thousands.
const SPACES = /[\s\u00a0\u202f\u2007\u2009]+/g;

/**
 * "1 234,56", "1234,56", "1 234,56 €", "1.234,56", "1234.56", "€1,234.56", "-12" (with
 * allowNegative). A lone separator followed by 1–2 digits is the decimal one; one
 * followed by groups of exactly three digits is a thousands separator ("1.234" = 1 234 €).
 * More than two decimals is refused rather than rounded ("12,345"), except the trailing
 * zeros spreadsheets add ("12,340", "1234.500").
 */
export function parseMoney(text: string, options: ParseMoneyOptions = {}): Result<Cents> {
  const value = text;
  let s = text.replace(SPACES, ' ').trim();
  if (s === '') return err('money.empty');
  let negative = false;
  const sign = /^[-−+]/.exec(s);
  if (sign) {
    negative = sign[0] !== '+';
    s = s.slice(1).trim();
  }
  s = s
    .replace(/^€\s*/, '')
    .replace(/\s*(€|eur|euros?)$/i, '')
    .trim();
  if (!negative && /^[-−]/.test(s)) {
    // "€-12" / "-€12" both mean a negative amount
    negative = true;
    s = s.slice(1).trim();
  }
  if (s === '') return err('money.invalid', { value });

  const split = splitDecimal(s);
  if (!split) return err('money.invalid', { value });
  const { integer, fraction } = split;
  const digits = integer.replace(/^0+(?=\d)/, '');
  // 10 integer digits or more cannot fit under MAX_CENTS; check before Number() loses digits.
  if (digits.length > 9) return err('money.tooLarge', { value, max: MAX_CENTS });
  const cents = Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
  if (cents > MAX_CENTS) return err('money.tooLarge', { value, max: MAX_CENTS });
  if (negative && cents !== 0) {
    if (!options.allowNegative) return err('money.negative', { value });
    return ok(-cents);
  }
  return ok(cents);
}

/** Splits "1.234,56" into the integer digits "1234" and the decimals "56"; null when malformed. */
function splitDecimal(s: string): { integer: string; fraction: string } | null {
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) return splitAt(s, Math.max(lastComma, lastDot)); // "1.234,56", "1,234.56"
  if (lastComma >= 0) return splitAt(s, lastComma); // French: a lone comma is always decimal
  if (lastDot >= 0 && s.indexOf('.') === lastDot) {
    // "1234.56" is decimal; "1.234" is a thousands group; "1234.500" (spreadsheet export) decimal again
    if (/^\d{1,2}$/.test(s.slice(lastDot + 1))) return splitAt(s, lastDot);
    return splitAt(s, -1) ?? splitAt(s, lastDot);
  }
  return splitAt(s, -1);
}

/** Integer part (digits, or groups of three) and at most two decimals, zeros beyond ignored ("12,340"). */
function splitAt(s: string, decimalAt: number): { integer: string; fraction: string } | null {
  const integerPart = decimalAt >= 0 ? s.slice(0, decimalAt) : s;
  const decimals = decimalAt >= 0 ? s.slice(decimalAt + 1) : '';
  if (decimalAt >= 0 && !/^\d{1,2}0*$/.test(decimals)) return null;
  const fraction = decimals.slice(0, 2);
  const decimalChar = decimalAt >= 0 ? s[decimalAt] : '';
  if (integerPart === '') return decimalAt >= 0 ? { integer: '0', fraction } : null; // ",50"
  if (/^\d+$/.test(integerPart)) return { integer: integerPart, fraction };
  // Grouped: one kind of separator, groups of three after the first.
  for (const g of [' ', '.', ','].filter((c) => c !== decimalChar)) {
    const groups = integerPart.split(g);
    if (groups.length < 2) continue;
    const [first, ...rest] = groups;
    if (first !== undefined && /^\d{1,3}$/.test(first) && rest.every((x) => /^\d{3}$/.test(x))) {
      return { integer: groups.join(''), fraction };
    }
  }
  return null;
}

export function sumCents(values: readonly Cents[]): Cents {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Rounds a rational amount of cents (numerator / denominator, both BigInt) half up, away from zero. */
export function roundHalfUp(numerator: bigint, denominator: bigint): Cents {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  const q = (2n * n + denominator) / (2n * denominator);
  return Number(negative ? -q : q);
}
