import { describe, expect, it } from 'vitest';
import { parsePercent, percentInput } from '../../../../renderer/src/ui/settings/percent';

describe('percentages', () => {
  it('reads a percentage typed the French or the English way as basis points', () => {
    // 12,15 % = 12.15 × 100 = 1215 bp
    expect(parsePercent('12,15')).toEqual({ ok: true, value: 1215 });
    expect(parsePercent(' 2,15 % ')).toEqual({ ok: true, value: 215 });
    expect(parsePercent('2.15%')).toEqual({ ok: true, value: 215 });
    // 10 % = 1000 bp; 0,5 % = 50 bp
    expect(parsePercent('10')).toEqual({ ok: true, value: 1000 });
    expect(parsePercent('0,5')).toEqual({ ok: true, value: 50 });
  });

  it('refuses an empty, a malformed or (unless allowed) a negative rate', () => {
    expect(parsePercent('  %')).toEqual({ ok: false, error: { code: 'settings.percent.empty' } });
    expect(parsePercent('12,345')).toEqual({
      ok: false,
      error: { code: 'settings.percent.invalid', params: { value: '12,345' } },
    });
    expect(parsePercent('douze')).toEqual({
      ok: false,
      error: { code: 'settings.percent.invalid', params: { value: 'douze' } },
    });
    expect(parsePercent('-0,25')).toEqual({
      ok: false,
      error: { code: 'settings.percent.invalid', params: { value: '-0,25' } },
    });
    // The ECB rate was negative in 2016–2022 (−0,25 % = −25 bp on the deposit facility).
    expect(parsePercent('-0,25', { allowNegative: true })).toEqual({ ok: true, value: -25 });
  });

  it('writes basis points back as the input shows them', () => {
    expect(percentInput(1215, 'fr')).toBe('12,15');
    expect(percentInput(1215, 'en')).toBe('12.15');
    expect(percentInput(1000, 'fr')).toBe('10,00');
    expect(percentInput(-25, 'fr')).toBe('-0,25');
    expect(parsePercent(percentInput(662, 'fr'))).toEqual({ ok: true, value: 662 });
  });
});
