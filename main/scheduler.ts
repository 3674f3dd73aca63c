/**
 * The daily clock's wiring; the timing rules are pure in renderer/src/domain/schedule.ts.
 * Ticks at start-up, on resume from sleep and at the configured hour; the timer is
 * re-armed after each tick, on resume and when the hour or zone changes, and never
 * sleeps more than an hour so a wall-clock change (the user fixing the clock, a trip
 * abroad) is noticed. The renderer answers a tick with 'app:setDueCount' and
 * 'notify:show'.
 */
import type { SchedulerTick } from '../renderer/src/platform/platform';
import {
  laterTickDate,
  MAX_TIMER_DELAY,
  nextTickAt,
  tickOnResume,
  tickOnSchedule,
  tickOnStart,
  type CatchUpTick,
} from '../renderer/src/domain/schedule';

export interface SchedulerDeps {
  now(): number;
  setTimer(run: () => void, delayMs: number): unknown;
  clearTimer(handle: unknown): void;
  /** read at every decision: a change of hour in the settings applies at once */
  config(): { time: string; timeZone: string };
  lastTickDate(): string | undefined;
  setLastTickDate(date: string): void;
  /** false when no page could receive it (window closed): the day is not marked as ticked */
  send(tick: SchedulerTick): boolean;
}

export interface Scheduler {
  /** the start-up catch-up tick, then the timer */
  start(): void;
  /** powerMonitor 'resume' */
  resume(): void;
  /** the hour or the zone changed */
  reschedule(): void;
  stop(): void;
  /** the instant the timer aims at (for tests and logs) */
  readonly armedFor: number | null;
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  let handle: unknown = null;
  let target: number | null = null;

  function input() {
    const { time, timeZone } = deps.config();
    return { now: deps.now(), time, timeZone, lastTickDate: deps.lastTickDate() };
  }

  function emit(tick: CatchUpTick | null, reason: SchedulerTick['reason']): void {
    if (tick === null) return;
    if (deps.send({ ...tick, reason })) deps.setLastTickDate(laterTickDate(deps.lastTickDate(), tick.date));
  }

  function arm(): void {
    if (handle !== null) deps.clearTimer(handle);
    const { now, time, timeZone } = input();
    target = nextTickAt({ now, time, timeZone });
    handle = deps.setTimer(onTimer, Math.min(target - now, MAX_TIMER_DELAY));
  }

  function onTimer(): void {
    handle = null;
    // Woken early (the hourly check, or the clock moved back): just aim again.
    if (target !== null && deps.now() >= target) emit(tickOnSchedule(input()), 'daily');
    arm();
  }

  return {
    start() {
      emit(tickOnStart(input()), 'startup');
      arm();
    },
    resume() {
      emit(tickOnResume(input()), 'resume');
      arm();
    },
    reschedule: arm,
    stop() {
      if (handle !== null) deps.clearTimer(handle);
      handle = null;
      target = null;
    },
    get armedFor() {
      return target;
    },
  };
}
