/**
 * The instalments proposed for a payment plan: the total split into `count` equal parts
 * (the cents left over go on the first instalment, so the last ones are round), the first
 * on the date chosen, the next every N days or every N months (the 31st becomes the last
 * day of a shorter month). The user then edits the rows.
 */
import { addDays, addMonths } from '../../../domain/dates';
import type { Cents, Instalment, IsoDate } from '../../../domain/model';

export type Every = 'days' | 'months';

export const MAX_INSTALMENTS = 60;

export function proposeInstalments(
  total: Cents,
  count: number,
  first: IsoDate,
  step: number,
  every: Every,
): Instalment[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_INSTALMENTS || total < count) return [];
  const part = Math.floor(total / count);
  const rest = total - part * count;
  return Array.from({ length: count }, (_, i) => ({
    // Months are counted from the first date, not chained, so 31 Jan → 28 Feb → 31 Mar.
    dueDate: every === 'months' ? addMonths(first, i * step) : addDays(first, i * step),
    amount: part + (i === 0 ? rest : 0),
  }));
}
