import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { db } from '../../db/database';
import { useDunningData } from '../../db/hooks';
import type { DunningData } from '../../db/snapshot';
import { todayIn } from '../../domain/dates';
import { dailyAlerts, dueActions } from '../../domain/dunning';
import type { CompanySettings, HalfYearRates, IsoDate } from '../../domain/model';
import { companyRates } from '../actions/companyRates';
import { useLoadedCompanySettings } from '../components/useToday';
import { setTodayOverview, useTodayStore, type TodayOverview } from './todayStore';

/** The tick's date, else the company's calendar date (re-read every minute until the first tick). */
export function useBusinessDay(): IsoDate {
  const tickDate = useTodayStore((s) => s.tickDate);
  const timeZone = useLoadedCompanySettings().timeZone;
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (tickDate !== null) return;
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, [tickDate]);
  return tickDate ?? todayIn(timeZone, now);
}

/** The engine's two views of one day, from plain data: used live by the screen and once per tick. */
export function computeOverview(
  data: DunningData,
  settings: CompanySettings,
  rates: HalfYearRates[],
  today: IsoDate,
): TodayOverview {
  const input = {
    ...data,
    today,
    tolerance: settings.tolerance,
    minDaysBetweenActions: settings.minDaysBetweenActions,
  };
  return {
    today,
    actions: dueActions(input),
    alerts: dailyAlerts({ ...input, rates }),
    clients: new Map(data.clients.map((c) => [c.id, c] as const)),
    scenarios: data.scenarios,
  };
}

/**
 * Keeps the shared overview in step with the database (live query) and the day; called
 * once, by the app frame. Returns it for the nav badge.
 */
export function useTodayOverviewSync(): TodayOverview | null {
  const data = useDunningData();
  const settings = useLoadedCompanySettings();
  const rates = useLiveQuery(() => companyRates(db()), []);
  const today = useBusinessDay();
  const overview = useMemo(
    () => (data && rates ? computeOverview(data, settings, rates, today) : null),
    [data, settings, rates, today],
  );
  useEffect(() => setTodayOverview(overview), [overview]);
  return overview;
}

/** What a screen reads: null while the database is loading. */
export function useTodayOverview(): TodayOverview | null {
  return useTodayStore((s) => s.overview);
}
