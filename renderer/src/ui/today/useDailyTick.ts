/**
 * The renderer's side of the daily scheduler: on each tick the day moves to the tick's
 * date, the engine runs on a fresh snapshot of the database, the shell gets the count
 * (tray badge) and a notification says what the morning holds. A click on it comes back
 * through onNavigate. Between ticks the count follows the live data (an action done
 * lowers the badge at once).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { loadDunningData } from '../../db/snapshot';
import type { Language } from '../../domain/model';
import { formatMoney, sumCents } from '../../domain/money';
import { platform } from '../../platform';
import type { SchedulerTick } from '../../platform';
import { useCompanySettings } from '../../state/companySettings';
import { parseRoute, useNavigation } from '../../state/navigation';
import { companyRates } from '../actions/companyRates';
import { runDailyBackup } from './dailyBackup';
import { setTickDate } from './todayStore';
import { computeOverview, useTodayOverviewSync } from './useTodayOverview';

/** Subscribes to the clock in the app frame; returns the live count of today's actions. */
export function useDailyTick(): number {
  const { t, i18n } = useTranslation('today');
  const navigate = useNavigation((s) => s.navigate);
  const overview = useTodayOverviewSync();
  const translate = useRef({ t, lang: i18n.language });
  translate.current = { t, lang: i18n.language };

  useEffect(() => {
    const onTick = (tick: SchedulerTick) => {
      setTickDate(tick.date);
      void announce(tick, translate.current).catch(() => undefined);
      void runDailyBackup(platform, tick.date, new Date())
        .then((outcome) => {
          if (outcome.status === 'failed') {
            const { t: tr } = translate.current;
            return platform.notify({ title: 'Recouvre', body: tr('backupFailed', { message: outcome.message }) });
          }
        })
        .catch(() => undefined);
    };
    const offTick = platform.onTick(onTick);
    const offNavigate = platform.onNavigate((route) => navigate(parseRoute(`#/${route}`)));
    return () => {
      offTick();
      offNavigate();
    };
  }, [navigate]);

  const count = overview?.actions.length ?? 0;
  useEffect(() => {
    if (overview) void platform.setDueCount(count).catch(() => undefined);
  }, [overview, count]);
  return count;
}

async function announce(
  tick: SchedulerTick,
  { t, lang }: { t: (key: string, options?: Record<string, unknown>) => string; lang: string },
): Promise<void> {
  const settingsState = useCompanySettings.getState();
  if (!settingsState.loaded) await settingsState.load();
  const settings = useCompanySettings.getState().settings;
  const database = db();
  const [data, rates] = await Promise.all([loadDunningData(database), companyRates(database)]);
  const { actions, alerts } = computeOverview(data, settings, rates, tick.date);
  await platform.setDueCount(actions.length);
  if (actions.length === 0 && alerts.length === 0) return;
  const language: Language = lang === 'en' ? 'en' : 'fr';
  const amount = formatMoney(sumCents(actions.map((a) => a.amount)), language);
  const parts = [
    actions.length > 0 ? t('notification.actions', { count: actions.length, amount }) : null,
    alerts.length > 0 ? t('notification.alerts', { count: alerts.length }) : null,
  ].filter((p): p is string => p !== null);
  await platform.notify({ title: 'Recouvre', body: parts.join(' · '), route: 'today' });
}
