/**
 * Every letter kind, the statement, the injunction data sheet and the registered-mail list,
 * generated for fixture clients, then read back by python-docx, laid out by LibreOffice
 * (one call for the whole batch) and read with pdftotext. Page images of the 40-invoice
 * letter are left in OUT for a person to look at.
 */
import { existsSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLetter } from '../../../../renderer/src/documents/letters/buildLetter';
import { buildInjonctionDataSheet } from '../../../../renderer/src/documents/letters/injonction';
import { buildRegisteredMailList } from '../../../../renderer/src/documents/letters/registeredMailList';
import { buildStatement } from '../../../../renderer/src/documents/letters/statement';
import { checkLetter } from '../../../../renderer/src/documents/letters/content';
import { defaultTemplate } from '../../../../renderer/src/documents/templates/defaults';
import {
  BIGCO,
  COMPANY,
  DUPONT,
  DUPONT_BALANCES,
  DUPONT_INVOICES,
  DUPONT_JOURNAL,
  DUPONT_PAYMENTS,
  DUPONT_PENALTIES,
  MARTIN,
  MARTIN_INVOICES,
  MARTIN_PENALTIES,
  TODAY,
  bigCoFixture,
  dupontInput,
} from './fixtures';
import {
  convertToPdf,
  normalizeSpaces,
  pdfPages,
  pdfPath,
  pdfText,
  readDocx,
  renderPages,
  writeAll,
  type DocxReadBack,
} from './readers';

const OUT = '/tmp/recouvre-letters-test';
const flat = (s: string): string => s.replace(/\s+/g, ' ');

const files: Record<string, Uint8Array> = {};
let docx: Record<string, DocxReadBack> = {};
const text: Record<string, string> = {};
const pages: Record<string, number> = {};

beforeAll(async () => {
  if (existsSync(OUT)) rmSync(OUT, { recursive: true });
  const big = bigCoFixture();
  const martin = {
    ...dupontInput('formal-notice-fr'),
    client: MARTIN,
    invoices: [{ invoice: MARTIN_INVOICES[0]!, balance: 48000 }],
    penalties: MARTIN_PENALTIES,
    previousActions: [],
  };
  const letters = {
    'pre-reminder-fr': dupontInput('pre-reminder-fr', {
      today: '2026-03-10',
      invoices: [DUPONT_BALANCES[0]!],
    }),
    'reminder-fr': dupontInput('reminder-fr'),
    'reminder2-fr': dupontInput('reminder2-fr'),
    'last-reminder-fr': dupontInput('last-reminder-fr'),
    'formal-notice-fr': dupontInput('formal-notice-fr', { registeredNumber: '1A12345678901' }),
    'formal-notice-nonumber-fr': dupontInput('formal-notice-fr'),
    'formal-notice-consumer-fr': martin,
    'reminder-en': dupontInput('reminder-en'),
    'last-reminder-en': dupontInput('last-reminder-en'),
    'formal-notice-big-en': dupontInput('formal-notice-en', {
      client: BIGCO,
      invoices: big.invoices,
      penalties: big.penalties,
      previousActions: [],
      registeredNumber: '2B98765432109',
    }),
  };
  for (const [name, input] of Object.entries(letters)) files[`${name}.docx`] = await buildLetter(input);
  files['statement-fr.docx'] = await buildStatement({
    template: defaultTemplate('statement-fr')!,
    company: COMPANY,
    client: DUPONT,
    invoices: DUPONT_INVOICES,
    payments: DUPONT_PAYMENTS,
    today: TODAY,
    lang: 'fr',
  });
  files['injonction-fr.docx'] = await buildInjonctionDataSheet({
    company: COMPANY,
    debtor: DUPONT,
    invoices: DUPONT_BALANCES,
    penalties: DUPONT_PENALTIES,
    previousActions: [
      ...DUPONT_JOURNAL,
      {
        id: 'j-5',
        clientId: 'c-dupont',
        invoiceIds: ['i-101', 'i-102'],
        date: '2026-05-27',
        at: '2026-05-27T08:00:00.000Z',
        type: 'step',
        stepKind: 'formal-notice',
        channel: 'registered-letter',
        outcome: 'done',
        registered: { number: '1A12345678901' },
      },
    ],
    today: '2026-06-15',
    lang: 'fr',
    exhibits: [{ title: 'Bon de livraison BL-77', date: '2026-02-10' }],
  });
  files['injonction-consumer-fr.docx'] = await buildInjonctionDataSheet({
    company: COMPANY,
    debtor: MARTIN,
    invoices: [{ invoice: MARTIN_INVOICES[0]!, balance: 48000 }],
    penalties: MARTIN_PENALTIES,
    previousActions: [],
    today: '2026-06-15',
    lang: 'fr',
  });
  files['registered-list-fr.docx'] = await buildRegisteredMailList({
    company: COMPANY,
    today: TODAY,
    lang: 'fr',
    letters: [{ client: DUPONT, registeredNumber: '1A12345678901' }, { client: MARTIN }],
  });
  const paths = writeAll(OUT, files);
  docx = readDocx(paths);
  convertToPdf(paths, OUT);
  for (const p of paths) {
    const name = p.slice(OUT.length + 1).replace(/\.docx$/, '');
    const pdf = pdfPath(p, OUT);
    text[name] = pdfText(pdf);
    pages[name] = pdfPages(pdf);
  }
  renderPages(`${OUT}/formal-notice-big-en.pdf`, `${OUT}/big`);
  renderPages(`${OUT}/formal-notice-fr.pdf`, `${OUT}/notice`);
}, 240_000);

const doc = (name: string): DocxReadBack => docx[`${OUT}/${name}.docx`]!;

describe('letters read back', () => {
  it('every document is a Word file python-docx opens and LibreOffice lays out', () => {
    expect(Object.keys(docx)).toHaveLength(Object.keys(files).length);
    for (const name of Object.keys(text)) expect(pages[name], name).toBeGreaterThan(0);
  });

  it('the formal notice carries the invoices, French amounts, penalties, LRAR number and legal words', () => {
    const t = flat(text['formal-notice-fr']!);
    for (const s of [
      'MISE EN DEMEURE',
      'METTONS EN DEMEURE',
      'Lettre recommandée avec accusé de réception n° 1A 123 456 7890 1',
      'Lyon, le 27 mai 2026',
      'F-2026-101',
      'F-2026-102',
      '1 500,00 €',
      '2 000,00 €',
      // 150 000 × 12,15 % × 73 / 365 = 36,45 € ; 200 000 × 12,15 % × 47 / 365 = 31,29 €
      '36,45 €',
      '31,29 €',
      '67,74 €',
      '80,00 €',
      'la somme totale de 3 647,74 €',
      'dans un délai de 8 jours à compter de la réception',
      'L441-10',
      'D441-5',
      'article 1344 du Code civil',
      'injonction de payer',
      'FR76 3000 6000 0112 3456 7890 189',
      // the skipped e-mail of 10 May is no reminder
      '(20 mars 2026, 15 avril 2026 et 5 mai 2026)',
      'Claire Durand',
      'Pièces jointes : copie des factures n° F-2026-101, F-2026-102',
    ])
      expect(t).toContain(s);
    expect(t).not.toContain('10 mai 2026');
    // the claim under the table, as Word stores it (cells in order)
    const summary = doc('formal-notice-fr').tables[1]!.map((r) => r.map(normalizeSpaces));
    expect(summary).toEqual([
      ['Principal restant dû', '3 500,00 €'],
      ['Pénalités de retard', '67,74 €'],
      ['Indemnités forfaitaires de recouvrement (2 × 40,00 €)', '80,00 €'],
      // 3 500,00 + 67,74 + 80,00
      ['Total réclamé', '3 647,74 €'],
    ]);
  });

  it('a client called Dupont <&> "Fils" comes out intact, in the envelope window', () => {
    expect(text['formal-notice-fr']).toContain('Dupont <&> "Fils"');
    const framed = doc('formal-notice-fr').framed;
    const name = framed.find((f) => f.text === 'Dupont <&> "Fils"');
    // (110 + 4) mm and (50 + 4) mm in twips: 114 × 1440 / 25.4 = 6463, 54 × 1440 / 25.4 = 3061
    expect(name).toMatchObject({ x: '6463', y: '3061' });
    expect(framed.map((f) => f.text)).toEqual(
      expect.arrayContaining(['Bâtiment B', '14 rue des Tanneurs', '75011 PARIS']),
    );
  });

  it('without a registered number the notice leaves a blank to fill, never "n° " alone', () => {
    const t = flat(text['formal-notice-nonumber-fr']!);
    expect(t).toMatch(/accusé de réception n° …+/);
    expect(checkLetter(dupontInput('formal-notice-fr')).missing).toEqual(['lrar.numero']);
    expect(
      checkLetter(dupontInput('formal-notice-fr', { registeredNumber: '1A12345678901' })).missing,
    ).toEqual([]);
  });

  it('the reminders rise in tone: oversight, then recall of the last letter, then the notice announced', () => {
    const pre = flat(text['pre-reminder-fr']!);
    expect(pre).toContain('F-2026-101');
    expect(pre).toContain('15 mars 2026');
    expect(pre).not.toContain('F-2026-102');
    const r1 = flat(text['reminder-fr']!);
    expect(r1).toContain('simple oubli');
    expect(r1).toContain('3 500,00 €');
    // penalties are not claimed yet: no penalties column, no total claimed
    expect(r1).not.toContain('Pénalités');
    const r2 = flat(text['reminder2-fr']!);
    expect(r2).toContain('Par courrier du 5 mai 2026');
    expect(r2).toContain('au plus tard le 4 juin 2026'); // 27 mai + 8 jours
    expect(r2).toContain('40 € par facture');
    const r3 = flat(text['last-reminder-fr']!);
    expect(r3).toContain('mise en demeure par lettre recommandée avec accusé de réception');
    expect(r3).toContain('au taux de 12,15 %, soit 67,74 €');
    expect(r3).toContain('3 647,74 €');
  });

  it('a consumer gets no 40 € indemnity and interest at the legal rate from the notice', () => {
    const t = flat(text['formal-notice-consumer-fr']!);
    expect(t).toContain('Jeanne Martin');
    expect(t).toContain('480,00 €');
    expect(t).toContain('1344-1');
    expect(t).toContain("taux de l'intérêt légal");
    expect(t).not.toContain('D441-5');
    expect(t).not.toContain('Indemnités forfaitaires');
    expect(t).toContain('la somme totale de 480,00 €');
    expect(t).toContain('Sauf erreur de notre part, vous demeurez redevable');
  });

  it('English letters use English formats', () => {
    const t = flat(text['last-reminder-en']!);
    expect(t).toContain('Lyon, 27 May 2026');
    expect(t).toContain('€3,647.74');
    expect(t).toContain('Invoice no.');
    expect(flat(text['reminder-en']!)).toContain('Subject: Payment reminder — €3,500.00');
  });

  it('40 invoices paginate cleanly: every invoice once, the header row on every page of the table', () => {
    const n = pages['formal-notice-big-en']!;
    expect(n).toBeGreaterThanOrEqual(2);
    expect(n).toBeLessThanOrEqual(4);
    const all = text['formal-notice-big-en']!;
    // once in the table, once in the enclosures line
    for (let k = 0; k < 40; k++) expect(all.split(`FA-${1000 + k}`).length - 1, `FA-${1000 + k}`).toBe(2);
    expect(all).toContain('€1,234.56');
    const table = doc('formal-notice-big-en');
    expect(table.headerRepeats[0]).toBe(true);
    expect(table.tables[0]).toHaveLength(1 + 40 + 1);
    let pagesWithRows = 0;
    for (let p = 1; p <= n; p++) {
      const pageText = execFileSync('pdftotext', [
        '-f',
        String(p),
        '-l',
        String(p),
        `${OUT}/formal-notice-big-en.pdf`,
        '-',
      ]).toString();
      if (/FA-10\d\d/.test(pageText)) {
        pagesWithRows += 1;
        expect(pageText, `page ${p}`).toContain('Invoice no.');
      }
      expect(pageText).toContain(`Page ${p} / ${n}`);
    }
    expect(pagesWithRows).toBeGreaterThanOrEqual(2);
  });

  it('the statement lists invoices, payments and credit notes with a running balance', () => {
    const t = flat(text['statement-fr']!);
    for (const s of ['Facture F-2026-101', 'Facture F-2026-102', 'Règlement VIR 0401', 'Avoir AV-2026-007'])
      expect(t).toContain(s);
    // 1 500 → 3 900 → 3 500 → 3 450
    const rows = doc('statement-fr').tables[0]!;
    expect(rows.map((r) => normalizeSpaces(r[5]!))).toEqual([
      'Solde',
      '1 500,00 €',
      '3 900,00 €',
      '3 500,00 €',
      '3 450,00 €',
      '3 450,00 €',
    ]);
    expect(t).toContain("Le solde de votre compte s'élève à 3 450,00 €");
  });

  it('the injunction data sheet names the court, the claims with their basis, and the bordereau', () => {
    const t = flat(text['injonction-fr']!);
    for (const s of [
      'Président du tribunal de commerce',
      '75011 PARIS',
      'Cerfa n° 12946 (version à vérifier)',
      'Atelier Lumière',
      'Claire Durand, Gérante',
      'Dupont <&> "Fils"',
      'Art. L441-10 C. com.',
      'Art. L441-10 et D441-5 C. com.',
      'Intérêts à compter du 16 mars 2026',
      '36,45 €',
      '3 647,74 €',
      'Bordereau des pièces communiquées',
      'Mise en demeure par lettre recommandée avec AR n° 1A 123 456 7890 1',
      'Bon de livraison BL-77',
      'Conditions générales de vente',
    ])
      expect(t).toContain(s);
    const c = flat(text['injonction-consumer-fr']!);
    expect(c).toContain('Tribunal judiciaire');
    expect(c).toContain('Cerfa n° 12948 (version à vérifier)');
    expect(c).toContain('33000 BORDEAUX');
    expect(c).not.toContain('D441-5');
  });

  it('the registered-mail list has a row per letter and a box for the number', () => {
    const rows = doc('registered-list-fr').tables[0]!;
    expect(rows).toHaveLength(3);
    expect(rows[1]![1]).toBe('Dupont <&> "Fils"');
    expect(rows[1]![3]).toBe('1A 123 456 7890 1');
    expect(rows[2]![3]).toBe('');
    expect(flat(text['registered-list-fr']!)).toContain('2 lettre(s) à déposer');
  });
});
