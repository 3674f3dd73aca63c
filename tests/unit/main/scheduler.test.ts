import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../../main/scheduler';
import type { SchedulerTick } from '../../../renderer/src/platform/platform';
import { FakeClock, paris } from './fakeClock';

const H = 3_600_000;

function setup(start: number, lastTickDate?: string, time = '08:30') {
  const clock = new FakeClock(start);
  const sent: SchedulerTick[] = [];
  const memory = { last: lastTickDate, delivered: true };
  const scheduler = createScheduler({
    now: clock.now,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    config: () => ({ time, timeZone: 'Europe/Paris' }),
    lastTickDate: () => memory.last,
    setLastTickDate: (d) => {
      memory.last = d;
    },
    send: (tick) => {
      if (memory.delivered) sent.push(tick);
      return memory.delivered;
    },
  });
  return { clock, sent, memory, scheduler };
}

describe('scheduler wiring', () => {
  it('start-up: one catch-up tick, stored, then the timer aims at the next 08:30', () => {
    const { clock, sent, memory, scheduler } = setup(paris('2026-01-15 07:00', 1), '2026-01-14');
    scheduler.start();
    expect(sent).toEqual([{ date: '2026-01-15', missedDays: 0, reason: 'startup' }]);
    expect(memory.last).toBe('2026-01-15');
    expect(scheduler.armedFor).toBe(paris('2026-01-15 08:30', 1));
    // never sleeps more than an hour: a wall-clock change is noticed
    expect(Math.max(...clock.pendingDelays)).toBeLessThanOrEqual(H);
    // 08:30 comes: today already ticked at start-up → nothing, and re-armed for tomorrow
    clock.advanceTo(paris('2026-01-15 09:00', 1));
    expect(sent).toHaveLength(1);
    expect(scheduler.armedFor).toBe(paris('2026-01-16 08:30', 1));
  });

  it('awake for a week: exactly one tick a day at 08:30', () => {
    const { clock, sent, scheduler } = setup(paris('2026-01-15 10:00', 1), '2026-01-15');
    scheduler.start();
    expect(sent).toEqual([]);
    clock.advanceTo(paris('2026-01-22 10:00', 1));
    // 16, 17, …, 22 January: 7 ticks, none missed
    expect(sent.map((t) => t.date)).toEqual([
      '2026-01-16',
      '2026-01-17',
      '2026-01-18',
      '2026-01-19',
      '2026-01-20',
      '2026-01-21',
      '2026-01-22',
    ]);
    expect(sent.every((t) => t.reason === 'daily' && t.missedDays === 0)).toBe(true);
  });

  it('across the October DST night with a 02:30 hour: one tick per day, not two', () => {
    const { clock, sent, scheduler } = setup(paris('2026-10-24 12:00', 2), '2026-10-24', '02:30');
    scheduler.start();
    // until Mon 26 at 03:00 CET (02:00Z)
    clock.advanceTo(Date.UTC(2026, 9, 26, 2, 0));
    expect(sent.map((t) => t.date)).toEqual(['2026-10-25', '2026-10-26']);
  });

  it('across the March DST night with a 02:30 hour: Sunday still ticks (at 03:30)', () => {
    const { clock, sent, scheduler } = setup(paris('2026-03-28 12:00', 1), '2026-03-28', '02:30');
    scheduler.start();
    clock.advanceTo(Date.UTC(2026, 2, 29, 1, 29)); // 03:29 CEST
    expect(sent).toEqual([]);
    clock.advanceTo(Date.UTC(2026, 2, 29, 1, 31)); // 03:31 CEST
    expect(sent).toEqual([{ date: '2026-03-29', missedDays: 0, reason: 'daily' }]);
  });

  it('asleep across midnight: on resume one tick with missedDays 1, then the timer is re-armed', () => {
    const { clock, sent, scheduler } = setup(paris('2026-01-14 20:00', 1), '2026-01-14');
    scheduler.start();
    clock.jump(13 * H); // asleep 20:00 → Thu 15 09:00
    scheduler.resume();
    expect(sent).toEqual([{ date: '2026-01-15', missedDays: 1, reason: 'resume' }]);
    expect(scheduler.armedFor).toBe(paris('2026-01-16 08:30', 1));
    // the shifted pre-sleep timer fires later: no second tick for the same day
    clock.advanceTo(paris('2026-01-15 23:00', 1));
    expect(sent).toHaveLength(1);
  });

  it('a week-long sleep: ONE catch-up tick on resume, never a burst', () => {
    const { clock, sent, scheduler } = setup(paris('2026-01-05 18:00', 1), '2026-01-05');
    scheduler.start();
    clock.jump(7 * 24 * H - 8 * H); // → Mon 12 Jan 10:00
    scheduler.resume();
    clock.advanceTo(paris('2026-01-12 20:00', 1));
    // 6 → 11 January (6 days) + the 12th at 08:30 already passed = 7
    expect(sent).toEqual([{ date: '2026-01-12', missedDays: 7, reason: 'resume' }]);
  });

  it('clock set backwards: no tick and the later date is kept', () => {
    const { sent, memory, scheduler } = setup(paris('2026-01-15 10:00', 1), '2026-01-20');
    scheduler.start();
    scheduler.resume();
    expect(sent).toEqual([]);
    expect(memory.last).toBe('2026-01-20');
  });

  it('a wall-clock jump forward while awake is caught by the hourly check', () => {
    const { clock, sent, scheduler } = setup(paris('2026-01-15 10:00', 1), '2026-01-15');
    scheduler.start();
    clock.nowMs = paris('2026-01-17 10:00', 1); // the user fixes a clock two days late
    clock.advanceTo(clock.nowMs + H);
    expect(sent).toEqual([{ date: '2026-01-17', missedDays: 1, reason: 'daily' }]);
  });

  it('a tick no page received does not mark the day as done', () => {
    const { sent, memory, scheduler } = setup(paris('2026-01-15 10:00', 1), '2026-01-14');
    memory.delivered = false;
    scheduler.start();
    expect(memory.last).toBe('2026-01-14');
    memory.delivered = true;
    scheduler.resume();
    expect(sent).toEqual([{ date: '2026-01-15', missedDays: 1, reason: 'resume' }]);
  });

  it('a new hour in the settings re-arms the timer', () => {
    const memoryTime = { time: '08:30' };
    const clock = new FakeClock(paris('2026-01-15 07:00', 1));
    const scheduler = createScheduler({
      now: clock.now,
      setTimer: clock.setTimer,
      clearTimer: clock.clearTimer,
      config: () => ({ time: memoryTime.time, timeZone: 'Europe/Paris' }),
      lastTickDate: () => '2026-01-15',
      setLastTickDate: () => undefined,
      send: () => true,
    });
    scheduler.start();
    memoryTime.time = '07:30';
    scheduler.reschedule();
    expect(scheduler.armedFor).toBe(paris('2026-01-15 07:30', 1));
    expect(clock.pendingDelays).toHaveLength(1);
  });
});
