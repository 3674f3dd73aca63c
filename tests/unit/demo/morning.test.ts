import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../renderer/src/demo/generateDemo';
import { dailyAlerts, dunningOverview, type DunningInput } from '../../../renderer/src/domain/dunning';
import { DEFAULT_RATES } from '../../../renderer/src/domain/rates';
import { DEFAULT_SCENARIOS } from '../../../renderer/src/domain/scenarios';

/** The demo of the app's button (LoadDemoButton's DEMO_OPTIONS), run through the real engine. */
function morning(today: string) {
  const demo = generateDemo({ clients: 60, invoices: 400, seed: 1, today });
  const input: DunningInput = {
    today,
    clients: demo.clients,
    invoices: demo.invoices,
    payments: demo.payments,
    scenarios: DEFAULT_SCENARIOS,
    journal: demo.journal,
    promises: demo.promises,
    disputes: demo.disputes,
    plans: demo.plans,
    tolerance: 500,
    minDaysBetweenActions: 7,
  };
  return { ...dunningOverview(input), alerts: dailyAlerts({ ...input, rates: DEFAULT_RATES }) };
}

// A Monday in winter, a day across a year end, a leap day: the demo is written relative to today.
describe.each(['2026-01-05', '2026-12-31', '2028-02-29'])('the demo morning of %s', (today) => {
  const { actions, statuses, alerts } = morning(today);

  it('has a realistic day of work: 5 to 15 actions of at least 3 kinds, a formal notice and a call', () => {
    expect(actions.length).toBeGreaterThanOrEqual(5);
    expect(actions.length).toBeLessThanOrEqual(15);
    const kinds = new Set(actions.map((a) => a.step.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(3);
    for (const kind of ['pre-reminder', 'reminder', 'last-reminder', 'formal-notice', 'call'] as const)
      expect(kinds, kind).toContain(kind);
    const channels = new Set(actions.map((a) => a.step.channel));
    for (const channel of ['email', 'letter', 'registered-letter', 'phone'] as const)
      expect(channels, channel).toContain(channel);
  });

  it('raises a broken promise and a registered letter without news', () => {
    const codes = alerts.map((a) => a.code);
    expect(codes).toContain('promise-broken');
    expect(codes).toContain('registered-no-news');
  });

  it('pauses clients for a dispute, a promise and a plan, and spreads the board over every stage', () => {
    const reasons = new Set([...statuses.values()].map((s) => s.pausedReason));
    for (const reason of ['dispute', 'promise', 'plan'] as const) expect(reasons, reason).toContain(reason);
    const columns = new Set([...statuses.values()].map((s) => s.column));
    for (const column of [
      'pre-reminder',
      'reminder',
      'last-reminder',
      'formal-notice',
      'court-file',
    ] as const)
      expect(columns, column).toContain(column);
  });
});

describe('the demo morning with other seeds and sizes', () => {
  it('stays a day of work for other seeds', () => {
    for (const seed of [2, 3, 4]) {
      const demo = generateDemo({ clients: 60, invoices: 400, seed, today: '2026-11-27' });
      const { actions } = dunningOverview({
        today: '2026-11-27',
        ...demo,
        scenarios: DEFAULT_SCENARIOS,
        tolerance: 500,
        minDaysBetweenActions: 7,
      });
      expect(actions.length, `seed ${seed}`).toBeGreaterThanOrEqual(5);
      expect(actions.length, `seed ${seed}`).toBeLessThanOrEqual(15);
    }
  });

  it('still makes a demo with fewer clients than scenes', () => {
    const demo = generateDemo({ clients: 5, invoices: 30, seed: 1, today: '2026-11-27' });
    expect(demo.clients).toHaveLength(5);
    expect(demo.invoices).toHaveLength(30);
  });
});
