/**
 * Every code the aging report, the scenarios and the dunning engine return has a text in
 * the `dunning` namespace, in French and English.
 */
import { describe, expect, it } from 'vitest';
import en from '../../../renderer/src/i18n/locales/en/dunning.json';
import fr from '../../../renderer/src/i18n/locales/fr/dunning.json';
import { validateAgingBounds } from '../../../renderer/src/domain/aging';
import { BOARD_COLUMNS } from '../../../renderer/src/domain/dunning';
import type { DunningAlertCode } from '../../../renderer/src/domain/dunning';
import type { Channel, StepKind } from '../../../renderer/src/domain/model';
import { validateScenario, validateScenarioList } from '../../../renderer/src/domain/scenarios';

function lookup(resources: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      resources,
    );
}

const STEP_KINDS: StepKind[] = [
  'pre-reminder',
  'reminder',
  'last-reminder',
  'formal-notice',
  'court-file',
  'call',
  'task',
];
const CHANNELS: Channel[] = ['email', 'letter', 'registered-letter', 'phone', 'task'];
const ALERTS: DunningAlertCode[] = [
  'rate-missing',
  'promise-broken',
  'instalment-missed',
  'registered-no-news',
  'limitation-near',
  'limitation-passed',
  'insolvency-declare',
];

function emittedErrorCodes(): Set<string> {
  const st = (id: string, offsetDays: number, kind: StepKind = 'reminder') => ({
    id,
    offsetDays,
    kind,
    channel: 'letter' as const,
  });
  const errors = [
    ...validateScenario({ id: 's', name: '', steps: [] }),
    ...validateScenario({
      id: 's',
      name: 'x',
      steps: [
        st('', 1),
        st('a', 400),
        st('a', 1.5),
        st('b', -100, 'court-file'),
        st('c', 2, 'formal-notice'),
        st('d', 3, 'formal-notice'),
      ],
    }),
    ...validateScenarioList([
      { id: 'x', name: 'x', steps: [], isDefault: true },
      { id: 'x', name: 'x', steps: [], isDefault: true },
    ]),
    ...validateAgingBounds([]),
    ...validateAgingBounds([0, 0]),
  ];
  return new Set(errors.map((e) => e.code));
}

describe('dunning namespace', () => {
  it('names every step kind, channel, board column and pause reason', () => {
    for (const res of [fr, en]) {
      for (const k of STEP_KINDS) expect(typeof lookup(res, `stepKinds.${k}`)).toBe('string');
      for (const c of CHANNELS) expect(typeof lookup(res, `channels.${c}`)).toBe('string');
      for (const c of BOARD_COLUMNS) expect(typeof lookup(res, `stages.${c}`)).toBe('string');
      for (const p of ['insolvency', 'dispute', 'promise', 'plan'])
        expect(typeof lookup(res, `pauseReasons.${p}`)).toBe('string');
      for (const p of ['sauvegarde', 'redressement', 'liquidation'])
        expect(typeof lookup(res, `procedures.${p}`)).toBe('string');
    }
  });

  it('has a text for every alert', () => {
    for (const code of ALERTS) {
      expect(typeof lookup(fr, `alerts.${code}`), code).toBe('string');
      expect(typeof lookup(en, `alerts.${code}`), code).toBe('string');
    }
  });

  it('has a text for every validation error, with the same placeholders in both languages', () => {
    const codes = emittedErrorCodes();
    expect(codes.size).toBe(14);
    const placeholders = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const code of codes) {
      const f = lookup(fr, `errors.${code}`);
      const e = lookup(en, `errors.${code}`);
      expect(typeof f, code).toBe('string');
      expect(placeholders(e), code).toEqual(placeholders(f));
    }
  });
});
