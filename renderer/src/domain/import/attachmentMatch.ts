/**
 * Which invoice a file is about, from its name: "Facture FA-2026-0042.pdf",
 * "fa_2026_0042.PDF" and "FA20260042.pdf" all name invoice FA-2026-0042. Separators and
 * case are ignored; a number must not be glued to more digits ("FA-2026-004" is not in
 * "FA-2026-0042"), and the longest number found wins.
 */
import { normalizeInvoiceNumber } from './plan';

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

export function invoiceNumberInFileName(fileName: string, numbers: readonly string[]): string | undefined {
  const base = normalizeInvoiceNumber(fileName.replace(/\.[a-z0-9]{1,5}$/i, ''));
  let best: string | undefined;
  let bestLength = 0;
  for (const number of numbers) {
    const n = normalizeInvoiceNumber(number);
    if (n.length === 0 || n.length <= bestLength) continue;
    let at = base.indexOf(n);
    while (at >= 0) {
      const before = base[at - 1];
      const after = base[at + n.length];
      const glued = (isDigit(n[0]) && isDigit(before)) || (isDigit(n[n.length - 1]) && isDigit(after));
      if (!glued) {
        best = number;
        bestLength = n.length;
        break;
      }
      at = base.indexOf(n, at + 1);
    }
  }
  return best;
}
