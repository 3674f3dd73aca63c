/**
 * The FEC (Fichier des Écritures Comptables, LPF art. A47 A-1): the accounting entries
 * of a year, one line each. We read it to find what customers still owe (see
 * fecReceivables.ts). The law says tab or "|" separated, AAAAMMJJ dates, decimal comma;
 * real exports are also ";"-separated, DD/MM/YYYY, UTF-8: accepted, and said in `guesses`.
 *
 * A FEC may hold a million lines. It is read in chunks of lines, with a pause between
 * chunks so the page can paint the progress and the user can cancel; only the lines of
 * customer accounts (411, 416) are kept, with the fields the receivables need.
 */
import type { Cents, IsoDate } from '../model';
import { err, ok, type Result } from '../result';
import { FecDateReader, parseFecAmount } from './fecFields';
import { normalizeText, type ImportGuess, type ImportIssue } from './plan';

export { deriveOpenReceivables, fecImportPlan } from './fecReceivables';
export type { OpenReceivables, ReceivablesOptions } from './fecReceivables';

export type FecSeparator = '\t' | '|' | ';';

/** A line of a customer account, with the fields needed to find open invoices. */
export interface FecLine {
  /** line number in the file (header = 1) */
  line: number;
  journalCode: string;
  journalLib: string;
  ecritureNum: string;
  ecritureDate: IsoDate;
  compteNum: string;
  compteLib: string;
  compAuxNum: string;
  compAuxLib: string;
  pieceRef: string;
  /** EcritureDate when the file leaves PieceDate empty */
  pieceDate: IsoDate;
  ecritureLib: string;
  debit: Cents;
  credit: Cents;
  ecritureLet: string;
  dateLet: IsoDate | null;
}

export interface FecFile {
  separator: FecSeparator;
  /** column names as written in the header */
  columns: string[];
  /** data lines read (empty lines excluded) */
  lineCount: number;
  /** lines of customer accounts (411…, 416…) */
  lines: FecLine[];
  totalDebit: Cents;
  totalCredit: Cents;
  /** the first MAX_ERRORS rejected cells; errorCount says how many in all */
  errors: ImportIssue[];
  errorCount: number;
  guesses: ImportGuess[];
}

export interface FecParseOptions {
  onProgress?: (linesDone: number, totalLines: number) => void;
  signal?: AbortSignal;
  /** lines between two pauses (default 50 000) */
  chunkLines?: number;
  /** account prefixes of customers (default 411 and 416, clients douteux) */
  customerAccounts?: readonly string[];
  /** how to pause between chunks; a macrotask by default so the page stays responsive */
  pause?: () => Promise<void>;
}

export const MAX_ERRORS = 1000;

// Normalized header names (lower case, no accent, alphanumeric) → our field.
const COLUMN_NAMES: Record<string, string> = {
  journalcode: 'journalCode',
  journallib: 'journalLib',
  ecriturenum: 'ecritureNum',
  ecrituredate: 'ecritureDate',
  comptenum: 'compteNum',
  comptelib: 'compteLib',
  compauxnum: 'compAuxNum',
  compauxlib: 'compAuxLib',
  pieceref: 'pieceRef',
  piecedate: 'pieceDate',
  ecriturelib: 'ecritureLib',
  debit: 'debit',
  credit: 'credit',
  ecriturelet: 'ecritureLet',
  datelet: 'dateLet',
  validdate: 'validDate',
  montantdevise: 'montantDevise',
  idevise: 'iDevise',
  montant: 'montant',
  sens: 'sens',
  codeetablissement: 'codeEtablissement',
};

const REQUIRED = ['journalCode', 'ecritureDate', 'compteNum', 'pieceRef', 'ecritureLet'];

function defaultPause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function detectSeparator(header: string): FecSeparator | null {
  const counts: [FecSeparator, number][] = [
    ['\t', header.split('\t').length - 1],
    ['|', header.split('|').length - 1],
    [';', header.split(';').length - 1],
  ];
  counts.sort((a, b) => b[1] - a[1]);
  const best = counts[0];
  return best && best[1] >= 5 ? best[0] : null;
}

/** Splits a ";" line that may quote its cells ("Dupont; fils") — tab and "|" files never quote. */
function splitQuoted(raw: string, sep: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (quoted) {
      if (c === '"' && raw[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

function countLines(text: string): number {
  let n = 0;
  let at = text.indexOf('\n');
  while (at >= 0) {
    n++;
    at = text.indexOf('\n', at + 1);
  }
  return text.length > 0 && !text.endsWith('\n') ? n + 1 : n;
}

/** The SIREN and closing date of a file named `<SIREN>FEC<AAAAMMJJ>` (".txt" or not). */
export function parseFecFileName(name: string): { siren: string; closingDate: IsoDate } | null {
  const m = /(\d{9})FEC(\d{8})/i.exec(name);
  if (!m) return null;
  const reader = new FecDateReader();
  const date = reader.read(m[2]!);
  return date ? { siren: m[1]!, closingDate: date } : null;
}

export async function parseFec(text: string, options: FecParseOptions = {}): Promise<Result<FecFile>> {
  const pause = options.pause ?? defaultPause;
  const chunk = options.chunkLines ?? 50_000;
  const prefixes = options.customerAccounts ?? ['411', '416'];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return err('import.empty');

  const headerEnd = body.indexOf('\n');
  const headerLine = (headerEnd < 0 ? body : body.slice(0, headerEnd)).replace(/\r$/, '');
  const separator = detectSeparator(headerLine);
  if (!separator) return err('fec.notFec');
  let columns = headerLine.split(separator).map((c) => c.trim().replace(/^"|"$/g, ''));
  // A separator at the end of every line makes an empty last column: not a column.
  const trailing = columns.length > 0 && columns[columns.length - 1] === '';
  if (trailing) columns = columns.slice(0, -1);
  const index: Record<string, number> = {};
  columns.forEach((name, i) => {
    const field = COLUMN_NAMES[normalizeText(name).replace(/ /g, '')];
    if (field && index[field] === undefined) index[field] = i;
  });
  const missing = REQUIRED.filter((f) => index[f] === undefined);
  const signed = index.montant !== undefined && index.sens !== undefined;
  if (!signed && (index.debit === undefined || index.credit === undefined)) missing.push('debit', 'credit');
  if (missing.length > 0) {
    if (missing.length >= 4) return err('fec.notFec');
    return err('fec.columnMissing', { columns: missing.join(', ') });
  }
  const col = (f: string): number => index[f] ?? -1;
  const [cJournal, cJournalLib, cNum, cDate, cCompte, cCompteLib, cAux, cAuxLib, cPiece, cPieceDate, cLib] = [
    'journalCode',
    'journalLib',
    'ecritureNum',
    'ecritureDate',
    'compteNum',
    'compteLib',
    'compAuxNum',
    'compAuxLib',
    'pieceRef',
    'pieceDate',
    'ecritureLib',
  ].map(col) as [number, number, number, number, number, number, number, number, number, number, number];
  const [cDebit, cCredit, cLet, cDateLet, cMontant, cSens] = [
    'debit',
    'credit',
    'ecritureLet',
    'dateLet',
    'montant',
    'sens',
  ].map(col) as [number, number, number, number, number, number];
  const columnName = (c: number): string => columns[c] ?? '';

  const file: FecFile = {
    separator,
    columns,
    lineCount: 0,
    lines: [],
    totalDebit: 0,
    totalCredit: 0,
    errors: [],
    errorCount: 0,
    guesses: [],
  };
  const dates = new FecDateReader();
  const totalLines = Math.max(0, countLines(body) - 1);
  const quoted = separator === ';';
  let missingPieceDates = 0;
  const issue = (line: number, c: number, code: string, value: string): void => {
    file.errorCount++;
    if (file.errors.length < MAX_ERRORS)
      file.errors.push({ line, field: columnName(c), code, params: { value } });
  };

  let pos = headerEnd < 0 ? body.length : headerEnd + 1;
  let lineNo = 1;
  let done = 0;
  while (pos < body.length) {
    if (options.signal?.aborted) return err('import.cancelled');
    const stop = done + chunk;
    for (; done < stop && pos < body.length; done++) {
      let nl = body.indexOf('\n', pos);
      if (nl < 0) nl = body.length;
      const end = nl > pos && body.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      const raw = body.slice(pos, end);
      pos = nl + 1;
      lineNo++;
      if (raw.length === 0 || raw.trim() === '') continue;
      file.lineCount++;
      let cells = quoted && raw.includes('"') ? splitQuoted(raw, separator) : raw.split(separator);
      if (cells.length === columns.length + 1 && cells[cells.length - 1] === '') cells = cells.slice(0, -1);
      if (cells.length !== columns.length) {
        file.errorCount++;
        if (file.errors.length < MAX_ERRORS) {
          file.errors.push({
            line: lineNo,
            code: 'import.columnCount',
            params: { found: cells.length, expected: columns.length },
          });
        }
        continue;
      }
      const errorsBefore = file.errorCount;
      const dateRaw = cells[cDate]!;
      const ecritureDate = dates.read(dateRaw);
      if (ecritureDate === null) issue(lineNo, cDate, 'fec.date', dateRaw);
      let debit: Cents | null;
      let credit: Cents | null;
      if (signed) {
        const amount = parseFecAmount(cells[cMontant]!.trim());
        if (amount === null) issue(lineNo, cMontant, 'fec.amount', cells[cMontant]!);
        const sens = cells[cSens]!.trim().toUpperCase();
        const isDebit =
          sens === 'D' ||
          sens === '+1' ||
          sens === '1' ||
          sens === '+' ||
          sens.startsWith('DEB') ||
          sens.startsWith('DÉB');
        const isCredit = sens === 'C' || sens === '-1' || sens === '-' || sens.startsWith('CR');
        if (!isDebit && !isCredit) issue(lineNo, cSens, 'fec.sens', cells[cSens]!);
        debit = isDebit ? amount : 0;
        credit = isCredit ? amount : 0;
      } else {
        debit = parseFecAmount(cells[cDebit]!.trim());
        if (debit === null) issue(lineNo, cDebit, 'fec.amount', cells[cDebit]!);
        credit = parseFecAmount(cells[cCredit]!.trim());
        if (credit === null) issue(lineNo, cCredit, 'fec.amount', cells[cCredit]!);
      }
      let pieceDate: IsoDate | null = null;
      const pieceRaw = cPieceDate >= 0 ? cells[cPieceDate]!.trim() : '';
      if (pieceRaw !== '') {
        pieceDate = dates.read(pieceRaw);
        if (pieceDate === null) issue(lineNo, cPieceDate, 'fec.date', pieceRaw);
      }
      let dateLet: IsoDate | null = null;
      const letRaw = cDateLet >= 0 ? cells[cDateLet]!.trim() : '';
      if (letRaw !== '') {
        dateLet = dates.read(letRaw);
        if (dateLet === null) issue(lineNo, cDateLet, 'fec.date', letRaw);
      }
      if (file.errorCount > errorsBefore || ecritureDate === null || debit === null || credit === null)
        continue;
      file.totalDebit += debit;
      file.totalCredit += credit;
      const compte = cells[cCompte]!.trim();
      if (!prefixes.some((p) => compte.startsWith(p))) continue;
      if (pieceDate === null) missingPieceDates++;
      file.lines.push({
        line: lineNo,
        journalCode: cells[cJournal]!.trim(),
        journalLib: cJournalLib >= 0 ? cells[cJournalLib]!.trim() : '',
        ecritureNum: cNum >= 0 ? cells[cNum]!.trim() : '',
        ecritureDate,
        compteNum: compte,
        compteLib: cCompteLib >= 0 ? cells[cCompteLib]!.trim() : '',
        compAuxNum: cAux >= 0 ? cells[cAux]!.trim() : '',
        compAuxLib: cAuxLib >= 0 ? cells[cAuxLib]!.trim() : '',
        pieceRef: cells[cPiece]!.trim(),
        pieceDate: pieceDate ?? ecritureDate,
        ecritureLib: cLib >= 0 ? cells[cLib]!.trim() : '',
        debit,
        credit,
        ecritureLet: cells[cLet]!.trim(),
        dateLet,
      });
    }
    options.onProgress?.(done, totalLines);
    if (pos < body.length) await pause();
  }
  if (file.lineCount === 0) return err('import.noLines');

  if (separator !== '\t' && separator !== '|')
    file.guesses.push({ code: 'fec.guess.separator', params: { separator } });
  for (const format of dates.formats) {
    if (format !== 'AAAAMMJJ') file.guesses.push({ code: 'fec.guess.dateFormat', params: { format } });
  }
  if (missingPieceDates > 0)
    file.guesses.push({ code: 'fec.guess.pieceDateMissing', params: { count: missingPieceDates } });
  if (file.errorCount === 0 && file.totalDebit !== file.totalCredit) {
    file.guesses.push({
      code: 'fec.guess.unbalanced',
      params: { debit: file.totalDebit, credit: file.totalCredit },
    });
  }
  return ok(file);
}
