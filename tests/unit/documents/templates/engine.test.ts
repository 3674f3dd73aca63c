import { describe, expect, it } from 'vitest';
import {
  inlineRuns,
  paragraphsOf,
  renderTemplate,
  segmentsToPlainText,
} from '../../../../renderer/src/documents/templates/engine';
import { PLACEHOLDERS } from '../../../../renderer/src/documents/templates/placeholders';
import { DEFAULT_TEMPLATES } from '../../../../renderer/src/documents/templates/defaults';
import fr from '../../../../renderer/src/i18n/locales/fr/letters.json';
import en from '../../../../renderer/src/i18n/locales/en/letters.json';

const ctx = {
  values: { 'client.nom': 'Dupont <&> "Fils"', 'montant.total': '1 234,56 €', 'lrar.numero': undefined },
  flags: { 'client.professionnel': true, 'client.particulier': false },
};

describe('renderTemplate', () => {
  it('replaces known values and keeps the text around them', () => {
    const r = renderTemplate('Client : {{client.nom}}, total {{ montant.total }}.', ctx);
    expect(r.segments).toEqual([{ kind: 'text', text: 'Client : Dupont <&> "Fils", total 1 234,56 €.' }]);
    expect(r.unknown).toEqual([]);
    expect(r.missing).toEqual([]);
  });

  it('reports an unknown placeholder and keeps it visible, never blank', () => {
    const r = renderTemplate('Bonjour {{client.nom2}} et {{client.nom2}}', ctx);
    expect(r.unknown).toEqual(['client.nom2']);
    expect(r.segments).toContainEqual({ kind: 'unknown', name: 'client.nom2' });
    expect(segmentsToPlainText(r.segments, () => '')).toBe('Bonjour {{client.nom2}} et {{client.nom2}}');
  });

  it('reports a known placeholder without a value as missing', () => {
    const r = renderTemplate('LRAR n° {{lrar.numero}} — {{entreprise.iban}}', ctx);
    expect(r.missing).toEqual(['lrar.numero', 'entreprise.iban']);
    expect(r.unknown).toEqual([]);
    expect(r.segments[1]).toEqual({ kind: 'missing', name: 'lrar.numero' });
  });

  it('a flag used as a value is unknown, a block becomes a block segment', () => {
    const r = renderTemplate('{{client.professionnel}}\n\n{{factures.tableau}}', ctx);
    expect(r.unknown).toEqual(['client.professionnel']);
    expect(r.segments).toContainEqual({ kind: 'block', name: 'factures.tableau' });
  });

  it('keeps or drops sections by flag and by known value; placeholders in a dropped section are not reported', () => {
    const t =
      '{{#client.professionnel}}40 €{{/client.professionnel}}{{#client.particulier}}{{lrar.numero}}{{/client.particulier}}' +
      '{{#lrar.numero}}n° {{lrar.numero}}{{/lrar.numero}}{{^lrar.numero}}sans numéro{{/lrar.numero}}';
    const r = renderTemplate(t, ctx);
    expect(segmentsToPlainText(r.segments, () => '')).toBe('40 €sans numéro');
    expect(r.missing).toEqual([]);
  });

  it('reports an unknown section name and unbalanced tags', () => {
    const r = renderTemplate(
      '{{#client.vip}}x{{/client.vip}} {{/client.particulier}} {{#client.professionnel}}y',
      ctx,
    );
    expect(r.unknown).toEqual(['client.vip']);
    expect(r.malformed).toEqual(['{{/client.particulier}}', '{{#client.professionnel}}']);
  });
});

describe('paragraphsOf and inlineRuns', () => {
  it('splits on blank lines, keeps single breaks, isolates blocks', () => {
    const r = renderTemplate('Madame,\n\nLigne 1\nLigne 2\n\n\n{{factures.tableau}}\n\nFin', ctx);
    const p = paragraphsOf(r.segments);
    expect(p.map((x) => x.kind)).toEqual(['text', 'text', 'block', 'text']);
    expect(p[1]).toEqual({ kind: 'text', runs: [{ kind: 'text', text: 'Ligne 1\nLigne 2' }] });
  });

  it('bold spans placeholders; an odd number of markers is kept as typed', () => {
    const r = renderTemplate('Total **{{montant.total}}** dû', ctx);
    const runs = inlineRuns(r.segments);
    expect(runs.filter((x) => x.bold).map((x) => x.text)).toEqual(['1 234,56 €']);
    const odd = inlineRuns(renderTemplate('5 ** 3', ctx).segments);
    expect(odd).toEqual([{ text: '5 ** 3', bold: false, state: 'text' }]);
  });
});

describe('catalogue and default templates', () => {
  it('every placeholder has a description in both languages', () => {
    for (const p of PLACEHOLDERS) {
      expect((fr.placeholders as Record<string, string>)[p.name], p.name).toBeTruthy();
      expect((en.placeholders as Record<string, string>)[p.name], p.name).toBeTruthy();
    }
  });

  it('ships every letter and e-mail in French and English with stable ids', () => {
    const ids = DEFAULT_TEMPLATES.map((t) => t.id);
    for (const lang of ['fr', 'en']) {
      for (const k of [
        'pre-reminder',
        'reminder',
        'reminder2',
        'last-reminder',
        'formal-notice',
        'statement',
      ])
        expect(ids).toContain(`${k}-${lang}`);
      for (const k of ['pre-reminder', 'reminder', 'last-reminder'])
        expect(ids).toContain(`email-${k}-${lang}`);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('default templates use only known placeholders and balanced sections', () => {
    const all = { values: {}, flags: { 'client.professionnel': true, 'client.particulier': true } };
    for (const t of DEFAULT_TEMPLATES) {
      for (const text of [t.subject, t.body]) {
        const r = renderTemplate(text, all);
        expect(r.unknown, t.id).toEqual([]);
        expect(r.malformed, t.id).toEqual([]);
      }
    }
  });

  it('the formal notice carries the legal words', () => {
    const fn = DEFAULT_TEMPLATES.find((t) => t.id === 'formal-notice-fr')!;
    const text = fn.subject + fn.body;
    for (const s of [
      'MISE EN DEMEURE',
      'lettre recommandée avec accusé de réception',
      'L441-10',
      'D441-5',
      '1344',
      '{{delai}}',
      'injonction de payer',
      'IBAN',
    ])
      expect(text.toLowerCase()).toContain(s.toLowerCase());
  });
});
