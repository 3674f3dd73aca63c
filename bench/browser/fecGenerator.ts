/**
 * A deterministic FEC as a sales ledger exports it: per invoice three sales lines (411
 * customer, 706 revenue, 44571 VAT), then for 90 % of them a bank payment (411 + 512);
 * 80 % are paid in full and lettered, 10 % half paid and not lettered, 10 % unpaid.
 * Same lines for the same arguments, in Node (the e2e tests, the Node figures) and in
 * the Chromium page (bundled by esbuild), so 100 MB never cross the DevTools protocol.
 */
export interface FecShape {
  /** how many customers the invoices are spread over (2,000 by default) */
  customers?: number;
  /** the LCG's seed (42 by default) */
  seed?: number;
}

const HEADER =
  'JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise';

/** `lines` data lines after the header, tab-separated, CRLF, as a text (encode it as UTF-8). */
export function generateFec(lines: number, shape: FecShape = {}): string {
  const customers = shape.customers ?? 2000;
  let seed = shape.seed ?? 42;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % n; // the low bits of an LCG cycle too fast
  };
  const money = (c: number): string => `${Math.floor(c / 100)},${String(c % 100).padStart(2, '0')}`;
  const day = (n: number): string => {
    const m = 1 + (Math.floor(n / 28) % 12);
    return `2026${String(m).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}`;
  };
  const out: string[] = [HEADER];
  let inv = 0;
  while (out.length <= lines) {
    inv++;
    const cust = `C${String(rand(customers)).padStart(5, '0')}`;
    const name = `Client ${cust} SARL`;
    const ttc = 1000 + rand(500000);
    const ht = Math.round(ttc / 1.2);
    const d = day(rand(330));
    const ref = `FA${String(inv).padStart(7, '0')}`;
    const roll = rand(10);
    const letter = roll < 8 ? `L${inv.toString(36).toUpperCase()}` : '';
    const row = (
      j: string,
      c: string,
      aux: string,
      auxLib: string,
      lib: string,
      deb: number,
      cre: number,
      lt = '',
      date = d,
    ) =>
      `${j}\t${j === 'VT' ? 'Ventes' : 'Banque'}\t${j}${inv}\t${date}\t${c}\t${c.startsWith('411') ? 'Clients' : 'Compte'}\t${aux}\t${auxLib}\t${ref}\t${date}\t${lib}\t${money(deb)}\t${money(cre)}\t${lt}\t${lt ? date : ''}\t${date}\t\t`;
    out.push(row('VT', '41100000', cust, name, `Facture ${ref}`, ttc, 0, letter));
    out.push(row('VT', '70600000', '', '', `Facture ${ref}`, 0, ht));
    out.push(row('VT', '44571000', '', '', `Facture ${ref}`, 0, ttc - ht));
    if (roll < 9) {
      const paid = roll < 8 ? ttc : Math.floor(ttc / 2);
      const pd = day(Math.min(359, rand(330) + 30));
      out.push(row('BQ', '41100000', cust, name, 'Règlement', 0, paid, letter, pd));
      out.push(row('BQ', '51200000', '', '', 'Règlement', paid, 0, '', pd));
    }
  }
  return out.slice(0, lines + 1).join('\r\n') + '\r\n';
}
