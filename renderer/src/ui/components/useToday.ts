import { useEffect, useState } from 'react';
import { todayIn } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';
import { useCompanySettings } from '../../state/companySettings';

/**
 * The company's calendar date (its time zone, not the machine's), re-read every minute
 * so a screen left open overnight moves to the new day.
 */
export function useToday(): IsoDate {
  const timeZone = useCompanySettings((s) => s.settings.timeZone);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return todayIn(timeZone, now);
}

/** Company settings are read once from the platform; a screen that needs them asks for the load. */
export function useLoadedCompanySettings() {
  const settings = useCompanySettings((s) => s.settings);
  const loaded = useCompanySettings((s) => s.loaded);
  const load = useCompanySettings((s) => s.load);
  useEffect(() => {
    if (!loaded) void load().catch(() => undefined);
  }, [loaded, load]);
  return settings;
}
