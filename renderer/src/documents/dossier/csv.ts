/**
 * CSV the way French Excel opens it with a double click: UTF-8 with a BOM (else accents
 * break), ";" separators (the comma is the decimal mark), CRLF line ends, amounts as
 * "1234,56" without thousands separators (Excel reads them as numbers).
 */
import type { Cents } from '../../domain/model';

/** `{ amount }` is a figure already formatted: never treated as a possible formula. */
export type CsvCell = string | number | null | undefined | { amount: string };

/** Quotes when needed; a text cell starting with = + - @ is prefixed with ' so Excel never runs it. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.amount;
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** An amount cell: -1234,56 (a number type, so never formula-escaped). */
export function csvAmount(cents: Cents | null | undefined): CsvCell {
  if (cents === null || cents === undefined) return '';
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  return { amount: `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}` };
}

export function csvFile(header: readonly string[], rows: readonly CsvCell[][]): Uint8Array {
  const lines = [header.map(csvCell).join(';'), ...rows.map((r) => r.map(csvCell).join(';'))];
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
}
