import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  formatDate,
  formatDateShort,
  fromDayNumber,
  halfYearOf,
  halfYearStart,
  isIsoDate,
  nextHalfYearStart,
  parseFrenchDate,
  toDayNumber,
  todayIn,
} from '../../../renderer/src/domain/dates';

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('27/11/2026')).toBe(false);
  });
});

describe('arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    // Paris switches to summer time on 2026-03-29: no effect on calendar days.
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });
  it('counts days', () => {
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(0)).toBe('1970-01-01');
  });
  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2026-03-15', 5)).toBe('2031-03-15');
    expect(addMonths('2026-01-15', -2)).toBe('2025-11-15');
  });
  it('compares', () => {
    expect(compareDates('2026-01-02', '2026-01-10')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
  });
  it('addDays and daysBetween are inverse (property)', () => {
    const day = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2199-12-31') });
    fc.assert(
      fc.property(day, fc.integer({ min: -40000, max: 40000 }), (n, k) => {
        const d = fromDayNumber(n);
        expect(isIsoDate(d)).toBe(true);
        expect(daysBetween(d, addDays(d, k))).toBe(k);
        expect(addDays(addDays(d, k), -k)).toBe(d);
      }),
    );
  });
  it('agrees with Date.UTC (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50000, max: 80000 }), (n) => {
        expect(fromDayNumber(n)).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });
});

describe('formatting', () => {
  it('writes dates in French and English', () => {
    expect(formatDate('2026-11-27')).toBe('27 novembre 2026');
    expect(formatDate('2026-03-01')).toBe('1er mars 2026');
    expect(formatDate('2026-08-05')).toBe('5 août 2026');
    expect(formatDate('2026-11-27', 'en')).toBe('27 November 2026');
    expect(formatDateShort('2026-11-07')).toBe('07/11/2026');
    expect(formatDateShort('2026-11-07', 'en')).toBe('07/11/2026');
  });
});

describe('parseFrenchDate', () => {
  it.each([
    ['27/11/2026', '2026-11-27'],
    ['27-11-2026', '2026-11-27'],
    ['27.11.2026', '2026-11-27'],
    ['2026-11-27', '2026-11-27'],
    ['1/3/2026', '2026-03-01'],
    [' 29/02/2024 ', '2024-02-29'],
    ['27/11/26', '2026-11-27'],
  ])('reads %j', (text, iso) => {
    expect(parseFrenchDate(text)).toEqual({ ok: true, value: iso });
  });
  it.each([
    ['31/02/2026', 'date.impossible'],
    ['29/02/2025', 'date.impossible'],
    ['00/01/2026', 'date.impossible'],
    ['12/13/2026', 'date.impossible'],
    ['2026-02-30', 'date.impossible'],
    ['demain', 'date.invalid'],
    ['27/11', 'date.invalid'],
    ['', 'date.empty'],
  ])('rejects %j with %s', (text, code) => {
    const r = parseFrenchDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      if (code !== 'date.empty') expect(r.error.params).toEqual({ value: text });
    }
  });
});

describe('half-years', () => {
  it('names and bounds half-years', () => {
    expect(halfYearOf('2026-06-30')).toBe('2026-H1');
    expect(halfYearOf('2026-07-01')).toBe('2026-H2');
    expect(halfYearStart('2026-H2')).toBe('2026-07-01');
    expect(nextHalfYearStart('2026-06-30')).toBe('2026-07-01');
    expect(nextHalfYearStart('2026-07-01')).toBe('2027-01-01');
  });
});

describe('todayIn', () => {
  it('gives the company calendar day at an instant', () => {
    const now = new Date(Date.UTC(2026, 11, 31, 23, 30));
    expect(todayIn('Europe/Paris', now)).toBe('2027-01-01');
    expect(todayIn('UTC', now)).toBe('2026-12-31');
    expect(todayIn('America/Martinique', now)).toBe('2026-12-31');
    expect(todayIn('Pacific/Noumea', new Date(Date.UTC(2026, 5, 30, 14, 0)))).toBe('2026-07-01');
    // summer time: 22:30 UTC on 30 June is 00:30 on 1 July in Paris
    expect(todayIn('Europe/Paris', new Date(Date.UTC(2026, 5, 30, 22, 30)))).toBe('2026-07-01');
  });
  it('falls back to Paris for an unknown zone', () => {
    expect(todayIn('Mars/Olympus', new Date(Date.UTC(2026, 11, 31, 23, 30)))).toBe('2027-01-01');
  });
});
