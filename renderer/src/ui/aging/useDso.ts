import { useMemo } from 'react';
import { useInvoicesDueSince } from '../../db/hooks';
import { countbackDsoOf, DSO_MAX_MONTHS } from '../../domain/aging';
import { addMonths } from '../../domain/dates';
import type { Cents, IsoDate } from '../../domain/model';

/**
 * The DSO of the receivables shown, by the countback method over the last two years of
 * invoices. Read after the aged balance (the history is larger than the open
 * receivables), so the table shows at once and this figure a moment later.
 */
export function useDso(receivables: Cents, today: IsoDate): { days: number; capped: boolean } | undefined {
  const since = addMonths(today, -DSO_MAX_MONTHS);
  const history = useInvoicesDueSince(since);
  return useMemo(
    () => (history ? countbackDsoOf(receivables, history, today) : undefined),
    [history, receivables, today],
  );
}
