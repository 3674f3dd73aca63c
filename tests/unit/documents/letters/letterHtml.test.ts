import { describe, expect, it } from 'vitest';
import { letterBatchHtml, letterHtml } from '../../../../renderer/src/documents/print/letterHtml';
import { MARTIN, MARTIN_INVOICES, MARTIN_PENALTIES, dupontInput } from './fixtures';

describe('letterHtml (print preview)', () => {
  it('escapes every piece of data: Dupont <&> "Fils" shows literally', () => {
    const html = letterHtml(dupontInput('formal-notice-fr', { registeredNumber: '1A12345678901' }));
    expect(html).toContain('Dupont &lt;&amp;&gt; &quot;Fils&quot;');
    expect(html).not.toContain('Dupont <&>');
    expect(html).not.toMatch(/<script/i);
    // same content as the Word letter
    for (const s of [
      'MISE EN DEMEURE',
      '1A 123 456 7890 1',
      'F-2026-101',
      '36,45',
      '3\u202f647,74\u00a0€',
      'Lyon, le 27 mai 2026',
    ])
      expect(html).toContain(s);
  });

  it('escapes a hostile template too, and marks unknown placeholders instead of dropping them', () => {
    const input = dupontInput('reminder-fr');
    const html = letterHtml({
      ...input,
      template: { ...input.template, body: '<img src=x onerror=alert(1)> {{client.nom2}} {{lrar.numero}}' },
    });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<mark class="unknown">{{client.nom2}}</mark>');
    expect(html).toContain('<span class="missing">');
  });

  it('a batch is letters one after another, each on its own page', () => {
    const martin = {
      ...dupontInput('formal-notice-fr'),
      client: MARTIN,
      invoices: [{ invoice: MARTIN_INVOICES[0]!, balance: 48000 }],
      penalties: MARTIN_PENALTIES,
      previousActions: [],
    };
    const html = letterBatchHtml([dupontInput('reminder-fr'), martin, dupontInput('reminder2-fr')]);
    expect(html.match(/<section class="letter"/g)).toHaveLength(3);
    expect(html).toContain('break-after: page');
    expect(html.indexOf('Jeanne Martin')).toBeGreaterThan(html.indexOf('Dupont &lt;'));
  });
});
