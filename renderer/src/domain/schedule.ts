/**
 * The daily clock's timing, pure: "now" is an epoch-ms parameter, the company's time
 * zone an IANA name. Both the Electron main process (main/scheduler.ts) and the web
 * mode (platform/browser.ts) use it, so the two shells tick on the same rules:
 *
 * - one tick per business day at most (the last tick date is stored by the caller);
 * - at start-up / on resume, a single catch-up tick if today has not ticked yet —
 *   never one per missed day: the dunning engine proposes the next step per client;
 * - a clock set backwards (today before the last tick date) never ticks and the later
 *   date is kept, so nothing fires again when the clock comes back;
 * - the configured hour is a wall-clock time in the zone: on the March DST Sunday in
 *   Paris 02:30 does not exist (we tick at 03:30, the instant the clocks skip to, like
 *   Temporal's 'compatible'), on the October one it happens twice (we tick at the
 *   first one only).
 */
import { addDays, daysBetween, isIsoDate } from './dates';
import type { IsoDate } from './model';

export const DEFAULT_TIME_ZONE = 'Europe/Paris';
export const DEFAULT_SCHEDULER_TIME = '08:30';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE = 60_000;
const DAY = 86_400_000;

export interface CatchUpTick {
  date: IsoDate;
  /** scheduled instants (the configured hour, one per day) that passed without a tick */
  missedDays: number;
}

export interface ScheduleInput {
  now: number;
  /** 'HH:MM' wall-clock time in `timeZone`; a malformed value falls back to the default */
  time: string;
  timeZone?: string;
  /** the business date of the last tick sent, or undefined before the first one */
  lastTickDate?: string | undefined;
}

export function parseSchedulerTime(time: string): { hour: number; minute: number } | null {
  const m = TIME.exec(time);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function wallFormat(timeZone: string): Intl.DateTimeFormat | null {
  let f = formats.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      return null;
    }
    formats.set(timeZone, f);
  }
  return f;
}

/** An unknown zone name (typo in a hand-edited settings file) falls back to Paris. */
export function resolveTimeZone(timeZone: string | undefined): string {
  return timeZone && wallFormat(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
}

/** The wall clock in `timeZone` at `instant`, written as if it were UTC (ms, whole seconds). */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const f = wallFormat(timeZone) ?? (wallFormat(DEFAULT_TIME_ZONE) as Intl.DateTimeFormat);
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
}

/** UTC offset of `timeZone` at `instant`, in ms (Paris in winter: +3 600 000). */
function offsetAt(instant: number, timeZone: string): number {
  const floored = Math.floor(instant / 1000) * 1000;
  return wallClockAsUtc(floored, timeZone) - floored;
}

/** The business date in `timeZone` at `instant`. */
export function businessDate(instant: number, timeZone: string): IsoDate {
  return new Date(wallClockAsUtc(instant, resolveTimeZone(timeZone))).toISOString().slice(0, 10);
}

/**
 * The instant at which the wall clock of `timeZone` shows `hour:minute` on `date`.
 * Skipped (spring-forward gap): the instant the clocks jump over it, shifted by the gap
 * (02:30 → 03:30 in Paris). Repeated (fall-back): the first of the two.
 */
export function instantOfWallTime(date: IsoDate, hour: number, minute: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  // Offsets around the wall time: a day either side covers every real transition.
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const candidates = [wall - before, wall - after]
    .filter((t) => offsetAt(t, timeZone) === wall - t)
    .sort((a, b) => a - b);
  // Exists once or twice: the earliest. Does not exist: read it with the offset in
  // force before the jump, which lands just after the gap by the gap's length.
  return candidates[0] ?? wall - before;
}

/** The next instant strictly after `now` when the configured hour occurs in the zone. */
export function nextTickAt(input: Omit<ScheduleInput, 'lastTickDate'>): number {
  const zone = resolveTimeZone(input.timeZone);
  const { hour, minute } = parseSchedulerTime(input.time) ?? parseSchedulerTime(DEFAULT_SCHEDULER_TIME)!;
  const today = businessDate(input.now, zone);
  // One candidate per calendar day (never the second 02:30 of an October Sunday).
  for (let i = 0; i < 3; i++) {
    const at = instantOfWallTime(addDays(today, i), hour, minute, zone);
    if (at > input.now) return at;
  }
  // Unreachable for real zones (a day never lasts 48 h); keep the caller's timer finite.
  return input.now + DAY;
}

function validLast(lastTickDate: string | undefined): IsoDate | undefined {
  return lastTickDate !== undefined && isIsoDate(lastTickDate) ? lastTickDate : undefined;
}

/**
 * The days after the last tick whose scheduled instant has passed by `now`. Every day
 * strictly between the last tick and today has passed (its hour is before today's
 * midnight); today's counts only once its hour has come.
 */
function passedInstantsSinceLast(today: IsoDate, last: IsoDate, input: ScheduleInput, zone: string): number {
  const { hour, minute } = parseSchedulerTime(input.time) ?? parseSchedulerTime(DEFAULT_SCHEDULER_TIME)!;
  const fullDays = daysBetween(last, today) - 1;
  const todayPassed = instantOfWallTime(today, hour, minute, zone) <= input.now ? 1 : 0;
  return fullDays + todayPassed;
}

/**
 * At start-up or on resume: one tick if today has not ticked yet, whatever the hour.
 * The ticks the app would have sent at the configured hour while closed or asleep are
 * counted in missedDays (asleep from 22:00 to 09:00 with an 08:30 hour: 1), never sent.
 */
export function tickOnStart(input: ScheduleInput): CatchUpTick | null {
  const zone = resolveTimeZone(input.timeZone);
  const today = businessDate(input.now, zone);
  const last = validLast(input.lastTickDate);
  if (last === undefined) return { date: today, missedDays: 0 };
  // Same day: already done. Earlier day: the clock went backwards; wait for it.
  if (today <= last) return null;
  return { date: today, missedDays: passedInstantsSinceLast(today, last, input, zone) };
}

/** Waking from sleep follows the start-up rule. */
export const tickOnResume = tickOnStart;

/**
 * The daily timer fired: tick unless today already ticked (at start-up this morning,
 * or the first 02:30 of a fall-back night). The current instant is the one being
 * served, so it is not counted as missed.
 */
export function tickOnSchedule(input: ScheduleInput): CatchUpTick | null {
  const tick = tickOnStart(input);
  if (tick === null) return null;
  return { date: tick.date, missedDays: Math.max(0, tick.missedDays - 1) };
}

/** Never move the stored last tick date backwards (clock set back, then forward). */
export function laterTickDate(stored: string | undefined, tickDate: IsoDate): IsoDate {
  const last = validLast(stored);
  return last !== undefined && last > tickDate ? last : tickDate;
}

/** Timers are re-armed at most this far ahead, so a wall-clock change is noticed. */
export const MAX_TIMER_DELAY = 60 * MINUTE;
