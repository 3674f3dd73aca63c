/**
 * Calendar dates as 'YYYY-MM-DD' strings. The arithmetic works on day numbers computed
 * with integers (days since 1970-01-01), so no Date object and no time zone ever shifts
 * a due date by one day. Only `todayIn` looks at an instant, through Intl with the
 * company's time zone.
 */
import type { IsoDate, Language } from './model';
import { err, ok, type Result } from './result';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDate(y: number, m: number, d: number): boolean {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** A real calendar date written 'YYYY-MM-DD' (2026-02-29 is false). */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function parts(d: IsoDate): [number, number, number] {
  const m = ISO.exec(d);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    // A malformed date here is a programming error (stored data is validated on entry).
    throw new RangeError(`Not an ISO date: ${d}`);
  }
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Days from civil / civil from days (H. Hinnant's algorithms): exact integer arithmetic.
export function toDayNumber(d: IsoDate): number {
  const [y0, m, day] = parts(d);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return toIsoDate(year, month, day);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + n);
}

/** to − from in calendar days (2026-01-01 → 2026-01-31 = 30). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Adds months, clamping to the month's end (2024-02-29 + 12 months = 2025-02-28). */
export function addMonths(d: IsoDate, months: number): IsoDate {
  const [y, m, day] = parts(d);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return toIsoDate(year, month, Math.min(day, daysInMonth(year, month)));
}

export function addYears(d: IsoDate, years: number): IsoDate {
  return addMonths(d, years * 12);
}

/** ISO strings of equal length compare as text. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

const MONTHS: Record<Language, string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** "27 novembre 2026", "1er mars 2026" (French writes the first day as an ordinal) / "27 November 2026". */
export function formatDate(d: IsoDate, lang: Language = 'fr'): string {
  const [y, m, day] = parts(d);
  const dayText = lang === 'fr' && day === 1 ? '1er' : String(day);
  return `${dayText} ${MONTHS[lang][m - 1] ?? ''} ${y}`;
}

/** "27/11/2026" in both languages (en-GB writes day first too). */
export function formatDateShort(d: IsoDate, _lang: Language = 'fr'): string {
  const [y, m, day] = parts(d);
  return `${String(day).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

const FRENCH = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/;
const ISO_LOOSE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * 27/11/2026, 27-11-2026, 27.11.2026, 2026-11-27; a two-digit year means 20YY.
 * 'date.invalid': not a date at all; 'date.impossible': well formed but not on the
 * calendar (31/02/2026, 29/02/2025, 00/01/2026).
 */
export function parseFrenchDate(text: string): Result<IsoDate> {
  const value = text;
  const s = text.trim();
  if (s === '') return err('date.empty');
  let y: number, m: number, d: number;
  const fr = FRENCH.exec(s);
  const iso = ISO_LOOSE.exec(s);
  if (fr) {
    d = Number(fr[1]);
    m = Number(fr[2]);
    y = fr[3]!.length === 2 ? 2000 + Number(fr[3]) : Number(fr[3]);
  } else if (iso) {
    y = Number(iso[1]);
    m = Number(iso[2]);
    d = Number(iso[3]);
  } else {
    return err('date.invalid', { value });
  }
  if (!isRealDate(y, m, d)) return err('date.impossible', { value });
  return ok(toIsoDate(y, m, d));
}

/** '2026-H1' for January–June, '2026-H2' for July–December. */
export function halfYearOf(d: IsoDate): string {
  const [y, m] = parts(d);
  return `${y}-H${m <= 6 ? 1 : 2}`;
}

/** First day of a half-year: '2026-H2' → '2026-07-01'. */
export function halfYearStart(half: string): IsoDate {
  const m = /^(\d{4})-H([12])$/.exec(half);
  if (!m) throw new RangeError(`Not a half-year: ${half}`);
  return `${m[1]}-${m[2] === '1' ? '01' : '07'}-01`;
}

/** First day of the half-year after the one holding `d` (the next 1 January or 1 July). */
export function nextHalfYearStart(d: IsoDate): IsoDate {
  const [y, m] = parts(d);
  return m <= 6 ? toIsoDate(y, 7, 1) : toIsoDate(y + 1, 1, 1);
}

export function isHalfYear(s: string): boolean {
  return /^\d{4}-H[12]$/.test(s);
}

const todayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The company's calendar date at instant `now`: at 23:30 UTC on 31 December it is
 * already 1 January in Paris. An unknown time zone falls back to Europe/Paris, the
 * zone of nearly every user, rather than to the machine's.
 */
export function todayIn(timeZone: string, now: Date): IsoDate {
  let f = todayFormats.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    } catch {
      return timeZone === 'Europe/Paris'
        ? toIsoDate(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate())
        : todayIn('Europe/Paris', now);
    }
    todayFormats.set(timeZone, f);
  }
  const p = f.formatToParts(now);
  const get = (type: string): number => Number(p.find((x) => x.type === type)?.value);
  return toIsoDate(get('year'), get('month'), get('day'));
}
