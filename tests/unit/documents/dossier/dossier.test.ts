import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../../../../renderer/src/documents/dossier/buildDossier';
import { buildWordDocument } from '../../../../renderer/src/documents/dossier/docxBuilder';
import type { DossierInput, DossierResult } from '../../../../renderer/src/documents/dossier/types';
import { buildEmlDraft } from '../../../../renderer/src/documents/email/eml';
import type { StoredDocument } from '../../../../renderer/src/domain/model';
import { baseInput, doc } from './fixture';

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

function pseudoRandom(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** Builds the dossier into a file through the sink, as the app does. */
async function writeDossier(
  input: DossierInput,
  dir: string,
): Promise<{ zip: string; result: DossierResult; finals: number[] }> {
  const zip = join(dir, 'dossier.zip');
  const handle = await open(zip, 'w');
  const finals: number[] = [];
  let calls = 0;
  const result = await buildDossier(input, async (chunk, final) => {
    calls++;
    if (final) finals.push(calls);
    await handle.write(chunk);
  });
  finals.push(-calls); // the total number of calls, to check final came last
  await handle.close();
  return { zip, result, finals };
}

const PY_DOCX = String.raw`
import sys, json, docx
d = docx.Document(sys.argv[1])
print(json.dumps({'paragraphs': [p.text for p in d.paragraphs],
  'tables': [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
  'header': [p.text for p in d.sections[0].header.paragraphs]}))
`;
function readDocx(path: string): { paragraphs: string[]; tables: string[][][]; header: string[] } {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', PY_DOCX, path], { encoding: 'utf8' }));
}

describe('buildDossier', () => {
  const dir = mkdtempSync(join(tmpdir(), 'recouvre-dossier-'));
  const out = join(dir, 'out');
  const bytes = new Map<string, Uint8Array>();
  let documents: StoredDocument[];
  let run: Awaited<ReturnType<typeof writeDossier>>;
  let concurrent = 0;
  let maxConcurrent = 0;

  beforeAll(async () => {
    const letter = await buildWordDocument('Atelier Lumière', 'Relance', [
      { kind: 'paragraph', text: 'Dernière relance' },
    ]);
    const notice = await buildWordDocument('Atelier Lumière', 'Mise en demeure', [
      { kind: 'paragraph', text: 'MISE EN DEMEURE' },
    ]);
    const eml = buildEmlDraft({
      to: ['helene.martin@dupont-fils.fr'],
      cc: [],
      subject: 'Relance : facture n° FA-2026-001',
      textBody: 'Bonjour',
      attachments: [],
      date: new Date(Date.UTC(2026, 1, 16)),
    });
    const pdf1 = new Uint8Array([...new TextEncoder().encode('%PDF-1.4\n'), ...pseudoRandom(50_000, 1)]);
    const files: [StoredDocument, Uint8Array][] = [
      [
        doc(
          'doc-notice',
          'letter',
          'Mise en demeure Dupont.docx',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          { journalId: 'j3', invoiceIds: ['inv-1', 'inv-2'] },
        ),
        notice,
      ],
      [
        doc('doc-inv-2', 'invoice-pdf', 'FA-2026-002.pdf', 'application/pdf', { invoiceIds: ['inv-2'] }),
        pseudoRandom(20_000, 2),
      ],
      [
        doc('doc-inv-1', 'invoice-pdf', 'FA-2026-001.pdf', 'application/pdf', { invoiceIds: ['inv-1'] }),
        pdf1,
      ],
      [
        doc('doc-bl-1', 'delivery-note', 'BL 2026-001 signé.pdf', 'application/pdf', {
          invoiceIds: ['inv-1'],
        }),
        pseudoRandom(5_000, 3),
      ],
      [doc('doc-cgv', 'terms-of-sale', 'CGV 2026.pdf', 'application/pdf'), pseudoRandom(8_000, 4)],
      [
        doc('doc-ar', 'acknowledgement-scan', 'AR 1A1234567890 1.png', 'image/png', {
          journalId: 'j3',
          createdAt: '2026-03-25T08:00:00.000Z',
        }),
        pseudoRandom(9_000, 5),
      ],
      [
        doc(
          'doc-letter-1',
          'letter',
          'Relance 3.docx',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          { journalId: 'j2' },
        ),
        letter,
      ],
      [doc('doc-email', 'email', 'Relance FA-2026-001.eml', 'message/rfc822', { journalId: 'j1' }), eml],
      [doc('doc-old', 'dossier', 'ancien dossier.zip', 'application/zip'), new Uint8Array([1])],
    ];
    documents = files.map(([d, b]) => ({ ...d, size: b.length, sha256: sha256(b) }));
    for (const [d, b] of files) bytes.set(d.id, b);
    const input = baseInput(documents, bytes);
    const getBytes = input.getBytes;
    input.getBytes = async (id) => {
      concurrent++;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      await new Promise((r) => setTimeout(r, 1));
      const b = await getBytes(id);
      concurrent--;
      return b;
    };
    input.statementDocx = await buildWordDocument('Atelier Lumière', 'Relevé', [
      { kind: 'paragraph', text: 'Relevé de compte' },
    ]);
    run = await writeDossier(input, dir);
    execFileSync('unzip', ['-q', '-o', run.zip, '-d', out]);
  });

  it('is a valid ZIP (unzip -t) whose last sink call, and only it, is final', () => {
    const test = execFileSync('unzip', ['-t', run.zip], { encoding: 'utf8' });
    expect(test).toMatch(/No errors detected/);
    const total = -run.finals[run.finals.length - 1]!;
    expect(run.finals.slice(0, -1)).toEqual([total]);
    expect(run.result.bytesWritten).toBe(readFileSync(run.zip).length);
  });

  it('asks the provider for one document at a time, and never for earlier dossiers', () => {
    expect(maxConcurrent).toBe(1);
    expect(run.result.exhibits.map((e) => e.document.id)).not.toContain('doc-old');
  });

  it('lists every exhibit in the bordereau, present in the ZIP with the stated SHA-256', () => {
    const bordereau = readDocx(join(out, '00-bordereau-des-pieces.docx'));
    expect(bordereau.header).toEqual(['Atelier Lumière']);
    expect(bordereau.paragraphs).toContain('Bordereau de communication de pièces');
    const [head, ...rows] = bordereau.tables[0]!;
    expect(head).toEqual(['N°', 'Date', 'Description', 'Fichier', 'Empreinte SHA-256']);
    expect(rows).toHaveLength(8);
    for (const [number, , , path, hash] of rows) {
      const file = join(out, path!);
      expect(existsSync(file), path).toBe(true);
      expect(sha256(readFileSync(file)), path).toBe(hash);
      expect(path!.startsWith(`pieces/${number!.padStart(2, '0')}-`)).toBe(true);
    }
    // the contract first, each invoice with its delivery note, then the correspondence by date
    expect(rows.map((r) => r[2])).toEqual([
      'Conditions générales de vente (CGV 2026.pdf)',
      'Facture n° FA-2026-001 (FA-2026-001.pdf)',
      'Bon de livraison — facture n° FA-2026-001 (BL 2026-001 signé.pdf)',
      'Facture n° FA-2026-002 (FA-2026-002.pdf)',
      'Relance (courriel) — facture(s) n° FA-2026-001 (Relance FA-2026-001.eml)',
      'Dernière relance avant mise en demeure (lettre simple) — facture(s) n° FA-2026-001, FA-2026-002 (Relance 3.docx)',
      'Mise en demeure (lettre recommandée avec AR) — facture(s) n° FA-2026-001, FA-2026-002 — LRAR n° 1A 123 456 7890 1 (Mise en demeure Dupont.docx)',
      'Avis de réception — LRAR n° 1A 123 456 7890 1 (AR 1A1234567890 1.png)',
    ]);
    expect(rows.map((r) => r[1])).toEqual([
      '01/04/2026',
      '15/01/2026',
      '15/01/2026',
      '01/02/2026',
      '16/02/2026',
      '10/03/2026',
      '20/03/2026',
      '24/03/2026',
    ]);
    expect(run.result.warnings).toEqual([{ code: 'dossier.injonctionMissing' }]);
  });

  it('writes a summary note with the claim, the penalty calculation, the steps, the limitation and the court', () => {
    const note = readDocx(join(out, '01-note-de-synthese.docx'));
    const text = [...note.paragraphs, ...note.tables.flat(2)].join('\n').replace(/[\u202f\u00a0]/g, ' ');
    // principal 1 000 + 600 = 1 600 €; interest 25,90 + 11,58 = 37,48 €; indemnities 2 × 40 €
    expect(text).toContain('Principal (factures impayées)\n1 600,00 €');
    expect(text).toContain('Pénalités de retard au 30/04/2026\n37,48 €');
    expect(text).toContain('Indemnités forfaitaires pour frais de recouvrement (2 × 40,00 €)\n80,00 €');
    expect(text).toContain('Total réclamé\n1 717,48 €');
    expect(text).toContain('01/03/2026\n30/04/2026\n61\n1 000,00 €\n12,15 %\n20,31 €');
    expect(text).toContain(
      'Mise en demeure (lettre recommandée avec AR) — LRAR n° 1A 123 456 7890 1, déposée le 20/03/2026, première présentation le 23/03/2026, distribuée le 24/03/2026',
    );
    expect(text).toContain('Première échéance de prescription : 14 février 2031.');
    expect(text).toContain('tribunal de commerce du ressort du siège du débiteur (75011 PARIS)');
    expect(text).toContain('VIR 0301');
  });

  it('writes CSV files Excel opens: BOM, ";" separators, French decimals, CRLF', () => {
    const csv = readFileSync(join(out, '02-releve-de-compte.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Date;Nature;Référence;Libellé;Échéance;Débit;Crédit;Solde');
    expect(lines.slice(1, 4)).toEqual([
      '15/01/2026;Facture;FA-2026-001;;14/02/2026;1200,00;;1200,00',
      '01/02/2026;Facture;FA-2026-002;;03/03/2026;600,00;;1800,00',
      '01/03/2026;Paiement;VIR 0301;FA-2026-001;;;200,00;1600,00',
    ]);
    expect(lines[4]).toBe('30/04/2026;Solde au 30/04/2026;;;;;;1600,00');
    const chrono = readFileSync(join(out, '03-chronologie.csv'), 'utf8');
    expect(chrono.startsWith('\ufeffDate;Heure (UTC);Type;')).toBe(true);
    expect(chrono.split('\r\n').filter((l) => l !== '')).toHaveLength(5);
    expect(chrono).toContain(';1A 123 456 7890 1;20/03/2026;23/03/2026;24/03/2026;');
    // a note that looks like a formula is quoted and neutralised
    expect(chrono).toContain(`"Le gérant conteste; ""rappeler""; =SUM(A1)"`);
    expect(existsSync(join(out, '02-releve-de-compte.docx'))).toBe(true);
  });

  it('writes dossier.json with parties, invoices, payments, actions and exhibits', () => {
    const json = JSON.parse(readFileSync(join(out, 'dossier.json'), 'utf8'));
    expect(json.format).toBe('recouvre-dossier');
    expect(json.parties.debtor.name).toBe('Dupont & Fils');
    expect(json.claim.total).toBe(171_748);
    expect(json.invoices).toHaveLength(2);
    expect(json.payments).toHaveLength(1);
    expect(json.actions).toHaveLength(4);
    expect(json.exhibits).toHaveLength(8);
    for (const e of json.exhibits) expect(sha256(readFileSync(join(out, e.path)))).toBe(e.sha256);
  });
});

describe('buildDossier with hostile names', () => {
  it('keeps every entry inside the ZIP and flags a file that no longer matches its stored hash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recouvre-dossier-evil-'));
    const evil = [
      doc('e1', 'other', '../../etc/passwd', 'text/plain', { sha256: '00' }),
      doc('e2', 'other', '..\\..\\Windows\\system32\\CON', 'text/plain'),
      doc('e3', 'other', 'nul.txt', 'text/plain'),
    ];
    const input = baseInput(evil, new Map(evil.map((d) => [d.id, new TextEncoder().encode(d.fileName)])));
    input.client = { ...input.client, name: '../../etc/passwd' };
    const { zip, result } = await writeDossier(input, dir);
    const names = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
    for (const n of names) {
      expect(n).not.toMatch(/\.\.|\\|^\//);
    }
    expect(names.filter((n) => n.startsWith('pieces/'))).toEqual([
      'pieces/01-etc_passwd',
      'pieces/02-Windows_system32_CON',
      'pieces/03-_nul.txt',
    ]);
    expect(result.warnings).toContainEqual({
      code: 'dossier.hashMismatch',
      params: { file: '../../etc/passwd' },
    });
    expect(execFileSync('unzip', ['-t', zip], { encoding: 'utf8' })).toMatch(/No errors detected/);
  });
});
