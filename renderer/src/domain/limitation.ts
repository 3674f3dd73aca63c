/**
 * When an unpaid invoice becomes time-barred (prescription), so the app warns while
 * there is still time to act (a court claim or the debtor's acknowledgement interrupts
 * it; a reminder or a formal notice does not).
 * - business debtor: 5 years (Code de commerce L110-4), counted from the due date;
 * - consumer: 2 years (Code de la consommation L218-2), from the due date;
 * - public buyer: déchéance quadriennale (loi n° 68-1250 of 31 December 1968, art. 1):
 *   4 years from 1 January of the year after the rights were acquired. The service is done
 *   by the invoice date at the latest, so the year of the issue date is used: the earliest
 *   plausible end, hence the safe one for a warning. It is often shorter than 5 years.
 * The returned date is the last day on which the claim can still be brought (Code civil
 * 2229: the period ends when its last day is over).
 */
import { addYears, daysBetween, toIsoDate } from './dates';
import type { Client, Invoice, IsoDate } from './model';

export const BUSINESS_LIMITATION_YEARS = 5;
export const CONSUMER_LIMITATION_YEARS = 2;
export const PUBLIC_LIMITATION_YEARS = 4;

export function limitationDate(invoice: Invoice, client: Client): IsoDate {
  switch (client.kind) {
    case 'consumer':
      return addYears(invoice.dueDate, CONSUMER_LIMITATION_YEARS);
    case 'public': {
      const year = Number(invoice.issueDate.slice(0, 4));
      // from 1 January of year + 1, four full years: last day is 31 December of year + 4
      return toIsoDate(year + PUBLIC_LIMITATION_YEARS, 12, 31);
    }
    default:
      return addYears(invoice.dueDate, BUSINESS_LIMITATION_YEARS);
  }
}

/**
 * The limitation date when it is `days` days away or less. `daysLeft` is 0 on the last
 * day and negative once the claim is time-barred (still returned, so the screen says so).
 * The caller skips paid invoices: this function does not see payments.
 */
export function limitationWarning(
  invoice: Invoice,
  client: Client,
  today: IsoDate,
  days = 90,
): { date: IsoDate; daysLeft: number } | null {
  const date = limitationDate(invoice, client);
  const daysLeft = daysBetween(today, date);
  return daysLeft <= days ? { date, daysLeft } : null;
}
