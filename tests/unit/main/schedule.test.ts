import { describe, expect, it } from 'vitest';
import {
  businessDate,
  laterTickDate,
  nextTickAt,
  tickOnResume,
  tickOnSchedule,
  tickOnStart,
} from '../../../renderer/src/domain/schedule';
import { paris } from './fakeClock';

// Paris is UTC+1 in winter (CET) and UTC+2 in summer (CEST). In 2026 the clocks go
// forward on Sunday 29 March at 02:00 (→ 03:00) and back on Sunday 25 October at
// 03:00 (→ 02:00).
const zone = 'Europe/Paris';
const H = 3_600_000;

describe('nextTickAt', () => {
  it('is today at the configured hour when it is still to come', () => {
    // 07:00 CET → 08:30 CET the same day = 07:30Z
    expect(nextTickAt({ now: paris('2026-01-15 07:00', 1), time: '08:30', timeZone: zone })).toBe(
      Date.UTC(2026, 0, 15, 7, 30),
    );
  });

  it('is tomorrow once the hour has passed (and at exactly the hour)', () => {
    const at = paris('2026-01-15 08:30', 1);
    expect(nextTickAt({ now: at, time: '08:30', timeZone: zone })).toBe(at + 24 * H);
  });

  it('reads the hour in the company zone, not the machine zone', () => {
    // 08:30 in Paris in July is 06:30Z; in New York (EDT, UTC−4) it is 12:30Z.
    const now = Date.UTC(2026, 6, 15, 0, 0);
    expect(nextTickAt({ now, time: '08:30', timeZone: zone })).toBe(Date.UTC(2026, 6, 15, 6, 30));
    expect(nextTickAt({ now, time: '08:30', timeZone: 'America/New_York' })).toBe(
      Date.UTC(2026, 6, 15, 12, 30),
    );
  });

  it('March DST Sunday: the day lasts 23 h, 08:30 stays 08:30 on the wall', () => {
    // Sat 28 08:30 CET = 07:30Z; Sun 29 08:30 CEST = 06:30Z: 23 h later.
    const sat = paris('2026-03-28 08:30', 1);
    expect(nextTickAt({ now: sat, time: '08:30', timeZone: zone })).toBe(sat + 23 * H);
  });

  it('March DST Sunday: 02:30 does not exist, the tick comes at 03:30 CEST', () => {
    // 03:30 CEST = 01:30Z
    expect(nextTickAt({ now: paris('2026-03-28 12:00', 1), time: '02:30', timeZone: zone })).toBe(
      Date.UTC(2026, 2, 29, 1, 30),
    );
  });

  it('October DST Sunday: 02:30 happens twice, only the first is a tick', () => {
    // First 02:30 is CEST = 00:30Z; the second (CET) = 01:30Z is skipped: next is Mon 02:30 CET = 01:30Z on the 26th.
    const first = Date.UTC(2026, 9, 25, 0, 30);
    expect(nextTickAt({ now: paris('2026-10-24 12:00', 2), time: '02:30', timeZone: zone })).toBe(first);
    expect(nextTickAt({ now: first, time: '02:30', timeZone: zone })).toBe(Date.UTC(2026, 9, 26, 1, 30));
    expect(nextTickAt({ now: first + 30 * 60_000, time: '02:30', timeZone: zone })).toBe(
      Date.UTC(2026, 9, 26, 1, 30),
    );
  });

  it('falls back to Paris and 08:30 on a malformed zone or hour', () => {
    const now = paris('2026-01-15 07:00', 1);
    expect(nextTickAt({ now, time: '25:99', timeZone: 'Mars/Olympus' })).toBe(Date.UTC(2026, 0, 15, 7, 30));
  });
});

describe('businessDate', () => {
  it('is the Paris date, not the UTC date, just after midnight', () => {
    // 2026-01-14 23:30Z = 15 January 00:30 in Paris
    expect(businessDate(Date.UTC(2026, 0, 14, 23, 30), zone)).toBe('2026-01-15');
  });
});

describe('tickOnStart / tickOnResume', () => {
  const base = { time: '08:30', timeZone: zone };

  it('ticks on the very first start with nothing missed', () => {
    expect(tickOnStart({ ...base, now: paris('2026-01-15 10:00', 1) })).toEqual({
      date: '2026-01-15',
      missedDays: 0,
    });
  });

  it('does not tick twice the same day', () => {
    expect(
      tickOnStart({ ...base, now: paris('2026-01-15 18:00', 1), lastTickDate: '2026-01-15' }),
    ).toBeNull();
  });

  it('machine asleep across midnight: one tick on resume with missedDays 1', () => {
    // last tick Wed 14 at 08:30, asleep 22:00 → Thu 15 09:00: Thursday's 08:30 passed asleep.
    expect(tickOnResume({ ...base, now: paris('2026-01-15 09:00', 1), lastTickDate: '2026-01-14' })).toEqual({
      date: '2026-01-15',
      missedDays: 1,
    });
  });

  it('woken before the hour: a new day still ticks, nothing was missed yet', () => {
    expect(tickOnResume({ ...base, now: paris('2026-01-15 07:00', 1), lastTickDate: '2026-01-14' })).toEqual({
      date: '2026-01-15',
      missedDays: 0,
    });
  });

  it('a week-long gap gives ONE tick, counting the 7 missed mornings', () => {
    // last Mon 5 Jan; started Mon 12 Jan 10:00: Tue 6 … Sun 11 (6 days) + Mon 12 08:30 (passed) = 7
    const tick = tickOnStart({ ...base, now: paris('2026-01-12 10:00', 1), lastTickDate: '2026-01-05' });
    expect(tick).toEqual({ date: '2026-01-12', missedDays: 7 });
    // started at 07:00 instead: today's 08:30 is still ahead → 6
    expect(
      tickOnStart({ ...base, now: paris('2026-01-12 07:00', 1), lastTickDate: '2026-01-05' })?.missedDays,
    ).toBe(6);
    // once recorded, the same day does not tick again: no burst
    expect(
      tickOnStart({ ...base, now: paris('2026-01-12 10:01', 1), lastTickDate: '2026-01-12' }),
    ).toBeNull();
  });

  it('clock set backwards: no tick, no catch-up, and the later date is kept', () => {
    // last tick 20 Jan, the clock now says 15 Jan
    expect(
      tickOnStart({ ...base, now: paris('2026-01-15 10:00', 1), lastTickDate: '2026-01-20' }),
    ).toBeNull();
    expect(laterTickDate('2026-01-20', '2026-01-15')).toBe('2026-01-20');
    expect(laterTickDate('2026-01-14', '2026-01-15')).toBe('2026-01-15');
    expect(laterTickDate('garbage', '2026-01-15')).toBe('2026-01-15');
  });

  it('a corrupt stored date counts as no previous tick', () => {
    expect(tickOnStart({ ...base, now: paris('2026-01-15 10:00', 1), lastTickDate: '2026-13-45' })).toEqual({
      date: '2026-01-15',
      missedDays: 0,
    });
  });
});

describe('tickOnSchedule', () => {
  const base = { time: '08:30', timeZone: zone };
  it('the daily timer at the hour the day after a tick: nothing missed', () => {
    expect(
      tickOnSchedule({ ...base, now: paris('2026-01-15 08:30', 1), lastTickDate: '2026-01-14' }),
    ).toEqual({
      date: '2026-01-15',
      missedDays: 0,
    });
  });
  it('does not tick when today already ticked at start-up', () => {
    expect(
      tickOnSchedule({ ...base, now: paris('2026-01-15 08:30', 1), lastTickDate: '2026-01-15' }),
    ).toBeNull();
  });
});
