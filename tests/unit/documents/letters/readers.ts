/**
 * Real readers for the generated documents: python-docx (what Word's format says),
 * LibreOffice (does it lay out: one call for a whole batch, ~5 s each) and pdftotext /
 * pdftoppm (what is printed).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface DocxReadBack {
  paragraphs: string[];
  tables: string[][][];
  /** per table: is its first row marked as a header row repeated on each page */
  headerRepeats: boolean[];
  /** paragraphs positioned as frames (letterhead and envelope-window address) */
  framed: { text: string; x: string | null; y: string | null; w: string | null }[];
}

const PY = String.raw`
import json, sys, docx
from docx.oxml.ns import qn
out = {}
for path in sys.argv[1:]:
    d = docx.Document(path)
    framed = []
    for p in d.paragraphs:
        fp = p._p.find(qn('w:pPr') + '/' + qn('w:framePr')) if p._p.pPr is not None else None
        if fp is not None:
            framed.append({'text': p.text, 'x': fp.get(qn('w:x')), 'y': fp.get(qn('w:y')), 'w': fp.get(qn('w:w'))})
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]
    heads = []
    for t in d.tables:
        tr = t.rows[0]._tr
        trPr = tr.trPr
        heads.append(trPr is not None and trPr.find(qn('w:tblHeader')) is not None)
    out[path] = {'paragraphs': [p.text for p in d.paragraphs], 'tables': tables, 'headerRepeats': heads, 'framed': framed}
print(json.dumps(out))
`;

export function readDocx(paths: string[]): Record<string, DocxReadBack> {
  const json = execFileSync('/usr/bin/python3', ['-c', PY, ...paths], {
    maxBuffer: 64 * 1024 * 1024,
  }).toString();
  return JSON.parse(json) as Record<string, DocxReadBack>;
}

/** One LibreOffice start for every file: PDFs land beside the .docx files. */
export function convertToPdf(paths: string[], outDir: string): void {
  execFileSync(
    'soffice',
    [
      '-env:UserInstallation=file:///tmp/lo-letters',
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...paths,
    ],
    { timeout: 180_000, stdio: 'ignore' },
  );
}

export function pdfPath(docxPath: string, outDir: string): string {
  return join(outDir, basename(docxPath).replace(/\.docx$/, '.pdf'));
}

/** pdftotext, with Intl's narrow / no-break spaces made plain so amounts compare as typed. */
export function pdfText(pdf: string, layout = false): string {
  const args = layout ? ['-layout', pdf, '-'] : [pdf, '-'];
  return normalizeSpaces(execFileSync('pdftotext', args).toString());
}

export function normalizeSpaces(s: string): string {
  return s.replace(/[\u202f\u00a0\u2009]/g, ' ');
}

export function pdfPages(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf]).toString();
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Page images kept for a person to look at (tests/…/letters.test.ts prints where). */
export function renderPages(pdf: string, prefix: string): void {
  execFileSync('pdftoppm', ['-r', '70', '-png', pdf, prefix]);
}

export function writeAll(dir: string, files: Record<string, Uint8Array>): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(files).map(([name, bytes]) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  });
}

export function isZip(path: string): boolean {
  const b = readFileSync(path);
  return b[0] === 0x50 && b[1] === 0x4b;
}
