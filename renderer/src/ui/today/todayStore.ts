/**
 * The business day and what it asks for, shared by the app frame (nav badge, tray
 * count), the Today screen and the print preview so the engine runs once per change.
 * "Today" is the date of the last scheduler tick, so a day changes at the configured
 * hour like on the desktop (and a test can move the page clock); before the first tick
 * it is the company's calendar date.
 */
import { create } from 'zustand';
import type { DueAction, DunningAlert } from '../../domain/dunning';
import type { Client, IsoDate, Scenario } from '../../domain/model';

export interface TodayOverview {
  today: IsoDate;
  actions: DueAction[];
  alerts: DunningAlert[];
  clients: Map<string, Client>;
  scenarios: Scenario[];
}

interface TodayState {
  tickDate: IsoDate | null;
  overview: TodayOverview | null;
}

export const useTodayStore = create<TodayState>(() => ({ tickDate: null, overview: null }));

export function setTickDate(date: IsoDate): void {
  useTodayStore.setState({ tickDate: date });
}

export function setTodayOverview(overview: TodayOverview | null): void {
  useTodayStore.setState({ overview });
}
