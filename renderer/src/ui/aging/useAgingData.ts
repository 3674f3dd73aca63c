import { useMemo } from 'react';
import { agingReport, type AgingReport } from '../../domain/aging';
import { clientDunningStatus } from '../../domain/dunning';
import type { IsoDate } from '../../domain/model';
import { useDunningData } from '../../db/hooks';
import { joinAgingRows, type AgingViewRow } from './agingView';
import { useLoadedCompanySettings, useToday } from './useToday';

export interface AgingData {
  today: IsoDate;
  report: AgingReport;
  rows: AgingViewRow[];
}

/**
 * The report of today's open receivables and each client's stage, recomputed only when
 * the database, the day or the company's buckets/tolerance change (not on a keystroke).
 * The open receivables snapshot is enough: a settled invoice is in no bucket.
 */
export function useAgingData(): AgingData | undefined {
  const data = useDunningData();
  const settings = useLoadedCompanySettings();
  const today = useToday();
  const { bounds } = settings.agingBuckets;
  const { tolerance, minDaysBetweenActions } = settings;
  return useMemo(() => {
    if (!data) return undefined;
    const report = agingReport({
      clients: data.clients,
      invoices: data.invoices,
      payments: data.payments,
      disputes: data.disputes,
      asOf: today,
      bounds,
    });
    const statuses = clientDunningStatus({ ...data, today, tolerance, minDaysBetweenActions });
    return { today, report, rows: joinAgingRows(report, data.clients, statuses) };
  }, [data, today, bounds, tolerance, minDaysBetweenActions]);
}
